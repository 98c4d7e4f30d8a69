from odoo.addons.ccis_base.tests.common import CcisTestFactory
from odoo.tests.common import SavepointCase


class AuditCommon(CcisTestFactory, SavepointCase):
    """A test chamber (head office and annex, their units, one user of each group), an
    audit plan for 2031 approved by the direction; missions, findings and recommendations
    are created by the auditor himself, with dates in 2031-2032 (years no other data uses)."""

    @classmethod
    def setUpClass(cls):
        super(AuditCommon, cls).setUpClass()
        cls._setup_test_env()
        cls._create_test_chamber('TAI', 'audit interne', 'CCIS Test audit interne',
                                 unit_manager=True)
        cls.staff_annex = cls._create_user('tai_staff_annex', 'group_ccis_user',
                                           cls.unit_annex_dap)
        cls.Plan = cls.env['ccis.audit.plan']
        cls.Mission = cls.env['ccis.audit.mission']
        cls.Finding = cls.env['ccis.audit.finding']
        cls.Recommendation = cls.env['ccis.audit.recommendation']
        cls.kind_conformity = cls.env.ref('ccis_internal_audit.ccis_audit_mission_kind_conformity')
        cls.plan = cls.Plan.sudo(cls.auditor).create(
            {'name': "Plan d'audit 2031", 'year': 2031})

    @classmethod
    def _mission(cls, plan=None, units=None, start='2031-03-02', end='2031-03-27', **values):
        vals = {
            'plan_id': (plan or cls.plan).id,
            'title': 'Mission test du %s' % start,
            'kind_id': cls.kind_conformity.id,
            'unit_ids': [(6, 0, (units if units is not None else cls.unit_dap).ids)],
            'lead_auditor_id': cls.auditor.id,
            'date_planned_start': start,
            'date_planned_end': end,
        }
        vals.update(values)
        return cls.Mission.sudo(cls.auditor).create(vals)

    @classmethod
    def _approve(cls, plan=None):
        (plan or cls.plan).sudo(cls.direction).action_approve()

    @classmethod
    def _finding(cls, mission, name='Constat test', **values):
        vals = {'mission_id': mission.id, 'name': name, 'risk_level': 'high',
                'description': 'Description du constat.', 'criterion': 'Procédure interne.'}
        vals.update(values)
        return cls.Finding.sudo(cls.auditor).create(vals)

    @classmethod
    def _recommendation(cls, finding, unit=None, deadline='2031-06-30', user=None, **values):
        vals = {'finding_id': finding.id, 'mission_id': finding.mission_id.id,
                'name': 'Recommandation test (%s)' % deadline,
                'unit_id': (unit or cls.unit_dap).id, 'date_deadline': deadline,
                'user_id': user.id if user else False}
        vals.update(values)
        return cls.Recommendation.sudo(cls.auditor).create(vals)

    @classmethod
    def _reported(cls, date_report='2031-04-10', units=None, recommendations=1, unit=None,
                  deadline='2031-06-30', user=None, **values):
        """A mission of the (approved) plan with one finding and ``recommendations``
        recommendations for ``unit``, its report issued on ``date_report``."""
        mission = cls._mission(units=units, conclusion='Conclusion test.', **values)
        if cls.plan.state == 'draft':
            cls._approve()
        mission.sudo(cls.auditor).action_start()
        finding = cls._finding(mission)
        for _index in range(recommendations):
            cls._recommendation(finding, unit=unit, deadline=deadline, user=user)
        mission.date_report = date_report
        mission.sudo(cls.auditor).action_issue_report()
        return mission

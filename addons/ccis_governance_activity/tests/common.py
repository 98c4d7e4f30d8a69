from odoo.addons.ccis_governance.tests.common import GovernanceCommon


class GovernanceActivityCommon(GovernanceCommon):
    """ccis_governance's test chamber (a bureau and a committee of a test Relations
    institutionnelles unit, one user of each group) and the governance indicators."""

    @classmethod
    def setUpClass(cls):
        super(GovernanceActivityCommon, cls).setUpClass()
        # the tests build years before the test bureau's mandate: it sat then too
        cls.members.write({'date_start': '2010-01-01'})
        ref = cls.env.ref
        name = 'ccis_governance_activity.ccis_indicator_definition_%s'
        for key in ('meetings_held', 'general_assemblies', 'bureau_meetings',
                    'committee_meetings', 'minutes_approved', 'minutes_delay',
                    'decisions_issued', 'decisions_done', 'decisions_rate',
                    'recommendations_issued', 'recommendations_done', 'recommendations_rate',
                    'representations', 'representation_reports'):
            setattr(cls, 'def_%s' % key, ref(name % key))

    @classmethod
    def _decision(cls, meeting, name, kind='decision', deadline=None, **values):
        values.update({'meeting_id': meeting.id, 'name': name, 'kind': kind,
                       'responsible_unit_id': cls.unit_ri.id, 'deadline': deadline})
        decision = cls.env['ccis.decision'].create(values)
        decision.action_open()
        return decision

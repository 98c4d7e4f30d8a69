from odoo.exceptions import AccessError

from .common import AuditCommon


class TestAccess(AuditCommon):
    """The audit manages everything; the direction and the bureau read everything; unit
    staff and managers read the missions on their units and update the recommendations their
    unit owns; an annex director the annex's."""

    @classmethod
    def setUpClass(cls):
        super(TestAccess, cls).setUpClass()
        cls.mission_dap = cls._reported(units=cls.unit_dap, unit=cls.unit_dap,
                                        title='Mission appui')
        cls.mission_src = cls._reported(units=cls.unit_src, unit=cls.unit_src,
                                        title='Mission ressortissants')
        cls.mission_annex = cls._reported(units=cls.unit_annex_dap, unit=cls.unit_annex_dap,
                                          title='Mission annexe')
        cls.mission_process = cls._reported(units=cls.env['hr.department'],
                                            process='Achats', unit=cls.unit_src,
                                            title='Mission achats')
        cls.missions = cls.mission_dap | cls.mission_src | cls.mission_annex \
            | cls.mission_process
        cls.recommendations = cls.missions.mapped('recommendation_ids')

    def _visible(self, user, model='ccis.audit.mission', records=None):
        records = records if records is not None else self.missions
        return self.env[model].sudo(user).search([('id', 'in', records.ids)])

    def test_staff_reads_own_unit_missions(self):
        self.assertEqual(self._visible(self.staff), self.mission_dap)
        self.assertEqual(self._visible(self.manager), self.mission_dap)
        self.assertEqual(self._visible(self.staff, 'ccis.audit.finding',
                                       self.missions.mapped('finding_ids')),
                         self.mission_dap.finding_ids)
        # the form reads every field (plan, counts, findings, recommendations, chatter)
        values = self.mission_dap.sudo(self.staff).read()[0]
        self.assertEqual(values['plan_id'][0], self.plan.id)
        self.assertEqual(values['recommendation_count'], 1)
        self.mission_dap.recommendation_ids.sudo(self.staff).read()
        with self.assertRaises(AccessError):
            self.mission_src.sudo(self.staff).read(['title'])
        with self.assertRaises(AccessError):
            self.mission_dap.sudo(self.manager).write({'scope': 'Élargi'})

    def test_staff_updates_own_unit_recommendations(self):
        recommendation = self.mission_dap.recommendation_ids
        self.assertEqual(self._visible(self.staff, 'ccis.audit.recommendation',
                                       self.recommendations), recommendation)
        recommendation.sudo(self.staff).action_start()
        self.assertEqual(recommendation.state, 'in_progress')
        with self.assertRaises(AccessError):
            self.mission_src.recommendation_ids.sudo(self.staff).action_start()

    def test_draft_report_stays_with_the_audit(self):
        """While the mission is in progress, its unit sees the mission but not yet its
        findings and recommendations."""
        mission = self._mission(title='Mission en cours', start='2031-10-01', end='2031-10-20')
        mission.sudo(self.auditor).action_start()
        finding = self._finding(mission)
        recommendation = self._recommendation(finding, deadline='2031-12-31')
        self.assertEqual(self.Mission.sudo(self.staff).search([('id', '=', mission.id)]),
                         mission)
        self.assertFalse(self.Finding.sudo(self.staff).search([('id', '=', finding.id)]))
        self.assertFalse(self.Recommendation.sudo(self.staff).search(
            [('id', '=', recommendation.id)]))
        mission.write({'conclusion': 'Conclusion.'})
        mission.sudo(self.auditor).action_issue_report()
        self.assertEqual(self.Finding.sudo(self.staff).search([('id', '=', finding.id)]),
                         finding)
        self.assertEqual(self.Recommendation.sudo(self.staff).search(
            [('id', '=', recommendation.id)]), recommendation)

    def test_annex_director_reads_annex(self):
        self.assertEqual(self._visible(self.annex_director), self.mission_annex)
        self.mission_annex.recommendation_ids.sudo(self.annex_director).action_start()

    def test_direction_and_bureau_read_all_write_none(self):
        for user in (self.direction, self.bureau):
            self.assertEqual(self._visible(user), self.missions)
            self.assertEqual(self._visible(user, 'ccis.audit.recommendation',
                                           self.recommendations), self.recommendations)
            with self.assertRaises(AccessError):
                self.mission_dap.sudo(user).write({'scope': 'Vu'})
            with self.assertRaises(AccessError):
                self.mission_dap.recommendation_ids.sudo(user).action_start()

    def test_auditor_manages_all(self):
        self.assertEqual(self._visible(self.auditor), self.missions)
        self.mission_src.sudo(self.auditor).write({'scope': 'Périmètre précisé'})
        self._finding(self.mission_annex, name='Constat complémentaire')

    def test_employee_without_role_sees_nothing(self):
        employee = self._create_user('tai_employee', 'base.group_user')
        with self.assertRaises(AccessError):
            self.Mission.sudo(employee).search([])
        with self.assertRaises(AccessError):
            self.Plan.sudo(employee).search([])

    def test_every_view_opens(self):
        kinds = {
            'ccis.audit.mission': ('tree', 'form', 'kanban', 'calendar', 'pivot', 'graph',
                                   'search'),
            'ccis.audit.recommendation': ('tree', 'form', 'kanban', 'pivot', 'graph',
                                          'search'),
            'ccis.audit.plan': ('tree', 'form', 'search'),
            'ccis.audit.finding': ('tree', 'form', 'search'),
            'ccis.audit.mission.kind': ('tree', 'form', 'search'),
        }
        for model, views in kinds.items():
            loaded = self.env[model].sudo(self.staff).load_views(
                [(False, kind) for kind in views], {'load_filters': True})
            self.assertEqual(set(loaded['fields_views']), set(views), model)
            search = self.env['ir.ui.view'].browse(loaded['fields_views']['search']['view_id'])
            self.assertEqual(search.xml_id, 'ccis_internal_audit.%s_view_search'
                             % model.replace('.', '_'))

    def test_grouped_by_unit_and_status(self):
        groups = self.Recommendation.sudo(self.direction).read_group(
            [('id', 'in', self.recommendations.ids)], ['unit_id', 'state'],
            ['unit_id', 'state'], lazy=False)
        counts = {(group['unit_id'][0], group['state']): group['__count'] for group in groups}
        self.assertEqual(counts[(self.unit_src.id, 'open')], 2)
        self.assertEqual(counts[(self.unit_dap.id, 'open')], 1)

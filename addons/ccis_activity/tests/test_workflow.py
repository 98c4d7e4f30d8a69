from odoo.exceptions import UserError, ValidationError

from .common import CcisActivityCommon


class TestProgrammeWorkflow(CcisActivityCommon):

    def test_draft_approved_execution_closed(self):
        programme = self.Programme.create({'name': 'Programme 2032', 'year': 2032})
        action = self._create_action('Action 2032', programme, self.unit_dap, self.staff)
        programme.sudo(self.direction).action_approve()
        self.assertEqual(programme.state, 'approved')
        self.assertTrue(programme.approval_date)
        programme.sudo(self.direction).action_start()
        self.assertEqual(programme.state, 'execution')
        self.assertEqual(action.state, 'planned')
        programme.sudo(self.direction).action_close()
        self.assertEqual(programme.state, 'closed')

    def test_wrong_transition_is_refused(self):
        with self.assertRaisesRegex(UserError, "impossible de l'approuver"):
            self.programme.sudo(self.direction).action_approve()

    def test_one_programme_per_year(self):
        with self.assertRaises(Exception):
            with self.env.cr.savepoint():
                self.Programme.create({'name': 'Doublon', 'year': self.YEAR})

    def test_mean_progress_of_the_actions(self):
        self.action.progress = 40.0
        self.action_src.progress = 80.0
        self.action_annex.progress = 0.0
        self.programme.invalidate_cache()
        self.assertAlmostEqual(self.programme.progress, 40.0)

    def test_figures(self):
        self.assertEqual(self.programme.action_count, 3)
        self.assertEqual(self.programme.budget_planned, 170000.0)
        self.assertEqual(self.programme.indicator_count, 4)
        self.assertEqual(self.previous.action_done_count, 1)
        self.assertEqual(self.programme.previous_programme_id, self.previous)


class TestActionWorkflow(CcisActivityCommon):

    def test_plan_start_done(self):
        self.action.action_plan()
        self.action.action_start()
        self.assertEqual(self.action.state, 'in_progress')
        self.action.action_done()
        self.assertEqual(self.action.state, 'done')
        self.assertEqual(self.action.progress, 100.0)
        self.assertTrue(self.action.date_done)
        with self.assertRaisesRegex(UserError, 'impossible de la démarrer'):
            self.action.action_start()

    def test_only_draft_or_cancelled_actions_are_deleted(self):
        self.action.action_plan()
        with self.assertRaisesRegex(UserError, 'seule une action en brouillon'):
            self.action.unlink()

    def test_dates_stay_in_the_programme_year(self):
        with self.assertRaisesRegex(ValidationError, "dans l'année 2020 du programme"):
            self.action.date_end = '2021-01-31'
        with self.assertRaisesRegex(ValidationError, 'précède le début prévu'):
            self.action.write({'date_start': '2020-06-01', 'date_end': '2020-05-01'})

    def test_reference_from_the_sequence(self):
        self.assertTrue(self.action.reference.startswith('ACT/'))

    def test_is_late_search(self):
        self.action.action_plan()
        late = self.Action.search([('is_late', '=', True), ('programme_id', '=',
                                                            self.programme.id)])
        self.assertEqual(late, self.action)
        self.assertTrue(self.action.is_late)


class TestActivityTypes(CcisActivityCommon):

    def test_new_action_of_a_type_gets_its_indicators(self):
        action = self.Action.create({
            'name': 'Formation fiscalité', 'programme_id': self.programme.id,
            'axis_id': self.axis_training.id, 'type_id': self.type_training.id,
            'unit_id': self.unit_dap.id, 'date_start': '2020-02-01',
            'date_end': '2020-03-31'})
        templates = self.type_training.template_ids
        self.assertEqual(action.indicator_line_ids.mapped('definition_id'),
                         templates.mapped('definition_id'))
        self.assertEqual(sorted(action.indicator_line_ids.mapped('target')),
                         sorted(templates.mapped('target')))
        self.assertEqual(set(action.indicator_line_ids.mapped('unit_id')), {self.unit_dap})

    def test_onchange_proposes_axis_and_indicators(self):
        action = self.Action.new({'name': 'Formation', 'programme_id': self.programme.id,
                                  'type_id': self.type_training.id})
        action._onchange_type_id()
        self.assertEqual(action.axis_id, self.type_training.axis_id)
        self.assertEqual(len(action.indicator_line_ids), len(self.type_training.template_ids))

    def test_default_types_follow_the_missions(self):
        codes = set(self.env['ccis.activity.type'].search([]).mapped('code'))
        for code in ('FORMATION', 'B2B', 'SALON', 'SEMINAIRE', 'ETUDE', 'PUBLICATION',
                     'INSTITUTIONNEL', 'PARTENARIAT', 'AUDIT', 'ACCUEIL'):
            self.assertIn(code, codes)
        self.assertIn('Formation et Networking', self.type_training.description)

    def test_ten_default_axes(self):
        axes = self.env['ccis.activity.axis'].search([('code', 'in', [str(n) for n in
                                                                      range(1, 11)])])
        self.assertEqual(len(axes), 10)

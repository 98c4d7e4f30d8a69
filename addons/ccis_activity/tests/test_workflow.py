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


class TestActualBudget(CcisActivityCommon):

    def _expense(self, account, date, amount):
        return self.env['account.analytic.line'].create({
            'name': 'Dépense', 'account_id': account.id, 'date': date, 'amount': amount})

    def test_actual_from_the_unit_account_over_the_action_period(self):
        self._expense(self.analytic_dap, '2020-03-10', -12000.0)
        self._expense(self.analytic_dap, '2020-06-10', -3000.0)
        self._expense(self.analytic_dap, '2020-12-20', -9999.0)  # after the action's end
        self._expense(self.analytic_dap, '2020-05-10', 1000.0)   # a refund
        self.action.action_refresh_budget()
        self.assertEqual(self.action.budget_actual, 14000.0)
        self.assertAlmostEqual(self.action.budget_rate, 14.0)

    def test_own_account_of_the_action_prevails(self):
        account = self.env['account.analytic.account'].create({'name': 'Salon test'})
        self._expense(self.analytic_dap, '2020-03-10', -12000.0)
        self._expense(account, '2020-04-10', -5000.0)
        self.action.analytic_account_id = account
        self.assertEqual(self.action.budget_actual, 5000.0)

    def test_cron_refreshes(self):
        self._expense(self.analytic_dap, '2020-03-10', -700.0)
        self.Action._cron_refresh_budget()
        self.assertEqual(self.action.budget_actual, 700.0)


class TestFollowUp(CcisActivityCommon):

    def _activities(self, records):
        return self.env['mail.activity'].search([
            ('res_model', '=', records._name), ('res_id', 'in', records.ids),
            ('activity_type_id', '=',
             self.env.ref('ccis_activity.mail_activity_type_ccis_follow_up').id)])

    def test_late_action_gets_one_activity_for_its_responsible(self):
        self.action.action_start()
        self.Action._cron_follow_up()
        activity = self._activities(self.action)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.staff)
        self.Action._cron_follow_up()
        self.assertEqual(len(self._activities(self.action)), 1)

    def test_finished_action_is_not_chased(self):
        self.action.action_start()
        self.action.action_done()
        self.Action._cron_follow_up()
        self.assertFalse(self._activities(self.action))

    def test_indicator_behind_target_gets_an_activity(self):
        (self.action | self.action_src).action_start()
        self.Line._cron_follow_up()
        self.assertEqual(self._activities(self.line_src).user_id, self.staff_src)
        self.assertFalse(self._activities(self.line_avg))
        self.assertIn('45 %', self._activities(self.line_src).note)

    def test_weekly_summary_to_the_manager_and_the_direction(self):
        self.action.action_start()
        mails = self.env['hr.department']._cron_ccis_activity_weekly_summary()
        mail = mails.filtered(lambda m: m.model == 'hr.department'
                              and m.res_id == self.unit_dap.id)
        self.assertEqual(len(mail), 1)
        self.assertIn(self.manager.partner_id, mail.recipient_ids)
        self.assertIn(self.direction.partner_id, mail.recipient_ids)
        self.assertNotIn(self.staff_src.partner_id, mail.recipient_ids)
        self.assertIn('Formations test 2020', mail.body_html)
        self.assertIn('Actions en retard (1)', mail.body_html)

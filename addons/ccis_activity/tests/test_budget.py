from odoo.exceptions import AccessError, UserError, ValidationError

from .common import CcisActivityCommon


class CcisBudgetCommon(CcisActivityCommon):
    """Two actions of one unit (Appui, analytic account ``analytic_dap``) in the 2020
    programme, a budgetary position on an expense account, and a helper that books expenses
    the way the accounting does (analytic lines on a general account)."""

    @classmethod
    def setUpClass(cls):
        super(CcisBudgetCommon, cls).setUpClass()
        cls.Line = cls.env['account.analytic.line']
        cls.Reconciliation = cls.env['ccis.activity.budget.reconciliation']
        cls.action_b = cls._create_action('Salon test 2020', cls.programme, cls.unit_dap,
                                          cls.staff, budget=30000.0,
                                          axis=cls.axis_promotion)
        cls.expense_account = cls.env['account.account'].create({
            'code': 'T61443', 'name': 'Foires et expositions (test)',
            'user_type_id': cls.env.ref('account.data_account_type_expenses').id,
            'company_id': cls.company.id})
        cls.post = cls.env['account.budget.post'].create({
            'name': 'Charges externes (test)', 'company_id': cls.company.id,
            'account_ids': [(6, 0, cls.expense_account.ids)]})
        cls.programme.budget_post_id = cls.post

    @classmethod
    def _expense(cls, account, date, amount, action=None, name='Dépense'):
        """An analytic line: a net expense of ``amount`` DH (a refund when negative) on
        ``account``, with the analytic tag of ``action`` if given."""
        values = {'name': name, 'account_id': account.id, 'date': date, 'amount': -amount}
        if action:
            values['tag_ids'] = [(6, 0, action.analytic_tag_id.ids)]
        return cls.env['account.analytic.line'].create(values)

    @classmethod
    def _journal_entry(cls, account, date, amount, action=None):
        """A posted journal entry of an expense of ``amount`` DH on ``account`` (its analytic
        line is created by the accounting when the entry is posted)."""
        journal = cls.env['account.journal'].search(
            [('type', '=', 'general'), ('company_id', '=', cls.company.id)], limit=1)
        payable = cls.env['account.account'].search(
            [('internal_type', '=', 'payable'), ('company_id', '=', cls.company.id)], limit=1)
        move = cls.env['account.move'].create({
            'journal_id': journal.id, 'date': date,
            'line_ids': [
                (0, 0, {'name': 'Dépense', 'account_id': cls.expense_account.id,
                        'debit': amount, 'analytic_account_id': account.id,
                        'analytic_tag_ids': [(6, 0, action.analytic_tag_id.ids)]
                        if action else []}),
                (0, 0, {'name': 'Dépense', 'account_id': payable.id, 'credit': amount}),
            ]})
        move.post()
        return move

    def _reconciliation(self, unit, user=None):
        """{action or 'unassigned': amount} of ``unit`` in the 2020 programme."""
        Reconciliation = self.Reconciliation.sudo(user) if user else self.Reconciliation
        rows = Reconciliation.search([('programme_id', '=', self.programme.id),
                                      ('unit_id', '=', unit.id)])
        return {row.action_id if row.action_id else row.kind: row.amount for row in rows}


class TestActualBudget(CcisBudgetCommon):
    """An action counts only what is booked to it; a unit's spending is its account's."""

    def test_two_actions_in_one_unit_count_only_their_own_lines(self):
        # the unit spent 1,000 DH: 300 for action A, 200 for action B, 500 for neither
        self._expense(self.analytic_dap, '2020-03-10', 300.0, self.action)
        self._expense(self.analytic_dap, '2020-04-10', 200.0, self.action_b)
        self._expense(self.analytic_dap, '2020-05-10', 500.0)
        self.assertEqual(self.action.budget_actual, 300.0)
        self.assertEqual(self.action_b.budget_actual, 200.0)
        figures = self._reconciliation(self.unit_dap)
        self.assertEqual(figures, {self.action: 300.0, self.action_b: 200.0,
                                   'unassigned': 500.0})
        self.assertEqual(sum(figures.values()), 1000.0)
        self.programme.invalidate_cache()
        self.assertEqual(self.programme.budget_spent, 1000.0)
        self.assertEqual(self.programme.budget_unassigned, 500.0)

    def test_an_action_without_lines_counts_nothing_of_its_unit(self):
        self._expense(self.analytic_dap, '2020-03-10', 12000.0)
        self.action.action_refresh_budget()
        self.assertEqual(self.action.budget_actual, 0.0)
        self.assertEqual(self._reconciliation(self.unit_dap)['unassigned'], 12000.0)

    def test_each_action_gets_its_analytic_tag(self):
        self.assertTrue(self.action.analytic_tag_id)
        self.assertIn(self.action.reference, self.action.analytic_tag_id.name)
        self.action.name = 'Formations renommées'
        self.assertIn('Formations renommées', self.action.analytic_tag_id.name)

    def test_refunds_and_the_programme_year(self):
        self._expense(self.analytic_dap, '2020-03-10', 700.0, self.action)
        self._expense(self.analytic_dap, '2020-05-10', -100.0, self.action)  # a refund
        self._expense(self.analytic_dap, '2021-01-15', 999.0, self.action)   # next year
        self.assertEqual(self.action.budget_actual, 600.0)
        self.assertEqual(self._reconciliation(self.unit_dap)[self.action], 600.0)

    def test_own_account_of_the_action(self):
        account = self.env['account.analytic.account'].create({'name': 'Salon test'})
        self.action_b.analytic_account_id = account
        self._expense(account, '2020-04-10', 5000.0)
        self._expense(self.analytic_dap, '2020-04-12', 250.0, self.action_b)
        self._expense(self.analytic_dap, '2020-04-15', 800.0)
        self.assertEqual(self.action_b.budget_actual, 5250.0)
        self.assertEqual(self._reconciliation(self.unit_dap),
                         {self.action: 0.0, self.action_b: 5250.0, 'unassigned': 800.0})

    def test_own_account_cannot_be_a_units_account(self):
        with self.assertRaisesRegex(ValidationError, "est celui de l'unité"):
            self.action.analytic_account_id = self.unit_src.analytic_account_id

    def test_own_account_belongs_to_one_action_of_the_programme(self):
        account = self.env['account.analytic.account'].create({'name': 'Projet test'})
        self.action.analytic_account_id = account
        with self.assertRaisesRegex(ValidationError, 'déjà le compte propre'):
            self.action_b.analytic_account_id = account

    def test_a_line_goes_to_one_action(self):
        with self.assertRaisesRegex(ValidationError, 'plusieurs actions'):
            self.Line.create({
                'name': 'Double', 'account_id': self.analytic_dap.id, 'date': '2020-03-10',
                'amount': -10.0, 'tag_ids': [(6, 0, (self.action.analytic_tag_id
                                                     | self.action_b.analytic_tag_id).ids)]})

    def test_the_tag_of_an_action_only_on_its_units_account(self):
        with self.assertRaisesRegex(ValidationError, "ne vaut que sur le compte analytique"):
            self._expense(self.unit_src.analytic_account_id, '2020-03-10', 10.0, self.action)

    def test_actual_follows_the_lines(self):
        line = self._expense(self.analytic_dap, '2020-03-10', 400.0, self.action)
        self.assertEqual(self.action.budget_actual, 400.0)
        line.amount = -450.0
        self.assertEqual(self.action.budget_actual, 450.0)
        line.tag_ids = [(6, 0, self.action_b.analytic_tag_id.ids)]
        self.assertEqual((self.action.budget_actual, self.action_b.budget_actual),
                         (0.0, 450.0))
        line.unlink()
        self.assertEqual(self.action_b.budget_actual, 0.0)

    def test_expenses_over_a_date_range(self):
        self._expense(self.analytic_dap, '2020-03-10', 300.0, self.action)
        self._expense(self.analytic_dap, '2020-09-10', 100.0, self.action)
        expenses = (self.action | self.action_b)._analytic_expenses('2020-01-01', '2020-06-30')
        self.assertEqual(expenses, {self.action.id: 300.0})

    def test_cron_refreshes(self):
        self._expense(self.analytic_dap, '2020-03-10', 700.0, self.action)
        self.env.cr.execute("UPDATE ccis_activity_action SET budget_actual = 0 WHERE id = %s",
                            (self.action.id,))
        self.action.invalidate_cache()
        self.Action._cron_refresh_budget()
        self.assertEqual(self.action.budget_actual, 700.0)

    def test_review_figures_come_from_the_booked_lines(self):
        self._expense(self.analytic_dap, '2020-03-10', 300.0, self.action)
        self._expense(self.analytic_dap, '2020-08-10', 200.0, self.action)
        self._expense(self.analytic_dap, '2020-03-11', 5000.0)
        Wizard = self.env['ccis.activity.review.wizard']
        for values, expected in (({'programme_id': self.programme.id}, 500.0),
                                 ({'programme_id': False, 'date_from': '2020-01-01',
                                   'date_to': '2020-06-30'}, 300.0)):
            data = Wizard.create(values)._get_review_data()
            axis = next(entry for entry in data['axes'] if entry['id'] == self.axis_training.id)
            row = next(entry for entry in axis['actions'] if entry['id'] == self.action.id)
            self.assertEqual(row['budget_actual'], expected)


class TestReconciliationAccess(CcisBudgetCommon):

    @classmethod
    def setUpClass(cls):
        super(TestReconciliationAccess, cls).setUpClass()
        cls._expense(cls.analytic_dap, '2020-03-10', 300.0, cls.action)
        cls._expense(cls.unit_src.analytic_account_id, '2020-03-10', 800.0)

    def test_unit_staff_see_their_units_only(self):
        rows = self.Reconciliation.sudo(self.staff_src).search(
            [('programme_id', '=', self.programme.id)])
        self.assertEqual(rows.mapped('unit_id'), self.unit_src)
        self.assertEqual(sum(rows.mapped('amount')), 800.0)

    def test_direction_and_bureau_see_every_unit(self):
        for user in (self.direction, self.bureau):
            units = self.Reconciliation.sudo(user).search(
                [('programme_id', '=', self.programme.id)]).mapped('unit_id')
            self.assertTrue(self.unit_dap | self.unit_src <= units)

    def test_the_view_is_read_only(self):
        with self.assertRaises(AccessError):
            self.Reconciliation.sudo(self.direction).create({'amount': 1.0})


class TestProgrammeBudget(CcisBudgetCommon):
    """The programme's planned budget in Odoo's budgets: one button, kept in step."""

    def _lines(self):
        budget = self.programme.budget_id
        return {(line.analytic_account_id, line.general_budget_id): line.planned_amount
                for line in budget.crossovered_budget_line}

    def test_one_budget_per_programme_with_a_line_per_account(self):
        self.programme.sudo(self.direction).action_sync_budget()
        budget = self.programme.budget_id
        self.assertEqual((budget.date_from, budget.date_to), ('2020-01-01', '2020-12-31'))
        self.assertEqual(self._lines(), {
            (self.analytic_dap, self.post): -130000.0,               # the two Appui actions
            (self.unit_src.analytic_account_id, self.post): -50000.0,
            (self.unit_annex_dap.analytic_account_id, self.post): -20000.0,
        })
        self.assertTrue(all(budget.crossovered_budget_line.mapped('ccis_generated')))

    def test_running_again_updates_without_duplicating(self):
        self.programme.sudo(self.direction).action_sync_budget()
        budget = self.programme.budget_id
        manual = self.env['crossovered.budget.lines'].create({
            'crossovered_budget_id': budget.id, 'general_budget_id': self.post.id,
            'analytic_account_id': self.analytic_dap.id, 'planned_amount': -999.0,
            'date_from': '2020-01-01', 'date_to': '2020-12-31'})
        self.programme.sudo(self.direction).action_sync_budget()
        self.assertEqual(self.programme.budget_id, budget)
        self.assertEqual(len(budget.crossovered_budget_line), 4)
        # the planned amounts follow the actions (automatically once the budget exists)
        self.action_b.sudo(self.staff).budget_planned = 45000.0
        self.action_annex.action_cancel()
        lines = budget.crossovered_budget_line - manual
        self.assertEqual({line.analytic_account_id: line.planned_amount for line in lines},
                         {self.analytic_dap: -145000.0,
                          self.unit_src.analytic_account_id: -50000.0})
        self.assertEqual(manual.planned_amount, -999.0)

    def test_action_with_its_own_account_and_position(self):
        account = self.env['account.analytic.account'].create({'name': 'Salon test'})
        other_post = self.post.copy({'name': 'Autre position (test)'})
        self.action_b.write({'analytic_account_id': account.id,
                             'budget_post_id': other_post.id})
        self.programme.sudo(self.direction).action_sync_budget()
        lines = self._lines()
        self.assertEqual(lines[(account, other_post)], -30000.0)
        self.assertEqual(lines[(self.analytic_dap, self.post)], -100000.0)

    def test_practical_amount_of_odoos_budget(self):
        self.programme.sudo(self.direction).action_sync_budget()
        self._journal_entry(self.analytic_dap, '2020-03-10', 300.0, self.action)
        self._journal_entry(self.analytic_dap, '2020-04-10', 700.0)
        line = self.programme.budget_id.crossovered_budget_line.filtered(
            lambda budget_line: budget_line.analytic_account_id == self.analytic_dap)
        # Odoo's budget reads the unit's account: the unit's whole spending; the action's
        # realised budget, its own part
        self.assertEqual(line.practical_amount, -1000.0)
        self.assertEqual(self.action.budget_actual, 300.0)

    def test_default_position_from_the_expense_accounts(self):
        programme = self.Programme.create({'name': 'Programme 2031', 'year': 2031})
        self._create_action('Action 2031', programme, self.unit_src, budget=1000.0)
        programme.sudo(self.direction).action_sync_budget()
        post = programme.budget_post_id
        self.assertIn(self.expense_account, post.account_ids)
        self.assertEqual(programme.budget_id.crossovered_budget_line.general_budget_id, post)

    def test_unit_staff_cannot_establish_the_budget(self):
        with self.assertRaisesRegex(UserError, 'Seuls la direction et la comptabilité'):
            self.programme.sudo(self.staff).action_sync_budget()

    def test_a_closed_budget_is_not_changed(self):
        self.programme.sudo(self.direction).action_sync_budget()
        self.programme.budget_id.action_budget_done()
        with self.assertRaisesRegex(UserError, 'est clôturé'):
            self.programme.sudo(self.direction).action_sync_budget()
        # planning an action does not touch it either
        self.action.budget_planned = 1.0
        self.assertEqual(self._lines()[(self.analytic_dap, self.post)], -130000.0)

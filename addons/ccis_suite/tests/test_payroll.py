from .common import CcisSuiteCommon


class TestPayroll(CcisSuiteCommon):
    """Salary costs are charged to the employee's unit."""

    @classmethod
    def setUpClass(cls):
        super(TestPayroll, cls).setUpClass()
        cls.employee = cls.env['hr.employee'].create({
            'name': 'Salarié test', 'department_id': cls.unit_src.id,
            'company_id': cls.company.id})
        rule = cls.env['hr.salary.rule'].create({
            'name': 'Salaire de base (test)', 'code': 'TS_BASE', 'sequence': 1,
            'category_id': cls.env.ref('hr_payroll.BASIC').id, 'amount_select': 'code',
            'amount_python_compute': 'result = contract.wage',
            'account_debit': cls.expense_account.id,
            'account_credit': cls.payable_account.id})
        cls.structure = cls.env['hr.payroll.structure'].create({
            'name': 'Structure test', 'code': 'TS', 'company_id': cls.company.id,
            'rule_ids': [(6, 0, rule.ids)]})
        cls.journal = cls.env['account.journal'].create({
            'name': 'Salaires (test)', 'code': 'TSAL', 'type': 'general',
            'company_id': cls.company.id})

    def _contract(self, **values):
        values.update({'name': 'Contrat test', 'employee_id': self.employee.id,
                       'wage': 12000.0, 'struct_id': self.structure.id,
                       'journal_id': self.journal.id, 'date_start': '2020-01-01',
                       'state': 'open'})
        return self.env['hr.contract'].sudo(self.payroll_manager).create(values)

    def test_contract_takes_the_department_account(self):
        contract = self._contract()
        self.assertEqual(contract.analytic_account_id, self.unit_src.analytic_account_id)

    def test_contract_form_follows_the_department(self):
        contract = self.env['hr.contract'].new({'department_id': self.unit_dap.id})
        contract._onchange_department_id_ccis_analytic()
        self.assertEqual(contract.analytic_account_id, self.analytic_dap)

    def test_payslip_charges_the_unit(self):
        self._contract()
        Payslip = self.env['hr.payslip'].sudo(self.payroll_manager)
        values = Payslip.onchange_employee_id('2020-03-01', '2020-03-31',
                                              self.employee.id)['value']
        slip = Payslip.create({
            'employee_id': self.employee.id, 'contract_id': values['contract_id'],
            'struct_id': values['struct_id'], 'journal_id': self.journal.id,
            'date_from': '2020-03-01', 'date_to': '2020-03-31',
            'name': 'Bulletin de mars (test)'})
        slip.compute_sheet()
        slip.action_payslip_done()
        expense = slip.move_id.line_ids.filtered(
            lambda line: line.account_id == self.expense_account)
        payable = slip.move_id.line_ids - expense
        self.assertEqual(expense.analytic_account_id, self.unit_src.analytic_account_id)
        self.assertFalse(payable.analytic_account_id)
        lines = self.env['account.analytic.line'].search(
            [('account_id', '=', self.unit_src.analytic_account_id.id)])
        self.assertEqual(lines.mapped('amount'), [-12000.0])
        self.assertEqual(lines.date, '2020-03-31')

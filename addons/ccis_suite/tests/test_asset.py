from .common import CcisSuiteCommon


class TestAsset(CcisSuiteCommon):
    """Assets per site and unit: the depreciation is charged to the unit that uses them."""

    @classmethod
    def setUpClass(cls):
        super(TestAsset, cls).setUpClass()
        journal = cls.env['account.journal'].create({
            'name': 'Immobilisations (test)', 'code': 'TIMM', 'type': 'general',
            'company_id': cls.company.id})
        fixed = cls.env.ref('account.data_account_type_fixed_assets')
        cls.category = cls.env['account.asset.category'].create({
            'name': 'Matériel informatique (test)', 'journal_id': journal.id,
            'account_asset_id': cls.env['account.account'].create({
                'code': 'T2355', 'name': 'Matériel informatique (test)',
                'user_type_id': fixed.id, 'company_id': cls.company.id}).id,
            'account_depreciation_id': cls.env['account.account'].create({
                'code': 'T28355', 'name': 'Amortissements (test)',
                'user_type_id': fixed.id, 'company_id': cls.company.id}).id,
            'account_depreciation_expense_id': cls.expense_account.id,
            'method_number': 4, 'method_period': 12, 'open_asset': True,
            'company_id': cls.company.id})

    def _asset(self, unit):
        return self.env['account.asset.asset'].sudo(self.accountant).create({
            'name': 'Ordinateurs portables (test)', 'category_id': self.category.id,
            'value': 40000.0, 'date': '2020-01-01', 'ccis_unit_id': unit.id,
            'company_id': self.company.id})

    def test_asset_of_a_unit_on_its_site(self):
        asset = self._asset(self.unit_annex_dap)
        self.assertEqual(asset.ccis_site_id, self.site_annex)
        self.assertEqual(asset.account_analytic_id, self.unit_annex_dap.analytic_account_id)

    def test_depreciation_is_charged_to_the_unit(self):
        asset = self._asset(self.unit_annex_dap)
        asset.validate()
        line = asset.depreciation_line_ids.sorted('depreciation_date')[0]
        line.create_move()
        expense = line.move_id.line_ids.filtered(
            lambda move_line: move_line.account_id == self.expense_account)
        self.assertEqual(expense.analytic_account_id, self.unit_annex_dap.analytic_account_id)
        self.assertEqual(expense.analytic_line_ids.amount, -line.amount)

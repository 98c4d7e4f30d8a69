from .common import CcisBaseCommon


class TestAnalytic(CcisBaseCommon):

    def test_each_unit_has_its_analytic_account(self):
        account = self.unit_dap.analytic_account_id
        self.assertTrue(account)
        self.assertEqual(account.code, 'T-DAP')
        self.assertEqual(account.name, 'Appui test')
        self.assertEqual(account.company_id, self.company)

    def test_annex_unit_account_names_its_annex(self):
        self.assertEqual(self.unit_a_dap.analytic_account_id.name,
                         'Appui annexe A (Annexe test A)')

    def test_analytic_account_follows_the_unit(self):
        self.unit_dap.write({'name': 'Appui et Promotion', 'code': 'T-DAP2'})
        account = self.unit_dap.analytic_account_id
        self.assertEqual((account.name, account.code), ('Appui et Promotion', 'T-DAP2'))

    def test_accounts_are_distinct(self):
        units = self.Unit.search([('ccis_chamber_id', '=', self.chamber.id)])
        accounts = units.mapped('analytic_account_id')
        self.assertEqual(len(accounts), len(units))

    def test_unit_created_by_a_suite_administrator_gets_an_account(self):
        unit = self.Unit.sudo(self.admin).create({
            'name': 'Service Qualité', 'code': 'T-Q', 'ccis_kind': 'service',
            'parent_id': self.unit_dr.id})
        self.assertEqual(unit.sudo().analytic_account_id.code, 'T-Q')

    def test_no_account_on_request(self):
        unit = self.Unit.with_context(ccis_no_analytic=True).create({'name': 'Sans compte'})
        self.assertFalse(unit.analytic_account_id)
        unit.action_create_analytic_account()
        self.assertEqual(unit.analytic_account_id.name, 'Sans compte')

    def test_no_account_when_the_company_setting_is_off(self):
        self.company.ccis_unit_analytic_account = False
        unit = self.Unit.create({'name': 'Cellule sans compte', 'code': 'T-NC',
                                 'parent_id': self.unit_dr.id})
        self.assertFalse(unit.analytic_account_id)

from odoo.addons.ccis_base.tests.common import CcisTestFactory
from odoo.tests.common import SavepointCase


class CcisSuiteCommon(CcisTestFactory, SavepointCase):
    """A small chamber (head office and annex, their units with analytic accounts), an expense
    and a payable account, and the users who book purchases, payroll and assets."""

    @classmethod
    def setUpClass(cls):
        super(CcisSuiteCommon, cls).setUpClass()
        cls._setup_test_env()
        cls._create_test_chamber('TS', 'suite', 'CCIS Test Suite')
        company = cls.company
        expense_type = cls.env.ref('account.data_account_type_expenses')
        cls.expense_account = cls.env['account.account'].create({
            'code': 'T61227', 'name': 'Fournitures de bureau (test)',
            'user_type_id': expense_type.id, 'company_id': company.id})
        cls.payable_account = cls.env['account.account'].create({
            'code': 'T4432', 'name': 'Rémunérations dues (test)', 'reconcile': True,
            'user_type_id': cls.env.ref('account.data_account_type_payable').id,
            'company_id': company.id})
        cls.buyer = cls._create_user('ts_buyer', ['group_ccis_user',
                                                  'purchase.group_purchase_user'], cls.unit_src)
        cls.payroll_manager = cls._create_user(
            'ts_payroll', ['hr_payroll.group_hr_payroll_manager', 'hr.group_hr_manager',
                           'account.group_account_invoice'], cls.unit_dr)
        cls.accountant = cls._create_user('ts_accountant', ['account.group_account_manager'],
                                          cls.unit_dr)

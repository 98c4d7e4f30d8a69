import doctest
import unittest

from odoo.exceptions import UserError, ValidationError

from ..tools import fee
from .common import ServiceCase


class TestFeeDoctests(unittest.TestCase):
    """The examples of the fee rules (tools/fee.py) are checked."""

    def test_doctests(self):
        result = doctest.testmod(fee)
        self.assertGreater(result.attempted, 10)
        self.assertEqual(result.failed, 0)


class TestFeeSchedule(ServiceCase):
    """The fee schedule's products give the fees a counter agent charges."""

    def test_certificate_fee_bounds(self):
        product = self.product_certificate.sudo(self.user_agent)
        self.assertEqual(product.ccis_compute_fee(value=100000, partner=self.non_member), 400.0)
        self.assertEqual(product.ccis_compute_fee(value=750000, partner=self.non_member), 750.0)
        self.assertEqual(product.ccis_compute_fee(value=9000000, partner=self.non_member),
                         1000.0)

    def test_certificate_member_discount(self):
        product = self.product_certificate.sudo(self.user_agent)
        self.assertEqual(product.ccis_compute_fee(value=750000, partner=self.member), 600.0)

    def test_flat_member_price(self):
        product = self.product_legalisation.sudo(self.user_agent)
        self.assertEqual(product.ccis_compute_fee(partner=self.non_member), 100.0)
        self.assertEqual(product.ccis_compute_fee(partner=self.member), 60.0)

    def test_dormant_member_pays_full_price(self):
        self.member.with_context(ccis_state_change=True).ccis_state = 'dormant'
        self.assertEqual(self.product_legalisation.ccis_compute_fee(partner=self.member), 100.0)

    def test_scale_by_amount(self):
        product = self.product_arbitration
        self.assertEqual(product.ccis_compute_fee(value=50000), 5000.0)
        self.assertEqual(product.ccis_compute_fee(value=600000), 15000.0)
        self.assertEqual(product.ccis_compute_fee(value=50000000), 100000.0)

    def test_admin_edits_the_schedule(self):
        admin = self.env.ref('base.user_root')
        self.product_legalisation.sudo(admin).write({'ccis_member_price': 50})
        self.assertEqual(self.product_legalisation.ccis_compute_fee(partner=self.member), 50.0)

    def test_agent_cannot_edit_the_schedule(self):
        from odoo.exceptions import AccessError
        with self.assertRaises(AccessError):
            self.product_legalisation.sudo(self.user_agent).write({'list_price': 1})

    def test_inconsistent_bounds_refused(self):
        with self.assertRaisesRegex(ValidationError, 'Certificat d\'origine.*minimum'):
            self.product_certificate.write({'ccis_fee_min': 2000})

    def test_negative_value_refused_in_french(self):
        with self.assertRaisesRegex(UserError, 'ne peut pas être négative'):
            self.product_certificate.ccis_compute_fee(value=-5)

    def test_products_have_account_and_tax(self):
        company = self.env.ref('base.main_company')
        template = self.product_legalisation.product_tmpl_id
        self.assertEqual(template._ccis_income_account(company).code[:5], '71243')
        self.assertEqual(self.product_legalisation.taxes_id.filtered(
            lambda t: t.company_id == company).mapped('amount'), [20.0])

from odoo.exceptions import AccessError, ValidationError

from .common import EventServiceCase


class TestAccess(EventServiceCase):
    """Agents and managers of the organising unit invoice and credit without accounting
    rights; an agent of another unit, the bureau or the auditor cannot."""

    @classmethod
    def setUpClass(cls):
        super(TestAccess, cls).setUpClass()
        cls.training = cls._create_event('Formation test accès', cls.product_training)

    def test_agent_without_accounting_rights(self):
        self.assertFalse(self.staff.has_group('account.group_account_invoice'))
        registration = self._register(self.training, self.person)
        registration.confirm_registration()
        self.assertEqual(registration.invoice_number,
                         registration.sudo().invoice_id.number)
        with self.assertRaises(AccessError):
            registration.invoice_id.read(['amount_total'])

    def test_manager_cancels_with_credit_note(self):
        registration = self._register(self.training, self.person, user=self.manager)
        registration.confirm_registration()
        registration.button_reg_cancel()
        self.assertTrue(registration.sudo().refund_id)

    def test_agent_of_another_unit_cannot_confirm(self):
        registration = self._register(self.training, self.person)
        with self.assertRaises(AccessError):
            registration.sudo(self.staff_src).confirm_registration()
        self.assertEqual(registration.state, 'draft')
        self.assertFalse(registration.invoice_id)

    def test_agent_of_another_unit_cannot_register(self):
        # refused by the record rule (reported through Odoo's seat-limit constraint, which
        # reads the new registration)
        with self.assertRaises((AccessError, ValidationError)):
            self._register(self.training, self.person, user=self.staff_src)

    def test_agent_of_another_unit_cannot_cancel(self):
        registration = self._register(self.training, self.person)
        registration.confirm_registration()
        with self.assertRaises(AccessError):
            registration.sudo(self.staff_src).button_reg_cancel()
        self.assertFalse(registration.refund_id)

    def test_agent_of_another_unit_cannot_invoice_the_event(self):
        self._register(self.training, self.private)
        with self.assertRaises(AccessError):
            self.training.sudo(self.staff_src).action_ccis_invoice_registrations()

    def test_bureau_and_audit_cannot_confirm(self):
        registration = self._register(self.training, self.person)
        for user in (self.bureau, self.auditor):
            with self.assertRaises(AccessError):
                registration.sudo(user).confirm_registration()
        self.assertFalse(registration.invoice_id)

    def test_direction_confirms_any_unit(self):
        self.assertFalse(self.direction.has_group('account.group_account_invoice'))
        registration = self._register(self.training, self.private, user=self.direction)
        registration.confirm_registration()
        self.assertEqual(registration.invoice_amount, 600.0)
        self.assertEqual(registration.sudo().invoice_id.invoice_line_ids.account_analytic_id,
                         self.unit_dap.analytic_account_id)

    def test_annex_director_cannot_confirm_head_office_event(self):
        registration = self._register(self.training, self.person)
        with self.assertRaises(AccessError):
            registration.sudo(self.annex_director).confirm_registration()
        self.assertFalse(registration.invoice_id)

    def test_annex_director_invoices_annex_event(self):
        event = self._create_event('Formation test annexe', self.product_training,
                                   unit=self.unit_annex_dap)
        registration = self._register(event, self.person, user=self.annex_director)
        registration.confirm_registration()
        invoice = registration.sudo().invoice_id
        self.assertEqual(invoice.state, 'open')
        self.assertEqual(invoice.invoice_line_ids.account_analytic_id,
                         self.unit_annex_dap.analytic_account_id)

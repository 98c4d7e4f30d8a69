from odoo.exceptions import UserError

from .common import EventServiceCase


class TestRegistrationInvoice(EventServiceCase):
    """An agent of the organising unit confirms registrations: the invoice follows, on the
    member, with the service's product, income account, tax and the unit's analytic
    account; cancelling credits a refundable fee."""

    @classmethod
    def setUpClass(cls):
        super(TestRegistrationInvoice, cls).setUpClass()
        cls.training = cls._create_event('Formation test : TVA et facturation',
                                         cls.product_training)

    def _invoices_of(self, registration):
        return self.env['account.invoice'].search(
            [('origin', '=', registration._ccis_billing_reference())])

    def test_member_invoiced_at_member_price_on_confirmation(self):
        registration = self._register(self.training, self.person)
        self.assertEqual(registration.state, 'draft')
        self.assertFalse(registration.invoice_id)
        registration.confirm_registration()
        self.assertEqual(registration.state, 'open')
        self.assertEqual(registration.ccis_fee_amount, 300.0)
        self.assertEqual(registration.payment_state, 'not_paid')
        self.assertTrue(registration.invoice_number)
        self.assertEqual(registration.invoice_amount, 360.0)  # VAT 20 %
        invoice = registration.sudo().invoice_id
        self.assertEqual(invoice.state, 'open')
        self.assertEqual(invoice.type, 'out_invoice')
        self.assertEqual(invoice.partner_id, self.member)  # the company, not the person
        self.assertEqual(invoice.date_invoice, '2031-03-02')
        self.assertEqual(invoice.user_id, self.staff)
        self.assertIn('Formation test : TVA et facturation', invoice.origin)
        self.assertIn('Hicham Test Facturation', invoice.origin)
        line = invoice.invoice_line_ids
        self.assertEqual(line.product_id, self.product_training)
        self.assertEqual(line.price_unit, 300.0)
        self.assertEqual(line.account_id.code[:5], '71243')
        self.assertTrue(line.account_analytic_id)
        self.assertEqual(line.account_analytic_id, self.unit_dap.analytic_account_id)
        self.assertEqual(line.invoice_line_tax_ids.amount, 20.0)
        self.assertEqual(registration.ccis_revenue, 300.0)

    def test_private_participant_pays_list_price(self):
        registration = self._register(self.training, self.private)
        registration.confirm_registration()
        invoice = registration.sudo().invoice_id
        self.assertEqual(invoice.partner_id, self.private)
        self.assertEqual(invoice.invoice_line_ids.price_unit, 500.0)
        self.assertEqual(invoice.amount_total, 600.0)

    def test_dormant_member_pays_list_price(self):
        registration = self._register(self.training, self.dormant_person)
        self.assertEqual(registration.ccis_member_id, self.dormant)
        registration.confirm_registration()
        invoice = registration.sudo().invoice_id
        self.assertEqual(invoice.partner_id, self.dormant)
        self.assertEqual(invoice.invoice_line_ids.price_unit, 500.0)

    def test_member_company_registered_without_person(self):
        registration = self._register(self.training, None, ccis_member_id=self.member.id)
        registration.confirm_registration()
        self.assertEqual(registration.sudo().invoice_id.partner_id, self.member)

    def test_nobody_to_invoice_is_refused_in_french(self):
        registration = self._register(self.training, None, name='Participant anonyme')
        with self.assertRaisesRegex(UserError, 'indiquez le participant ou son entreprise'):
            registration.confirm_registration()

    def test_auto_confirmation_at_registration_invoices(self):
        event = self._create_event('Séminaire test auto-confirmé', self.product_event,
                                   self.type_seminar, auto_confirm=True)
        registration = self._register(event, self.person)
        self.assertEqual(registration.state, 'open')
        invoice = registration.sudo().invoice_id
        self.assertEqual(invoice.state, 'open')
        self.assertEqual(invoice.invoice_line_ids.product_id, self.product_event)
        self.assertEqual(invoice.invoice_line_ids.price_unit, 250.0)
        self.assertEqual(invoice.user_id, self.staff)

    def test_free_event_no_invoice(self):
        event = self._create_event('Journée test gratuite', event_type=self.type_seminar,
                                   auto_confirm=True)
        registration = self._register(event, self.person)
        self.assertEqual(registration.state, 'open')
        self.assertFalse(registration.invoice_id)
        self.assertFalse(registration.payment_state)
        self.assertFalse(self._invoices_of(registration))

    def test_reconfirm_does_not_invoice_twice(self):
        registration = self._register(self.training, self.person)
        registration.confirm_registration()
        invoice = registration.invoice_id
        registration.do_draft()
        registration.confirm_registration()
        self.assertEqual(registration.invoice_id, invoice)
        self.assertEqual(len(self._invoices_of(registration)), 1)

    def test_cancel_refundable_fee_gives_credit_note(self):
        registration = self._register(self.training, self.person)
        registration.confirm_registration()
        registration.button_reg_cancel()
        self.assertEqual(registration.state, 'cancel')
        refund = registration.sudo().refund_id
        self.assertEqual(refund.type, 'out_refund')
        self.assertEqual(refund.state, 'paid')  # reconciled with the invoice
        self.assertEqual(refund.partner_id, self.member)
        self.assertEqual(refund.amount_total, 360.0)
        self.assertGreaterEqual(refund.date_invoice, '2031-03-02')
        self.assertEqual(refund.invoice_line_ids.account_analytic_id,
                         self.unit_dap.analytic_account_id)
        self.assertTrue(registration.sudo().invoice_id.reconciled)
        self.assertEqual(registration.ccis_revenue, 0.0)

    def test_cancel_non_refundable_fee_keeps_invoice(self):
        event = self._create_event('Visite test non remboursable', self.product_stamp,
                                   self.type_seminar)
        registration = self._register(event, self.person)
        registration.confirm_registration()
        registration.button_reg_cancel()
        self.assertFalse(registration.refund_id)
        self.assertEqual(registration.sudo().invoice_id.state, 'open')
        self.assertEqual(registration.ccis_revenue, 150.0)

    def test_reinstated_after_credit_note_is_invoiced_again(self):
        registration = self._register(self.training, self.person)
        registration.confirm_registration()
        first = registration.invoice_id
        registration.button_reg_cancel()
        registration.do_draft()
        registration.confirm_registration()
        self.assertTrue(registration.invoice_id)
        self.assertNotEqual(registration.invoice_id, first)
        self.assertFalse(registration.refund_id)
        self.assertEqual(registration.sudo().invoice_id.state, 'open')
        self.assertEqual(len(self._invoices_of(registration)), 2)

    def test_present_without_confirmation_is_invoiced(self):
        registration = self._register(self.training, self.person)
        registration.action_ccis_present()
        self.assertEqual(registration.state, 'done')
        self.assertEqual(registration.sudo().invoice_id.state, 'open')

    def test_cancelling_event_credits_registrations(self):
        event = self._create_event('Formation test annulée', self.product_training)
        first = self._register(event, self.person)
        second = self._register(event, self.private)
        (first | second).confirm_registration()
        event.sudo(self.staff).button_cancel()
        self.assertEqual(first.state, 'cancel')
        self.assertTrue(first.refund_id)
        self.assertTrue(second.refund_id)
        self.assertEqual(event.ccis_revenue, 0.0)

    def test_invoice_prints_member_ice(self):
        registration = self._register(self.training, self.person)
        registration.confirm_registration()
        html = self.env.ref('account.account_invoices').render_qweb_html(
            registration.sudo().invoice_id.ids)[0].decode()
        self.assertRegex(html, r'ICE : <span[^>]*>%s</span>' % self.member.ccis_ice)

    def test_event_figures_and_paid_state(self):
        event = self._create_event('Formation test chiffres', self.product_training)
        member_reg = self._register(event, self.person)
        private_reg = self._register(event, self.private)
        (member_reg | private_reg).confirm_registration()
        invoice = member_reg.sudo().invoice_id
        journal = self.env['account.journal'].search(
            [('type', '=', 'cash'), ('company_id', '=', invoice.company_id.id)], limit=1)
        invoice.pay_and_reconcile(journal, pay_amount=invoice.amount_total, date='2031-03-20')
        member_reg.invalidate_cache()
        self.assertEqual(member_reg.payment_state, 'paid')
        self.assertEqual(private_reg.payment_state, 'not_paid')
        seen = event.sudo(self.staff)
        self.assertEqual(seen.ccis_invoiced_count, 2)
        self.assertEqual(seen.ccis_paid_count, 1)
        self.assertEqual(seen.ccis_invoiced_amount, 960.0)
        self.assertEqual(seen.ccis_revenue, 800.0)
        Registration = self.env['event.registration'].sudo(self.staff)
        self.assertEqual(Registration.search([('event_id', '=', event.id),
                                              ('payment_state', '=', 'paid')]), member_reg)

    def test_late_invoicing_of_confirmed_registrations(self):
        event = self._create_event('Séminaire test devenu payant', event_type=self.type_seminar)
        registration = self._register(event, self.person)
        registration.confirm_registration()
        self.assertFalse(registration.invoice_id)
        event.ccis_fee_product_id = self.product_event
        event.sudo(self.staff).action_ccis_invoice_registrations()
        self.assertEqual(registration.sudo().invoice_id.amount_untaxed, 250.0)
        self.assertEqual(registration.sudo().invoice_id.date_invoice, '2031-03-02')

    def test_invoiced_registration_cannot_be_deleted(self):
        registration = self._register(self.training, self.person, user=self.manager)
        registration.confirm_registration()
        with self.assertRaisesRegex(UserError, 'annulez-la au lieu de la supprimer'):
            registration.unlink()
        free = self._register(self.training, self.private, user=self.manager)
        free.unlink()
        self.assertFalse(free.exists())

    def test_demo_paying_training_is_invoiced(self):
        event = self.env.ref('ccis_event.event_event_training_fiscalite_demo')
        registrations = event.registration_ids.filtered(lambda r: r.state != 'cancel')
        self.assertTrue(registrations)
        for registration in registrations:
            invoice = registration.sudo().invoice_id
            self.assertEqual(invoice.state, 'open')
            self.assertEqual(invoice.partner_id, registration.ccis_member_id)
            self.assertEqual(invoice.date_invoice, registration.ccis_confirm_date)
            self.assertEqual(invoice.invoice_line_ids.price_unit, 300.0)  # members' price

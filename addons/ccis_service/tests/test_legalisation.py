from odoo.exceptions import AccessError, UserError

from .common import ServiceCase


class TestLegalisation(ServiceCase):
    """A counter agent records and validates a legalisation; the invoice follows."""

    def _legalisation(self, user=None, **vals):
        values = {'partner_id': self.member.id, 'product_id': self.product_legalisation.id,
                  'document_name': 'Procuration', 'copies': 2, 'date': '2031-03-10'}
        values.update(vals)
        Legalisation = self.env['ccis.legalisation']
        return Legalisation.sudo(user or self.user_agent).create(values)

    def test_validate_numbers_and_invoices(self):
        legalisation = self._legalisation()
        self.assertEqual(legalisation.unit_id, self.unit_agent)
        legalisation.action_validate()
        self.assertEqual(legalisation.state, 'done')
        self.assertRegex(legalisation.name, r'^LEG/2031/\d{5}$')
        self.assertEqual(legalisation.amount, 120.0)  # member price 60 x 2 copies
        self.assertEqual(legalisation.payment_state, 'not_paid')
        invoice = legalisation.sudo().invoice_id
        self.assertEqual(invoice.state, 'open')
        self.assertEqual(invoice.partner_id, self.member)
        self.assertEqual(invoice.date_invoice, '2031-03-10')
        line = invoice.invoice_line_ids
        self.assertEqual(line.product_id, self.product_legalisation)
        self.assertEqual(line.quantity, 2)
        self.assertEqual(line.price_unit, 60.0)
        self.assertEqual(line.account_id.code[:5], '71243')
        self.assertEqual(line.account_analytic_id, self.unit_agent.analytic_account_id)
        self.assertTrue(line.account_analytic_id)
        self.assertEqual(invoice.amount_total, 144.0)  # VAT 20 %

    def test_consecutive_numbers(self):
        first = self._legalisation()
        second = self._legalisation()
        (first | second).action_validate()
        numbers = sorted(int(name.rsplit('/', 1)[1]) for name in (first | second).mapped('name'))
        self.assertEqual(numbers[1], numbers[0] + 1)

    def test_invoice_prints_member_ice(self):
        legalisation = self._legalisation()
        legalisation.action_validate()
        html = self.env.ref('account.account_invoices').render_qweb_html(
            legalisation.sudo().invoice_id.ids)[0].decode()
        self.assertRegex(html, r'ICE : <span[^>]*>%s</span>' % self.member.ccis_ice)

    def test_paid_invoice_shows_paid(self):
        legalisation = self._legalisation()
        legalisation.action_validate()
        invoice = legalisation.sudo().invoice_id
        journal = self.env['account.journal'].search(
            [('type', '=', 'cash'), ('company_id', '=', invoice.company_id.id)], limit=1)
        invoice.pay_and_reconcile(journal, pay_amount=invoice.amount_total, date='2031-03-10')
        legalisation.invalidate_cache()
        self.assertEqual(legalisation.payment_state, 'paid')
        paid = self.env['ccis.legalisation'].sudo(self.user_agent).search(
            [('payment_state', '=', 'paid')])
        self.assertIn(legalisation, paid)

    def test_receipt_renders(self):
        legalisation = self._legalisation()
        legalisation.action_validate()
        html = self.env.ref('ccis_service.ccis_legalisation_report').render_qweb_html(
            legalisation.ids)[0].decode()
        self.assertIn(legalisation.name, html)
        self.assertIn('Procuration', html)

    def test_agent_cannot_cancel(self):
        legalisation = self._legalisation()
        legalisation.action_validate()
        legalisation.cancel_reason = 'Erreur de saisie'
        with self.assertRaisesRegex(UserError, "chef d'unité"):
            legalisation.action_cancel()

    def test_manager_cancels_with_reason_and_credit_note(self):
        legalisation = self._legalisation()
        legalisation.action_validate()
        as_manager = legalisation.sudo(self.user_manager)
        with self.assertRaisesRegex(UserError, "motif d'annulation"):
            as_manager.action_cancel()
        as_manager.cancel_reason = 'Signature non conforme'
        as_manager.action_cancel()
        self.assertEqual(legalisation.state, 'cancel')
        refund = legalisation.sudo().refund_id
        self.assertEqual(refund.type, 'out_refund')
        self.assertEqual(refund.amount_total, 144.0)
        self.assertEqual(legalisation.sudo().invoice_id.state, 'paid')  # settled by the refund
        # the counter sees a credit note, not a payment
        self.assertEqual(legalisation.payment_state, 'credited')
        Legalisation = self.env['ccis.legalisation'].sudo(self.user_agent)
        self.assertIn(legalisation, Legalisation.search([('payment_state', '=', 'credited')]))
        self.assertNotIn(legalisation, Legalisation.search([('payment_state', '=', 'paid')]))

    def test_non_refundable_fee_has_no_credit_note(self):
        legalisation = self._legalisation(product_id=self.product_stamp.id, copies=1)
        legalisation.action_validate()
        as_manager = legalisation.sudo(self.user_manager)
        as_manager.cancel_reason = 'Document retiré'
        as_manager.action_cancel()
        self.assertFalse(legalisation.refund_id)
        self.assertEqual(legalisation.sudo().invoice_id.state, 'open')

    def test_validated_cannot_be_deleted(self):
        legalisation = self._legalisation()
        legalisation.action_validate()
        with self.assertRaises(UserError):
            legalisation.sudo(self.user_manager).unlink()

    def test_agent_does_not_see_other_site(self):
        other = self._legalisation(user=self.user_annex, unit_id=self.unit_kenitra.id)
        found = self.env['ccis.legalisation'].sudo(self.user_agent).search(
            [('id', '=', other.id)])
        self.assertFalse(found)
        self.assertTrue(self.env['ccis.legalisation'].sudo(self.user_direction).search(
            [('id', '=', other.id)]))

    def test_audit_and_bureau_read_only(self):
        legalisation = self._legalisation()
        self.assertTrue(legalisation.sudo(self.user_audit).name)
        self.assertTrue(legalisation.sudo(self.user_bureau).name)
        with self.assertRaises(AccessError):
            legalisation.sudo(self.user_bureau).write({'document_name': 'X'})
        with self.assertRaises(AccessError):
            legalisation.sudo(self.user_audit).write({'document_name': 'X'})

from odoo.exceptions import UserError

from .common import CertificateCase

PARAM = 'ccis_certificate_origin.prepayment'


class TestPrepayment(CertificateCase):
    """A setting makes the issue of a certificate wait for its invoice to be paid: the agent
    invoices the application, finance registers the payment, the agent issues."""

    @classmethod
    def setUpClass(cls):
        super(TestPrepayment, cls).setUpClass()
        cls.env['ir.config_parameter'].sudo().set_param(PARAM, 'True')

    def _pay(self, invoice):
        journal = self.env['account.journal'].search(
            [('type', '=', 'cash'), ('company_id', '=', invoice.company_id.id)], limit=1)
        invoice.sudo().pay_and_reconcile(journal, date='2031-02-04')

    def test_setting_is_read_and_written_by_the_settings(self):
        Settings = self.env['res.config.settings']
        self.assertTrue(Settings.create({}).ccis_certificate_prepayment)
        Settings.create({'ccis_certificate_prepayment': False}).execute()
        self.assertEqual(self.env['ir.config_parameter'].sudo().get_param(PARAM), 'False')
        certificate = self.new_certificate()
        self.assertFalse(certificate.prepayment)
        certificate.action_issue()
        self.assertEqual(certificate.state, 'issued')

    def test_issue_waits_for_payment(self):
        certificate = self.new_certificate(issue_date='2031-02-05')
        self.assertTrue(certificate.prepayment)
        with self.assertRaisesRegex(UserError, "attend le paiement.*bouton « Facturer »"):
            certificate.action_issue()
        certificate.action_invoice()
        self.assertEqual(certificate.state, 'draft')
        self.assertEqual(certificate.name, '/')
        self.assertEqual(certificate.fee_amount, 520.0)
        invoice = certificate.sudo().invoice_id
        self.assertEqual(invoice.state, 'open')
        self.assertEqual(invoice.origin, "Demande de certificat d'origine n° %d" % certificate.id)
        with self.assertRaisesRegex(UserError, "attend le paiement de la facture %s"
                                    % invoice.number):
            certificate.action_issue()
        self._pay(invoice)
        self.assertEqual(certificate.payment_state, 'paid')
        certificate.action_issue()
        self.assertEqual(certificate.state, 'issued')
        self.assertRegex(certificate.name, r'^CO/SIEGE/2031/\d{5}$')
        # issued on its paid invoice: no second one
        self.assertEqual(certificate.sudo().invoice_id, invoice)
        self.assertEqual(self.env['account.invoice'].search_count(
            [('partner_id', '=', self.member.id), ('origin', 'like', 'CO/SIEGE/2031/')]), 0)

    def test_incomplete_application_is_not_invoiced(self):
        certificate = self.new_certificate(consignee_name=False)
        with self.assertRaisesRegex(UserError, "Destinataire"):
            certificate.action_invoice()
        self.assertFalse(certificate.sudo().invoice_id)

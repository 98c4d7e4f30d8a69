from odoo.exceptions import AccessError, UserError

from .common import CertificateCase, new_ice


class TestIssueChecks(CertificateCase):
    """Before issue the chamber checks the application and says in French what is wrong."""

    def test_complete_application_is_issued(self):
        certificate = self.new_certificate(issue_date='2031-02-03')
        certificate.action_issue()
        self.assertEqual(certificate.state, 'issued')
        self.assertRegex(certificate.name, r'^CO/SIEGE/2031/\d{5}$')
        self.assertEqual(certificate.fee_amount, 520.0)  # 650 (1 per mille) - 20 % member

    def test_inactive_member_refused(self):
        self.member.with_context(ccis_state_change=True).ccis_state = 'dormant'
        certificate = self.new_certificate()
        with self.assertRaisesRegex(UserError, "n'est pas un ressortissant actif.*En sommeil"):
            certificate.action_issue()

    def test_seat_outside_territory_refused(self):
        outsider = self.env['res.partner'].create({
            'name': 'Fès Export', 'is_company': True, 'ccis_is_member': True,
            'ccis_member_kind': 'company', 'ccis_state': 'active', 'ccis_ice': new_ice(),
            'ccis_province_id': self.env.ref('ccis_base.ccis_province_fes').id})
        certificate = self.new_certificate(partner=outsider)
        with self.assertRaisesRegex(UserError, "province « Fès.*n'est pas dans le territoire"):
            certificate.action_issue()

    def test_missing_document_named(self):
        certificate = self.new_certificate()
        certificate.document_ids.filtered(
            lambda d: d.type_id.code == 'dum').unlink()
        with self.assertRaisesRegex(UserError, r"la pièce « Déclaration unique de "
                                               r"marchandises \(DUM\) » n'est pas jointe"):
            certificate.action_issue()

    def test_incomplete_line_named_with_field(self):
        certificate = self.new_certificate()
        certificate.write({'line_ids': [(0, 0, {
            'name': 'Poivrons', 'quantity': 10, 'gross_weight': 100, 'net_weight': 120,
            'value': 1000})]})
        with self.assertRaises(UserError) as raised:
            certificate.action_issue()
        message = raised.exception.name
        self.assertIn("ligne 2 (« Poivrons ») : le champ « Code SH » n'est pas renseigné",
                      message)
        self.assertIn("ligne 2 (« Poivrons ») : le champ « Pays d'origine » n'est pas "
                      "renseigné", message)
        self.assertIn('ligne 2 (« Poivrons ») : le poids net', message)
        self.assertNotIn('ligne 1', message)
        self.assertEqual(certificate.state, 'draft')
        self.assertEqual(certificate.name, '/')

    def test_bad_hs_code_named(self):
        certificate = self.new_certificate()
        certificate.line_ids.hs_code = '07A'
        with self.assertRaisesRegex(UserError, "le code SH « 07A » doit compter de 6 à 10"):
            certificate.action_issue()

    def test_missing_destination_named(self):
        certificate = self.new_certificate(destination_country_id=False)
        with self.assertRaisesRegex(UserError, "« Pays de destination » n'est pas renseigné"):
            certificate.action_issue()


class TestIssueInvoice(CertificateCase):
    """Issue invoices the certificate (and its copies) to the member."""

    def test_invoice_product_account_analytic(self):
        certificate = self.new_certificate(copies=2, issue_date='2031-02-03')
        certificate.action_issue()
        invoice = certificate.sudo().invoice_id
        self.assertEqual(invoice.partner_id, self.member)
        self.assertEqual(invoice.state, 'open')
        self.assertEqual(invoice.date_invoice, '2031-02-03')
        lines = invoice.invoice_line_ids.sorted('price_unit')
        self.assertEqual(lines.mapped('product_id'), (
            self.env.ref('ccis_service.product_service_certificate_copy')
            | self.product_certificate))
        self.assertEqual(lines.mapped('price_unit'), [40.0, 520.0])
        self.assertEqual(lines[0].quantity, 2)
        self.assertEqual(set(line.account_id.code[:5] for line in lines), {'71243'})
        self.assertEqual(lines.mapped('account_analytic_id'),
                         self.unit_agent.analytic_account_id)
        self.assertEqual(certificate.payment_state, 'not_paid')

    def test_invoice_prints_ice(self):
        certificate = self.new_certificate()
        certificate.action_issue()
        html = self.env.ref('account.account_invoices').render_qweb_html(
            certificate.sudo().invoice_id.ids)[0].decode()
        self.assertRegex(html, r'ICE : <span[^>]*>%s</span>' % self.member.ccis_ice)

    def test_certificate_pdf_has_qr_code(self):
        certificate = self.new_certificate(copies=1)
        certificate.action_issue()
        html = self.env.ref(
            'ccis_certificate_origin.ccis_certificate_origin_report').render_qweb_html(
            certificate.ids)[0].decode()
        self.assertIn(certificate.name, html)
        self.assertRegex(html, r'<img [^>]*src="data:image/png;base64,')
        self.assertIn(certificate.verify_url, html)
        self.assertIn(certificate.sudo().access_token, html)
        self.assertIn('ORIGINAL', html)
        self.assertIn('COPIE CERTIFIÉE CONFORME n° 1', html)


class TestCancelReplace(CertificateCase):

    def _issued(self):
        certificate = self.new_certificate()
        certificate.action_issue()
        return certificate

    def test_agent_cannot_cancel(self):
        certificate = self._issued()
        certificate.cancel_reason = 'Erreur'
        with self.assertRaisesRegex(UserError, "chef d'unité"):
            certificate.action_cancel()

    def test_manager_cancels_with_reason_keeps_record_and_credits(self):
        certificate = self._issued().sudo(self.user_manager)
        with self.assertRaisesRegex(UserError, "motif d'annulation"):
            certificate.action_cancel()
        certificate.cancel_reason = 'Destinataire erroné'
        certificate.action_cancel()
        self.assertEqual(certificate.state, 'cancelled')
        self.assertTrue(certificate.exists())
        self.assertEqual(certificate.sudo().refund_id.type, 'out_refund')
        with self.assertRaises(UserError):
            certificate.unlink()

    def test_replace_opens_new_application(self):
        certificate = self._issued().sudo(self.user_manager)
        certificate.cancel_reason = 'Quantités corrigées'
        action = certificate.action_replace()
        new = self.Certificate.browse(action['res_id'])
        self.assertEqual(new.state, 'draft')
        self.assertEqual(new.replaces_id, certificate)
        self.assertEqual(certificate.replaced_by_id, new)
        self.assertEqual(len(new.line_ids), 1)
        self.assertNotEqual(new.sudo().access_token, certificate.sudo().access_token)

    def test_issued_certificate_is_locked(self):
        certificate = self._issued()
        with self.assertRaisesRegex(UserError, 'ne se modifie pas'):
            certificate.write({'consignee_name': 'Autre'})


class TestCertificateAccess(CertificateCase):

    def test_agent_does_not_see_other_site(self):
        other = self.new_certificate(user=self.user_annex, unit_id=self.unit_kenitra.id)
        self.assertFalse(self.Certificate.sudo(self.user_agent).search([('id', '=', other.id)]))
        self.assertTrue(self.Certificate.sudo(self.user_direction).search(
            [('id', '=', other.id)]))

    def test_audit_and_bureau_read_only(self):
        certificate = self.new_certificate()
        self.assertTrue(certificate.sudo(self.user_audit).name)
        self.assertTrue(certificate.sudo(self.user_bureau).name)
        for user in (self.user_audit, self.user_bureau):
            with self.assertRaises(AccessError):
                certificate.sudo(user).write({'consignee_name': 'X'})

    def test_register_groups_by_hs_chapter_and_site(self):
        self.new_certificate().action_issue()
        groups = self.Certificate.sudo(self.user_agent).read_group(
            [('hs_chapter', '=', '07')], ['fee_amount', 'site_id'], ['site_id'])
        self.assertEqual(groups[0]['site_id'][0], self.site_head.id)
        found = self.Certificate.sudo(self.user_agent).search(
            [('line_ids.hs_chapter', '=', '07'), ('destination_country_id.code', '=', 'ES')])
        self.assertTrue(found)

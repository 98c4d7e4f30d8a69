import io
import json

from odoo.addons.http_routing.models.ir_http import slug

from .common import PDF, HttpPortalCase


class TestPortalHttp(HttpPortalCase):
    """The pages over HTTP: what a member sees, what it cannot reach by changing an id in
    the URL, the CSRF token of the forms, the checks of uploads."""

    def setUp(self):
        super().setUp()
        self.client_a = self.new_client(self.user_a)

    def test_home_and_company(self):
        page = self.get('/my', self.client_a).get_data(as_text=True)
        self.assertIn('Mon entreprise', page)
        self.assertIn('Mes demandes', page)
        response = self.get('/my/company', self.client_a)
        self.assertEqual(response.status_code, 200)
        page = response.get_data(as_text=True)
        self.assertIn(self.member_a.ccis_ice, page)
        self.assertIn('Statuts A', page)
        self.assertIn('10/01/2033', page)
        self.assertNotIn(self.member_b.ccis_ice, page)
        self.assertNotIn('Statuts B', page)

    def test_anonymous_redirected_to_login(self):
        response = self.get('/my/company')
        self.assertIn(response.status_code, (302, 303))
        self.assertIn('/web/login', response.headers['Location'])

    def test_other_company_ids_answer_404(self):
        self.assertEqual(self.get('/my/requests/%d' % self.request_a.id,
                                  self.client_a).status_code, 200)
        self.assertEqual(self.get('/my/requests/%d' % self.request_b.id,
                                  self.client_a).status_code, 404)
        Update = self.env['ccis.portal.update.request']
        update_b = Update.sudo(self.user_b)._ccis_portal_submit(
            Update._ccis_values_from_partner(self.member_b))
        response = self.get('/my/company/updates/%d' % update_b.id, self.client_a)
        self.assertEqual(response.status_code, 404)
        self.assertNotIn(self.member_b.name, response.get_data(as_text=True))
        response = self.get('/web/content/ccis.member.document/%d/name' % self.document_b.id,
                            self.client_a)
        self.assertIn(response.status_code, (403, 404))

    def test_request_form_csrf(self):
        category = self.env.ref('ccis_member.ccis_member_request_category_fiscal')
        data = {'category_id': str(category.id), 'subject': 'Exonération de TVA',
                'description': 'Question'}
        response = self.post('/my/requests/new', data, self.client_a)
        self.assertEqual(response.status_code, 400)
        Request = self.env['ccis.member.request']
        self.assertFalse(Request.search([('subject', '=', 'Exonération de TVA')]))
        data['csrf_token'] = self.csrf('/my/requests/new', self.client_a)
        data['attachments'] = (io.BytesIO(PDF), 'kbis.pdf')
        response = self.post('/my/requests/new', data, self.client_a)
        self.assertIn(response.status_code, (302, 303))
        record = Request.search([('subject', '=', 'Exonération de TVA')])
        self.assertEqual(record.partner_id, self.member_a)
        self.assertIn('/my/requests/%d' % record.id, response.headers['Location'])
        page = self.get('/my/requests/%d' % record.id, self.client_a).get_data(as_text=True)
        self.assertIn('kbis.pdf', page)
        self.assertIn('Nouvelle', page)

    def test_upload_type_and_size_refused(self):
        category = self.env.ref('ccis_member.ccis_member_request_category_fiscal')
        self.env['ir.config_parameter'].sudo().set_param('ccis_portal.upload_max_mb', '0.01')
        for filename, content, message in (
                ('outil.exe', b'MZ\x90\x00', "n'est pas d'un type accepté"),
                ('gros.pdf', PDF * 1000, 'dépasse la taille maximale de 0.01 Mo'),
                ('faux.pdf', b'<html>', 'ne correspond pas à son extension')):
            data = {'category_id': str(category.id), 'subject': 'Envoi %s' % filename,
                    'csrf_token': self.csrf('/my/requests/new', self.client_a),
                    'attachments': (io.BytesIO(content), filename)}
            response = self.post('/my/requests/new', data, self.client_a)
            self.assertEqual(response.status_code, 200)
            page = response.get_data(as_text=True)
            self.assertTrue(message in page, message)
            self.assertFalse(self.env['ccis.member.request'].search(
                [('subject', '=', 'Envoi %s' % filename)]))

    def test_update_form(self):
        page = self.get('/my/company/update', self.client_a).get_data(as_text=True)
        self.assertIn('Rue secrète A', page)
        data = {'street': 'Avenue Hassan II, 10', 'city': 'Ville A', 'email': 'contact-a@example.ma',
                'directory_published': '1'}
        response = self.post('/my/company/update', data, self.client_a)
        self.assertEqual(response.status_code, 400)
        data['csrf_token'] = self.csrf('/my/company/update', self.client_a)
        response = self.post('/my/company/update', data, self.client_a)
        self.assertIn(response.status_code, (302, 303))
        update = self.env['ccis.portal.update.request'].search(
            [('partner_id', '=', self.member_a.id)])
        self.assertEqual(update.state, 'submitted')
        self.assertEqual(update.street, 'Avenue Hassan II, 10')
        self.assertTrue(update.directory_published)
        self.assertEqual(self.member_a.street, 'Rue secrète A')
        page = self.get('/my/company?submitted=1', self.client_a).get_data(as_text=True)
        self.assertIn(update.name, page)
        # an invalid value: the form again, with the French message
        data['email'] = 'faux'
        data['csrf_token'] = self.csrf('/my/company/update', self.client_a)
        page = self.post('/my/company/update', data, self.client_a).get_data(as_text=True)
        self.assertIn("« faux » n'est pas valide", page)

    def test_member_account_page_redirects(self):
        """A portal user who is the member company itself cannot rewrite its file through
        Odoo's /my/account: it goes through an update request."""
        self.user_a.partner_id = self.member_a
        response = self.get('/my/account', self.new_client(self.user_a))
        self.assertIn('/my/company/update', response.headers.get('Location', ''))

    def test_public_directory(self):
        self.member_a.write({'ccis_directory_published': True, 'ccis_directory_show_phone': True})
        response = self.get('/annuaire?search=%s' % self.member_a.name.split()[0])
        self.assertEqual(response.status_code, 200)
        page = response.get_data(as_text=True)
        self.assertIn(self.member_a.name, page)
        self.assertNotIn(self.member_b.name, page)
        response = self.get('/annuaire/%s' % slug(self.member_a))
        self.assertEqual(response.status_code, 200)
        page = response.get_data(as_text=True)
        self.assertIn('+212 500 00 00 01', page)
        self.assertIn('Ville A', page)
        for secret in (self.member_a.ccis_ice, 'Rue secrète A', 'contact-a@example.ma'):
            self.assertNotIn(secret, page)
        self.assertEqual(self.get('/annuaire/%s' % slug(self.member_b)).status_code, 404)
        self.assertEqual(self.get('/annuaire/%d' % self.member_b.id).status_code, 404)
        self.member_a._ccis_set_state('struck_off', 'Liquidation')
        self.assertEqual(self.get('/annuaire/%s' % slug(self.member_a)).status_code, 404)

    def test_arabic_pages(self):
        """A member working in Arabic gets the pages in Arabic (right to left)."""
        self.user_b.lang = 'ar_MA'
        client_b = self.new_client(self.user_b)
        page = self.get('/ar_MA/my/company', client_b).get_data(as_text=True)
        self.assertIn('مقاولتي', page)
        self.assertIn('وثائق الملف', page)
        self.assertIn(self.member_b.ccis_ice, page)
        page = self.get('/ar_MA/my/requests/new', client_b).get_data(as_text=True)
        self.assertIn('طلب جديد', page)

    def test_other_company_invoice(self):
        """Odoo's /my/invoices pages: a member's invoice is not shown to another member, who
        cannot start its payment either; its member pays it online."""
        account = self.env['account.account'].search(
            [('user_type_id.type', '=', 'other'), ('internal_type', '=', 'other')], limit=1)
        invoice = self.env['account.invoice'].create({
            'partner_id': self.member_b.id, 'type': 'out_invoice',
            'invoice_line_ids': [(0, 0, {'name': 'Cotisation confidentielle 2032',
                                         'price_unit': 1234.0, 'quantity': 1,
                                         'account_id': account.id})]})
        invoice.action_invoice_open()
        client_a = self.new_client(self.user_a)
        page = self.get('/my/invoices', client_a).get_data(as_text=True)
        self.assertNotIn(invoice.number, page)
        response = self.get('/my/invoices/%d' % invoice.id, client_a)
        self.assertNotEqual(response.status_code, 200)
        self.assertNotIn('Cotisation confidentielle', response.get_data(as_text=True))
        client_b = self.new_client(self.user_b)
        page = self.get('/my/invoices', client_b).get_data(as_text=True)
        self.assertIn(invoice.number, page)
        # the member pays its invoice from its page (Odoo's payment form, wire transfer)...
        page = self.get('/my/invoices/%d' % invoice.id, client_b).get_data(as_text=True)
        self.assertIn('id="portal_pay"', page)
        pay_url = '/invoice/pay/%d/form_tx/' % invoice.id
        self.assertIn(pay_url, page)
        acquirer = self.env.ref('payment.payment_acquirer_transfer')
        Transaction = self.env['payment.transaction'].sudo()
        answer = self._json(pay_url, {'acquirer_id': acquirer.id}, client_a)
        self.assertFalse(answer['result'], 'another member cannot start the payment')
        self.assertFalse(Transaction.search([('account_invoice_id', '=', invoice.id)]))
        answer = self._json(pay_url, {'acquirer_id': acquirer.id}, client_b)
        self.assertIn(invoice.number, answer['result'])
        self.assertEqual(Transaction.search([('account_invoice_id', '=', invoice.id)]).partner_id,
                         self.member_b)

    def _json(self, url, params, client):
        self._sync()
        response = client.post(url, data=json.dumps(
            {'jsonrpc': '2.0', 'method': 'call', 'id': 1, 'params': params}),
            content_type='application/json')
        self.assertEqual(response.status_code, 200)
        return json.loads(response.get_data(as_text=True))

    def test_request_answer_shown(self):
        self.request_a.write({'answer': 'Exonération prévue par l’article 92 du CGI.',
                              'state': 'answered', 'answer_date': '2031-03-05'})
        page = self.get('/my/requests/%d' % self.request_a.id,
                        self.new_client(self.user_a)).get_data(as_text=True)
        self.assertIn('Exonération prévue par l’article 92 du CGI.', page)
        self.assertIn('05/03/2031', page)
        self.assertIn('Répondue', page)

    def test_website_french_by_default(self):
        """The chamber's website is French for a visitor, Arabic (right to left) on request."""
        websites = self.env['website'].search([])
        self.assertEqual(set(websites.mapped('default_lang_id.code')), {'fr_FR'})
        for website in websites:
            self.assertEqual(set(website.language_ids.mapped('code')), {'fr_FR', 'ar_MA'})
        response = self.get('/annuaire')
        self.assertEqual(response.status_code, 200)
        page = response.get_data(as_text=True)
        self.assertIn('<html lang="fr-FR"', page)
        self.assertIn('Se connecter', page)
        self.assertNotIn('dir="rtl"', page)
        # the footer speaks of the chamber, not of a software company
        self.assertIn('Services aux ressortissants', page)
        self.assertNotIn('Our Products', page)
        # a French URL goes to the page without prefix; the Arabic one reads right to left
        response = self.get('/fr_FR/annuaire')
        self.assertIn(response.status_code, (301, 302, 303))
        self.assertNotIn('/fr_FR/', response.headers['Location'])
        response = self.get('/ar_MA/annuaire')
        self.assertEqual(response.status_code, 200)
        page = response.get_data(as_text=True)
        self.assertIn('lang="ar-MA"', page)
        self.assertIn('dir="rtl"', page)
        self.assertIn('خدمات المنتسبين', page)

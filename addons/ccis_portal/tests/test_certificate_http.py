import io

from .common import HttpPortalCase, application, certificate_desk


class TestCertificateApplyHttp(HttpPortalCase):
    """The online application over HTTP: the form, its CSRF token, the French errors, the
    draft followed by the member, issued by the unit's agent and downloaded."""

    def setUp(self):
        super().setUp()
        self.desk, self.desk_agent = certificate_desk(self.env, code='TCH')
        self.client_a = self.new_client(self.user_a)
        self.Certificate = self.env['ccis.certificate.origin']

    def form_data(self, **header):
        values, lines, files = application(self.env, **header)
        data = dict(values)
        for index, line in enumerate(lines, 1):
            for name, value in line.items():
                data['line_%d_%s' % (index, name)] = value
        for type_id, (filename, content) in files.items():
            data['document_%d' % type_id] = (io.BytesIO(content), filename)
        return data

    def mine(self):
        return self.Certificate.search([('partner_id', '=', self.member_a.id)])

    def test_apply_follow_issue_download(self):
        page = self.get('/my/certificates/new', self.client_a).get_data(as_text=True)
        self.assertIn('Facture commerciale *', page)
        self.assertIn("Autre justificatif d'origine</label>", page)
        # without the CSRF token: refused, nothing created
        data = self.form_data(partner_id=str(self.member_b.id))
        response = self.post('/my/certificates/new', data, self.client_a)
        self.assertEqual(response.status_code, 400)
        self.assertFalse(self.mine())
        data = self.form_data(partner_id=str(self.member_b.id))
        data['csrf_token'] = self.csrf('/my/certificates/new', self.client_a)
        response = self.post('/my/certificates/new', data, self.client_a)
        self.assertIn(response.status_code, (302, 303))
        certificate = self.mine()
        self.assertEqual(len(certificate), 1)
        self.assertIn('/my/certificates/%d' % certificate.id, response.headers['Location'])
        self.assertFalse(self.Certificate.search([('partner_id', '=', self.member_b.id)]))
        self.assertEqual((certificate.state, certificate.unit_id), ('draft', self.desk))
        self.assertEqual(len(certificate.line_ids), 1)
        self.assertEqual(len(certificate.document_ids), 3)
        self.assertEqual(certificate.activity_ids.user_id, self.desk_agent)
        # the member follows it; the other member gets 404
        url = '/my/certificates/%d' % certificate.id
        page = self.get(url + '?submitted=1', self.client_a).get_data(as_text=True)
        self.assertIn("Demande en cours d'examen", page)
        self.assertIn('Chemises en coton', page)
        self.assertIn('6205.20', page)
        self.assertIn('transmise à la chambre', page)
        response = self.get(url, self.new_client(self.user_b))
        self.assertEqual(response.status_code, 404)
        self.assertNotIn('Importadora Valencia', response.get_data(as_text=True))
        self.assertEqual(self.get(url + '/pdf', self.client_a).status_code, 404)
        page = self.get('/my/certificates', self.client_a).get_data(as_text=True)
        self.assertIn('Demande n° %d' % certificate.id, page)
        self.assertIn("Demande en cours d'examen", page)
        # the agent of the unit issues it in the back office; the member downloads it
        certificate.sudo(self.desk_agent).action_issue()
        page = self.get('/my/certificates', self.client_a).get_data(as_text=True)
        self.assertIn(certificate.name, page)
        self.assertIn('Émis', page)
        response = self.get(url + '/pdf', self.client_a)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers['Content-Type'], 'application/pdf')
        self.assertEqual(self.get(url + '/pdf', self.new_client(self.user_b)).status_code, 404)

    def test_errors_shown_nothing_created(self):
        dum = self.env.ref('ccis_certificate_origin.ccis_certificate_document_type_dum')
        data = self.form_data()
        del data['document_%d' % dum.id]
        data['line_1_hs_code'] = '62AB'
        data['csrf_token'] = self.csrf('/my/certificates/new', self.client_a)
        response = self.post('/my/certificates/new', data, self.client_a)
        self.assertEqual(response.status_code, 200)
        page = response.get_data(as_text=True)
        self.assertIn('Joignez la pièce obligatoire « Déclaration unique de marchandises '
                      '(DUM) ».', page)
        self.assertIn('Ligne 1 (« Chemises en coton ») : le code SH « 62AB » doit compter '
                      'de 6 à 10 chiffres.', page)
        # the form keeps what was typed
        self.assertIn('value="Importadora Valencia SL"', page)
        self.assertFalse(self.mine())
        # no goods at all
        data = self.form_data()
        for name in ('name', 'hs_code', 'quantity', 'uom', 'gross_weight', 'net_weight',
                     'value'):
            data['line_1_%s' % name] = ''
        data['csrf_token'] = self.csrf('/my/certificates/new', self.client_a)
        page = self.post('/my/certificates/new', data, self.client_a).get_data(
            as_text=True)
        self.assertIn('Déclarez au moins une marchandise', page)
        self.assertFalse(self.mine())

    def test_draft_problems_listed(self):
        """A draft entered at the counter, incomplete: the member sees what is missing."""
        draft = self.Certificate.sudo(self.desk_agent).create({
            'partner_id': self.member_a.id, 'consignee_name': 'Client Lisboa Lda',
            'destination_country_id': self.env.ref('base.pt').id})
        page = self.get('/my/certificates', self.client_a).get_data(as_text=True)
        self.assertIn('Client Lisboa Lda', page)
        self.assertIn("Le champ « Mode de transport » n'est pas renseigné", page)
        self.assertIn("La pièce « Facture commerciale » n'est pas jointe", page)
        page = self.get('/my/certificates/%d' % draft.id, self.client_a).get_data(
            as_text=True)
        self.assertIn("Aucune marchandise n'est déclarée", page)

    def test_arabic_form(self):
        self.user_b.lang = 'ar_MA'
        page = self.get('/ar_MA/my/certificates/new', self.new_client(self.user_b)).get_data(
            as_text=True)
        self.assertIn('طلب شهادة المنشأ', page)
        self.assertIn('رمز النظام المنسق', page)

    def test_correct_draft(self):
        data = self.form_data()
        data['csrf_token'] = self.csrf('/my/certificates/new', self.client_a)
        self.post('/my/certificates/new', data, self.client_a)
        certificate = self.mine()
        url = '/my/certificates/%d' % certificate.id
        self.assertIn(url + '/edit', self.get(url, self.client_a).get_data(as_text=True))
        page = self.get(url + '/edit', self.client_a).get_data(as_text=True)
        self.assertIn('value="Importadora Valencia SL"', page)
        self.assertIn('value="6205.20"', page)
        self.assertIn('Pièce jointe : ', page)
        # another member: not found; without the token: refused
        client_b = self.new_client(self.user_b)
        data = {'consignee_name': 'Intrus SA',
                'csrf_token': self.csrf('/my/certificates/new', client_b)}
        self.assertEqual(self.post(url + '/edit', data, client_b).status_code, 404)
        self.assertEqual(self.get(url + '/edit', client_b).status_code, 404)
        data = self.form_data(consignee_name='Importadora Madrid SA')
        self.assertEqual(self.post(url + '/edit', data, self.client_a).status_code, 400)
        # the DUM already attached is not sent again; a line without its code
        data = self.form_data(consignee_name='Importadora Madrid SA')
        del data['document_%d' % self.env.ref(
            'ccis_certificate_origin.ccis_certificate_document_type_dum').id]
        data['line_2_name'] = 'Vestes'
        data['csrf_token'] = self.csrf(url + '/edit', self.client_a)
        page = self.post(url + '/edit', data, self.client_a).get_data(as_text=True)
        self.assertIn('Ligne 2 (« Vestes ») : le champ « Code SH »', page)
        self.assertEqual(certificate.consignee_name, 'Importadora Valencia SL')
        data = self.form_data(consignee_name='Importadora Madrid SA')
        data['csrf_token'] = self.csrf(url + '/edit', self.client_a)
        response = self.post(url + '/edit', data, self.client_a)
        self.assertIn(response.status_code, (302, 303))
        self.assertEqual(certificate.consignee_name, 'Importadora Madrid SA')
        self.assertEqual(len(certificate.document_ids), 3)
        # issued: the page read only, with the reason
        certificate.sudo(self.desk_agent).action_issue()
        response = self.get(url + '/edit', self.client_a)
        self.assertEqual(response.status_code, 200)
        page = response.get_data(as_text=True)
        self.assertIn('Ce certificat est émis : il ne se corrige plus en ligne.', page)
        self.assertNotIn('o_ccis_certificate_form', page)

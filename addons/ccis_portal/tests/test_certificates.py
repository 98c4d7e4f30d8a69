from odoo.exceptions import AccessError
from odoo.tools import mute_logger

from odoo.addons.ccis_certificate_origin.tests.common import certificate_values

from .common import HttpPortalCase


class TestPortalCertificates(HttpPortalCase):
    """A member lists its certificates of origin and downloads the issued ones; another
    member's are out of reach, by RPC and by URL."""

    def setUp(self):
        super().setUp()
        agent = self.env.ref('ccis_base.user_agent_appui_demo')
        Certificate = self.env['ccis.certificate.origin'].sudo(agent)
        self.cert_a = Certificate.create(certificate_values(
            self.env, self.member_a, consignee_name='Importateur Valence SL'))
        self.cert_a.sudo().with_context(ccis_certificate_issue=True).write(
            {'state': 'issued', 'name': 'CO-2032-A1', 'issue_date': '2032-02-01'})
        self.draft_a = Certificate.create(certificate_values(
            self.env, self.member_a, consignee_name='Brouillon Lisboa Lda'))
        self.cert_b = Certificate.create(certificate_values(
            self.env, self.member_b, consignee_name='Importateur Marseille SAS'))
        self.cert_b.sudo().with_context(ccis_certificate_issue=True).write(
            {'state': 'issued', 'name': 'CO-2032-B1', 'issue_date': '2032-02-02'})

    def test_rpc(self):
        Certificate = self.env['ccis.certificate.origin'].sudo(self.user_a)
        self.assertEqual(Certificate.search([]), self.cert_a | self.draft_a)
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            self.cert_b.sudo(self.user_a).read(['name'])
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            self.draft_a.sudo(self.user_a).write({'consignee_name': 'Autre'})

    def test_pages(self):
        client_a = self.new_client(self.user_a)
        page = self.get('/my/certificates', client_a).get_data(as_text=True)
        self.assertIn('CO-2032-A1', page)
        self.assertIn('Brouillon Lisboa Lda', page)
        self.assertNotIn('Marseille', page)
        self.assertEqual(self.get('/my/certificates/%d/pdf' % self.cert_b.id,
                                  client_a).status_code, 404)
        self.assertEqual(self.get('/my/certificates/%d/pdf' % self.draft_a.id,
                                  client_a).status_code, 404)
        response = self.get('/my/certificates/%d/pdf' % self.cert_a.id, client_a)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers['Content-Type'], 'application/pdf')

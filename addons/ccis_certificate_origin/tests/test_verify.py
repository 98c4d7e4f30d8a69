from werkzeug.test import Client
from werkzeug.wrappers import BaseResponse

import odoo
from odoo.tests.common import TransactionCase, get_db_name

from .common import certificate_values, new_ice


class TestVerificationPage(TransactionCase):
    """The public page the QR code leads to, requested over HTTP without login (Odoo's WSGI
    application in the test's transaction): number, exporter, destination, date, status;
    404 for an unknown token or an application not issued.

    As Odoo's HttpCase does, the registry's test mode makes the requests share the test's
    transaction (rolled back at the end); the requests go to Odoo's WSGI application in the
    test's process rather than to a server (pytest-odoo skips HttpCase without one)."""

    def setUp(self):
        super(TestVerificationPage, self).setUp()
        self.registry.enter_test_mode()
        self.addCleanup(self.registry.leave_test_mode)
        self.env = self.env(cr=self.registry.cursor())
        member = self.env['res.partner'].create({
            'name': 'Exportateur Vérifié', 'is_company': True, 'ccis_is_member': True,
            'ccis_member_kind': 'company', 'ccis_state': 'active', 'ccis_ice': new_ice(),
            'ccis_province_id': self.env.ref('ccis_base.ccis_province_rabat').id,
            'street': 'Adresse confidentielle 12'})
        agent = self.env.ref('ccis_base.user_agent_appui_demo')
        self.certificate = self.env['ccis.certificate.origin'].sudo(agent).create(
            certificate_values(self.env, member, issue_date='2031-05-06'))

    def get(self, token, language='fr-FR'):
        """The page of ``token`` for a browser asking for ``language`` (the page is in the
        visitor's language, as Odoo picks it for a visitor without a login)."""
        # a request reads the database, not the caches of this test's environments (which
        # the request's environments are, in the same thread)
        for env in list(self.env.all):
            env.cache.invalidate()
        # the test cursor's simulated commit (a savepoint, rolled back with the test): a
        # request ends by rolling back to the last one
        self.registry.test_cr.commit()
        # a visitor of his own (Odoo keeps the language of the session's first request)
        session = odoo.http.root.session_store.new()
        session.db = get_db_name()
        odoo.http.root.session_store.save(session)
        client = Client(odoo.http.root, BaseResponse)
        client.set_cookie('localhost', 'session_id', session.sid)
        return client.get('/ccis/certificate/verify/%s' % token,
                          headers=[('Accept-Language', language)])

    def test_valid_certificate(self):
        self.certificate.action_issue()
        response = self.get(self.certificate.sudo().access_token)
        self.assertEqual(response.status_code, 200)
        page = response.get_data(as_text=True)
        self.assertIn(self.certificate.name, page)
        self.assertIn('Exportateur Vérifié', page)
        self.assertIn('06/05/2031', page)
        self.assertIn('Valide', page)
        self.assertIn("Certificat d'origine", page)
        self.assertNotIn('Adresse confidentielle', page)
        self.assertNotIn('Tomates', page)
        english = self.get(self.certificate.sudo().access_token, 'en-GB').get_data(as_text=True)
        self.assertIn('Valid', english)
        self.assertNotIn('Valide', english)
        self.assertIn('Certificate of Origin', english)

    def test_cancelled_certificate(self):
        """The page says « Annulé », and the controller's values hold only the five facts."""
        self.certificate.action_issue()
        manager = self.env.ref('ccis_base.user_manager_appui_demo')
        certificate = self.certificate.sudo(manager)
        certificate.cancel_reason = 'Erreur de destinataire'
        certificate.action_cancel()
        response = self.get(self.certificate.sudo().access_token)
        self.assertEqual(response.status_code, 200)
        page = response.get_data(as_text=True)
        self.assertIn('Annulé', page)
        self.assertNotIn('Valide', page)
        values = self.env['ccis.certificate.origin'].sudo(
            self.env.ref('base.public_user'))._ccis_verification_values(
            self.certificate.sudo().access_token)
        self.assertEqual(values['status'], 'Annulé')
        self.assertFalse(values['valid'])
        self.assertEqual(values['number'], self.certificate.name)
        self.assertEqual(sorted(values), ['date', 'destination', 'exporter', 'number',
                                          'status', 'valid'])

    def test_unknown_token_is_404(self):
        self.certificate.action_issue()
        self.assertEqual(self.get('forged-' + 'x' * 30).status_code, 404)
        self.assertEqual(self.get(str(self.certificate.id)).status_code, 404)

    def test_application_not_issued_is_404(self):
        self.assertEqual(self.get(self.certificate.sudo().access_token).status_code, 404)

from odoo.exceptions import AccessError, UserError
from odoo.tools import mute_logger

from .common import HttpPortalCase, PortalCase


def create_training(env, name, begin='2032-05-10 08:00:00', end='2032-05-10 16:00:00',
                    seats=0):
    event = env['event.event'].create({
        'name': name, 'event_type_id': env.ref('ccis_event.event_type_training').id,
        'date_begin': begin, 'date_end': end, 'ccis_hours': 8, 'auto_confirm': True,
        'unit_id': env.ref('ccis_base.ccis_unit_appui_promotion_demo').id,
        'seats_availability': 'limited' if seats else 'unlimited', 'seats_max': seats})
    event.button_confirm()
    return event


class TestPortalEvents(PortalCase):
    """Registering a contact of one's company to an open training, cancelling it, and the
    registrations of another company out of reach."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.training = create_training(cls.env, 'Formation export 2032', seats=1)
        cls.Registration = cls.env['event.registration']

    def test_register_and_cancel(self):
        Registration = self.Registration.sudo(self.user_a)
        self.assertIn(self.training, Registration._ccis_portal_events())
        registration = Registration._ccis_portal_register(self.training.id, self.contact_a.id)
        self.assertEqual(registration.ccis_member_id, self.member_a)
        self.assertEqual(registration.state, 'open')
        self.assertEqual(Registration.search([]), registration)
        with self.assertRaisesRegex(UserError, 'est déjà inscrit'):
            Registration._ccis_portal_register(self.training.id, self.contact_a.id)
        with self.assertRaisesRegex(UserError, 'est complet'):
            self.Registration.sudo(self.user_b)._ccis_portal_register(
                self.training.id, self.contact_b.id)
        # B cannot see, nor cancel A's registration
        self.assertFalse(self.Registration.sudo(self.user_b).search(
            [('id', '=', registration.id)]))
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            registration.sudo(self.user_b)._ccis_portal_cancel()
        registration._ccis_portal_cancel()
        self.assertEqual(registration.state, 'cancel')

    def test_contact_of_other_company_refused(self):
        with self.assertRaisesRegex(UserError, 'Choisissez un contact de votre entreprise'):
            self.Registration.sudo(self.user_a)._ccis_portal_register(
                self.training.id, self.contact_b.id)

    def test_draft_event_closed(self):
        draft = create_training(self.env, 'Brouillon 2032')
        draft.button_draft()
        with self.assertRaisesRegex(UserError, "n'est pas ouvert aux inscriptions"):
            self.Registration.sudo(self.user_a)._ccis_portal_register(
                draft.id, self.contact_a.id)


class TestPortalEventsHttp(HttpPortalCase):

    def test_events_page_and_certificate(self):
        training = create_training(self.env, 'Formation douane 2032')
        client_a = self.new_client(self.user_a)
        page = self.get('/my/events', client_a).get_data(as_text=True)
        self.assertIn('Formation douane 2032', page)
        data = {'event_id': str(training.id), 'contact_id': str(self.contact_a.id)}
        self.assertEqual(self.post('/my/events/register', data, client_a).status_code,
                         400)
        data['csrf_token'] = self.csrf('/my/events', client_a)
        response = self.post('/my/events/register', data, client_a)
        self.assertIn(response.status_code, (302, 303))
        registration = self.env['event.registration'].search(
            [('event_id', '=', training.id), ('ccis_member_id', '=', self.member_a.id)])
        self.assertEqual(registration.partner_id, self.contact_a)
        registration.ccis_attendance = 'present'
        self.assertTrue(registration.ccis_certificate_available)
        client_b = self.new_client(self.user_b)
        for url in ('/my/events/certificate/%d', '/my/events/cancel/%d'):
            if 'cancel' in url:
                response = self.post(url % registration.id,
                                     {'csrf_token': self.csrf('/my/events', client_b)},
                                     client_b)
            else:
                response = self.get(url % registration.id, client_b)
            self.assertEqual(response.status_code, 404)
        self.assertEqual(registration.state, 'open')
        response = self.get('/my/events/certificate/%d' % registration.id, client_a)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers['Content-Type'], 'application/pdf')

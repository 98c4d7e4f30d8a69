from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import mute_logger

from odoo.addons.ccis_portal.tests.common import HttpPortalCase, PortalCase


def create_b2b(env, name, registrations):
    """A confirmed B2B event in 2032 with one registration per contact given; returns
    (event, registrations)."""
    event = env['event.event'].create({
        'name': name, 'event_type_id': env.ref('ccis_b2b.event_type_b2b').id,
        'date_begin': '2032-06-10 08:00:00', 'date_end': '2032-06-10 13:00:00',
        'ccis_b2b_start': '2032-06-10 08:30:00', 'date_tz': 'Africa/Casablanca',
        'ccis_b2b_slot_count': 4, 'ccis_b2b_table_count': 2, 'auto_confirm': True,
        'unit_id': env.ref('ccis_base.ccis_unit_appui_promotion_demo').id})
    event.button_confirm()
    Registration = env['event.registration']
    return event, [Registration.create({'event_id': event.id, 'partner_id': contact.id,
                                        'state': 'open'}) for contact in registrations]


class TestPortalB2b(PortalCase):
    """A member's meeting wishes at a B2B event and its schedule, through the ORM with the
    portal user's rights: its company's only, checked, frozen once the schedule is planned."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.other = cls.env['res.partner'].create({
            'name': 'Contact Charlie', 'parent_id': cls.env.ref(
                'ccis_member.res_partner_member_menara_agro_industries_demo').id})
        cls.event, (cls.reg_a, cls.reg_b, cls.reg_c) = create_b2b(
            cls.env, 'B2B portail 2032', [cls.contact_a, cls.contact_b, cls.other])
        cls.Wish = cls.env['ccis.b2b.wish']

    def add(self, user, registration, **values):
        return self.Wish.sudo(user)._ccis_portal_add(registration.sudo(user), values)

    def test_wish_checked_and_own_only(self):
        wish = self.add(self.user_a, self.reg_a, target_registration_id=str(self.reg_b.id),
                        priority='3', description='Conserves pour nos cantines')
        self.assertEqual(wish.env.uid, self.user_a.id)
        self.assertEqual((wish.registration_id, wish.target_registration_id, wish.priority),
                         (self.reg_a, self.reg_b, '3'))
        with self.assertRaises(ValidationError) as error:
            self.add(self.user_a, self.reg_a, target_registration_id=str(self.reg_b.id))
        self.assertIn('Vous avez déjà demandé à rencontrer « %s ».' % self.member_b.name,
                      error.exception.name)
        with self.assertRaises(ValidationError) as error:
            self.add(self.user_a, self.reg_a, priority='9')
        self.assertIn('Choisissez la priorité (champ « Priorité »).', error.exception.name)
        with self.assertRaises(ValidationError) as error:
            self.add(self.user_a, self.reg_a)
        self.assertIn("Indiquez l'entreprise que vous souhaitez rencontrer (champ « Entreprise "
                      "souhaitée ») ou un secteur (champ « Secteur »).", error.exception.name)
        # its own registration, or one of another event, is no company to meet
        training = self.env['event.registration'].search(
            [('event_id', '!=', self.event.id)], limit=1)
        for target in (self.reg_a, training):
            with self.assertRaises(ValidationError) as error:
                self.add(self.user_a, self.reg_a, target_registration_id=str(target.id))
            self.assertIn("Choisissez une autre entreprise participant à « B2B portail 2032 »",
                          error.exception.name)
        # B neither reads A's wish nor adds one on A's registration, nor creates any directly
        Wish_b = self.Wish.sudo(self.user_b)
        self.assertFalse(Wish_b.search([]))
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            wish.sudo(self.user_b).read(['description'])
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            self.add(self.user_b, self.reg_a, target_registration_id=str(self.reg_c.id))
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            Wish_b.create({'registration_id': self.reg_b.id,
                           'target_registration_id': self.reg_a.id})
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            wish.sudo(self.user_b)._ccis_portal_withdraw()
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            wish.write({'priority': '1'})
        wish._ccis_portal_withdraw()
        self.assertFalse(wish.sudo().exists())

    def test_schedule_freezes_wishes(self):
        wish = self.add(self.user_a, self.reg_a, target_registration_id=str(self.reg_b.id))
        self.add(self.user_b, self.reg_b, sector_id=str(
            self.env.ref('ccis_member.ccis_member_sector_art_pot').id), kind='offer')
        self.assertFalse(self.reg_a.sudo(self.user_a)._ccis_portal_b2b_schedule())
        self.event.action_ccis_generate_b2b_schedule()
        meeting = self.event.ccis_meeting_ids.filtered(
            lambda m: self.reg_a in (m.registration_a_id | m.registration_b_id))
        self.assertEqual(len(meeting), 1)
        schedule = self.reg_a.sudo(self.user_a)._ccis_portal_b2b_schedule()
        self.assertEqual(len(schedule), 1)
        # 08:30 UTC is 09:30 in Casablanca (UTC+1)
        self.assertEqual((schedule[0]['day'], schedule[0]['start'], schedule[0]['end']),
                         ('10/06/2032', '09:30', '09:50'))
        self.assertEqual(schedule[0]['company'], self.member_b.name)
        self.assertEqual(schedule[0]['state'], 'Planifié')
        # B reads its meeting with A, and no other meeting of the event
        self.assertEqual(self.env['ccis.b2b.meeting'].sudo(self.user_b).search([]), meeting)
        with self.assertRaises(UserError) as error:
            wish._ccis_portal_withdraw()
        self.assertIn('Le planning des rendez-vous de « B2B portail 2032 » est établi',
                      error.exception.name)
        with self.assertRaises(UserError):
            self.add(self.user_a, self.reg_a, target_registration_id=str(self.reg_c.id))
        self.assertTrue(wish.sudo().exists())


class TestPortalB2bHttp(HttpPortalCase):

    def test_wish_pages(self):
        event, (reg_a, reg_b) = create_b2b(self.env, 'B2B HTTP 2032',
                                           [self.contact_a, self.contact_b])
        client_a, client_b = self.new_client(self.user_a), self.new_client(self.user_b)
        page = self.get('/my/events', client_a).get_data(as_text=True)
        self.assertIn('/my/events/b2b/%d' % reg_a.id, page)
        url = '/my/events/b2b/%d' % reg_a.id
        page = self.get(url, client_a).get_data(as_text=True)
        self.assertIn('B2B HTTP 2032', page)
        self.assertIn('<option value="%d">%s</option>' % (reg_b.id, self.member_b.name), page)
        data = {'target_registration_id': str(reg_b.id), 'priority': '2',
                'description': 'Sous-traitance de confection'}
        self.assertEqual(self.post(url + '/wish', data, client_a).status_code, 400)
        Wish = self.env['ccis.b2b.wish']
        self.assertFalse(Wish.search([('registration_id', '=', reg_a.id)]))
        data['csrf_token'] = self.csrf(url, client_a)
        response = self.post(url + '/wish', data, client_a)
        self.assertIn(response.status_code, (302, 303))
        wish = Wish.search([('registration_id', '=', reg_a.id)])
        self.assertEqual((wish.target_registration_id, wish.priority), (reg_b, '2'))
        # B changes the ids in the URLs: not found, nothing changed
        token_b = self.csrf('/my/events', client_b)
        self.assertEqual(self.get(url, client_b).status_code, 404)
        for bad in ('%s/withdraw/%d' % (url, wish.id),
                    '/my/events/b2b/%d/withdraw/%d' % (reg_b.id, wish.id),
                    '/my/events/b2b/%d/wish' % reg_a.id):
            response = self.post(bad, dict(data, csrf_token=token_b), client_b)
            self.assertEqual(response.status_code, 404, bad)
        self.assertEqual(Wish.search([('registration_id', '=', reg_a.id)]), wish)
        # the schedule planned by the staff: A sees its meeting with B, wishes frozen
        event.action_ccis_generate_b2b_schedule()
        page = self.get(url, client_a).get_data(as_text=True)
        self.assertIn('o_ccis_b2b_schedule', page)
        self.assertIn('09:30', page)
        self.assertIn(self.member_b.name, page)
        self.assertIn('Le planning des rendez-vous de « B2B HTTP 2032 » est établi', page)
        response = self.post('%s/withdraw/%d' % (url, wish.id),
                             {'csrf_token': self.csrf('/my/events', client_a)}, client_a)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(wish.exists())
        page = self.get('/my/events/b2b/%d' % reg_b.id, client_b).get_data(as_text=True)
        self.assertIn(self.member_a.name, page)

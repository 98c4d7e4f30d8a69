from odoo.exceptions import ValidationError

from .common import CcisEventCommon


class TestRegistration(CcisEventCommon):
    """Attendees are members: the registration links the person and the member company."""

    @classmethod
    def setUpClass(cls):
        super(TestRegistration, cls).setUpClass()
        cls.seminar = cls._create_event('Séminaire test inscription', cls.type_seminar,
                                        action=cls.action, days=-3)
        cls.training = cls._create_event('Formation test inscription', cls.type_training,
                                         action=cls.action, days=-2)

    def test_person_links_member_company(self):
        registration = self._register(self.seminar, self.person_agro)
        self.assertEqual(registration.ccis_member_id, self.member_agro)
        self.assertEqual(registration.name, 'Rachid Test')
        self.assertEqual(registration.ccis_function, 'Directeur')
        self.assertEqual(registration.email, self.person_agro.email)
        self.assertEqual(registration.ccis_sector_id, self.sector_agro)

    def test_attendance_created_as_attended_stays_attended(self):
        """The event confirms new registrations itself; one created as attended (the
        attendance of a past event typed afterwards) keeps its state."""
        self.assertTrue(self.seminar.auto_confirm)
        self.assertEqual(self._register(self.seminar, self.person_agro).state, 'open')
        attended = self.Registration.create({
            'event_id': self.seminar.id, 'partner_id': self.person_trans.id, 'state': 'done'})
        self.assertEqual(attended.state, 'done')

    def test_stored_relations_for_grouping(self):
        registration = self._register(self.seminar, self.person_trans)
        self.assertEqual(registration.ccis_kind, 'seminar')
        self.assertEqual(registration.ccis_site_id, self.site_ho)
        self.assertEqual(registration.ccis_unit_id, self.unit_dap)
        self.assertEqual(registration.ccis_action_id, self.action)
        self.assertEqual(registration.ccis_event_date, self.seminar.date_begin)
        groups = self.Registration.read_group(
            [('event_id', '=', self.seminar.id)], ['ccis_kind'], ['ccis_kind'])
        self.assertEqual(groups[0]['ccis_kind'], 'seminar')

    def test_non_member_company_refused(self):
        stranger = self.env['res.partner'].create({'name': 'Société Non Ressortissante',
                                                   'is_company': True})
        with self.assertRaisesRegex(ValidationError, "n'est pas un ressortissant"):
            self.Registration.create({'event_id': self.seminar.id, 'name': 'Visiteur',
                                      'ccis_member_id': stranger.id})

    def test_member_form_counts_events_and_trainings(self):
        self._register(self.seminar, self.person_impex)
        self._register(self.training, self.person_impex)
        self.member_impex.invalidate_cache()
        self.assertEqual(self.member_impex.ccis_event_count, 2)
        self.assertEqual(self.member_impex.ccis_training_count, 1)
        self.assertEqual(len(self.member_impex.ccis_event_registration_ids), 2)

    def test_member_smart_button(self):
        action = self.member_agro.action_ccis_event_registrations()
        self.assertEqual(action['res_model'], 'event.registration')
        self.assertEqual(action['domain'], [('ccis_member_id', '=', self.member_agro.id)])

    def test_registering_the_company_itself(self):
        registration = self._register(self.seminar, self.member_other)
        self.assertEqual(registration.ccis_member_id, self.member_other)

    def test_onchange_person_sets_member(self):
        registration = self.Registration.new({'event_id': self.seminar.id,
                                              'partner_id': self.person_trans.id})
        registration._onchange_ccis_partner_id()
        self.assertEqual(registration.ccis_member_id, self.member_trans)
        self.assertEqual(registration.ccis_function, 'Gérante')

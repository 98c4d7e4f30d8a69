from odoo.exceptions import UserError, ValidationError

from ..tools.b2b_scheduler import Meeting, check_schedule
from .common import CcisB2bCommon


class TestB2b(CcisB2bCommon):
    """B2B meetings: wishes, the schedule without conflicts, agendas, outcomes."""

    @classmethod
    def setUpClass(cls):
        super(TestB2b, cls).setUpClass()
        cls.b2b = cls._create_event('Rencontres B2B test', cls.type_b2b, days=2,
                                    ccis_b2b_slot_count=3, ccis_b2b_table_count=2,
                                    ccis_b2b_slot_minutes=20, ccis_b2b_break_minutes=10)
        cls.reg_agro = cls._register(cls.b2b, cls.person_agro)
        cls.reg_trans = cls._register(cls.b2b, cls.person_trans)
        cls.reg_impex = cls._register(cls.b2b, cls.person_impex)
        cls.reg_other = cls._register(cls.b2b, cls.person_other)
        Wish = cls.env['ccis.b2b.wish']
        Wish.create({'registration_id': cls.reg_agro.id, 'kind': 'offer',
                     'sector_id': cls.sector_agro.id})
        Wish.create({'registration_id': cls.reg_agro.id, 'kind': 'seek',
                     'sector_id': cls.sector_trans.id, 'priority': '2'})
        Wish.create({'registration_id': cls.reg_trans.id, 'kind': 'offer',
                     'sector_id': cls.sector_trans.id})
        Wish.create({'registration_id': cls.reg_impex.id, 'kind': 'seek',
                     'sector_id': cls.sector_agro.id})
        Wish.create({'registration_id': cls.reg_other.id, 'kind': 'seek',
                     'target_registration_id': cls.reg_agro.id, 'priority': '3'})
        Wish.create({'registration_id': cls.reg_other.id, 'kind': 'seek',
                     'sector_id': cls.sector_trans.id})

    def _as_tuples(self, meetings):
        return [Meeting(m.slot, m.table - 1, m.registration_a_id.id, m.registration_b_id.id,
                        m.priority) for m in meetings]

    def test_schedule_from_wishes(self):
        self.b2b.action_ccis_generate_b2b_schedule()
        meetings = self.b2b.ccis_meeting_ids
        pairs = {frozenset((m.registration_a_id.id, m.registration_b_id.id)) for m in meetings}
        expected = {frozenset(p.ids) for p in (
            self.reg_agro | self.reg_trans, self.reg_impex | self.reg_agro,
            self.reg_other | self.reg_agro, self.reg_other | self.reg_trans)}
        self.assertEqual(pairs, expected)
        self.assertEqual(check_schedule(self._as_tuples(meetings), 3, 2), [])
        # the explicit target (priority 3) comes first
        first = meetings.filtered(lambda m: m.slot == 0)
        self.assertIn(frozenset((self.reg_other | self.reg_agro).ids),
                      {frozenset((m.registration_a_id | m.registration_b_id).ids)
                       for m in first})

    def test_slot_times(self):
        self.b2b.action_ccis_generate_b2b_schedule()
        second = self.b2b.ccis_meeting_ids.filtered(lambda m: m.slot == 1)[:1]
        self.assertTrue(second)
        self.assertEqual(second.slot_start[11:16], '08:30')
        self.assertEqual(second.slot_end[11:16], '08:50')

    def test_regenerate_keeps_held_meetings(self):
        self.b2b.action_ccis_generate_b2b_schedule()
        held = self.b2b.ccis_meeting_ids[0]
        held.action_held()
        self.b2b.action_ccis_generate_b2b_schedule()
        self.assertTrue(held.exists())
        meetings = self.b2b.ccis_meeting_ids
        self.assertEqual(len(meetings), 4)
        self.assertEqual(check_schedule(self._as_tuples(meetings), 3, 2), [])

    def test_schedule_only_for_b2b(self):
        seminar = self._create_event('Séminaire test B2B', self.type_seminar)
        with self.assertRaisesRegex(UserError, 'rencontres B2B'):
            seminar.action_ccis_generate_b2b_schedule()

    def test_double_booking_refused(self):
        Meeting_ = self.env['ccis.b2b.meeting']
        Meeting_.create({'event_id': self.b2b.id, 'slot': 0, 'table': 1,
                         'registration_a_id': self.reg_agro.id,
                         'registration_b_id': self.reg_trans.id})
        with self.assertRaisesRegex(ValidationError, 'déjà un rendez-vous dans ce créneau'):
            Meeting_.create({'event_id': self.b2b.id, 'slot': 0, 'table': 2,
                             'registration_a_id': self.reg_agro.id,
                             'registration_b_id': self.reg_impex.id})

    def test_wish_needs_sector_or_target(self):
        with self.assertRaisesRegex(ValidationError, 'indiquez un secteur'):
            self.env['ccis.b2b.wish'].create({'registration_id': self.reg_impex.id,
                                              'kind': 'offer'})

    def test_wish_cannot_target_itself(self):
        with self.assertRaisesRegex(ValidationError, 'elle-même'):
            self.env['ccis.b2b.wish'].create({
                'registration_id': self.reg_impex.id, 'kind': 'seek',
                'target_registration_id': self.reg_impex.id})

    def test_agenda_renders(self):
        self.b2b.action_ccis_generate_b2b_schedule()
        report = self.env.ref('ccis_b2b.ccis_event_b2b_agenda_report')
        html, _format = report.render_qweb_html(self.reg_agro.ids)
        html = html.decode('utf-8') if isinstance(html, bytes) else html
        self.assertIn("Agenda des rendez-vous d'affaires", html)
        self.assertIn('Transports Test Bouregreg', html)
        self.assertIn('Agrumes Test Export', html)
        self.assertEqual(self.reg_agro.ccis_meeting_count, 3)

    def test_print_all_agendas(self):
        with self.assertRaisesRegex(UserError, 'aucun rendez-vous planifié'):
            self.b2b.action_ccis_print_agendas()
        self.b2b.action_ccis_generate_b2b_schedule()
        action = self.b2b.action_ccis_print_agendas()
        self.assertEqual(action['report_name'], 'ccis_b2b.report_ccis_event_b2b_agenda')
        self.assertEqual(set(action['context']['active_ids']),
                         set((self.reg_agro | self.reg_trans | self.reg_impex
                              | self.reg_other).ids))


class TestB2bRandomised(CcisB2bCommon):
    """The schedule stored in the database, from random wishes over many participants."""

    def test_random_wishes_never_double_book(self):
        import random
        sectors = (self.sector_agro | self.sector_trans | self.sector_impex)
        people = [self._create_person('Personne aléatoire %s' % index,
                                      self._create_member('Entreprise aléatoire %s' % index,
                                                          sectors[index % 3]), 'Gérant')
                  for index in range(12)]
        for seed in range(4):
            rnd = random.Random(seed)
            event = self._create_event('B2B aléatoire %s' % seed, self.type_b2b, days=1,
                                       ccis_b2b_slot_count=rnd.randint(1, 6),
                                       ccis_b2b_table_count=rnd.randint(1, 4))
            registrations = [self._register(event, person) for person in people]
            Wish = self.env['ccis.b2b.wish']
            for registration in registrations:
                for _index in range(rnd.randint(0, 3)):
                    if rnd.random() < 0.3:
                        target = rnd.choice(registrations)
                        if target == registration:
                            continue
                        Wish.create({'registration_id': registration.id, 'kind': 'seek',
                                     'target_registration_id': target.id,
                                     'priority': rnd.choice('123')})
                    else:
                        Wish.create({'registration_id': registration.id,
                                     'kind': rnd.choice(['offer', 'seek']),
                                     'sector_id': rnd.choice(sectors).id,
                                     'priority': rnd.choice('123')})
            event.action_ccis_generate_b2b_schedule()
            meetings = event.ccis_meeting_ids
            tuples = [Meeting(m.slot, m.table - 1, m.registration_a_id.id,
                              m.registration_b_id.id, m.priority) for m in meetings]
            self.assertEqual(check_schedule(tuples, event.ccis_b2b_slot_count,
                                            event.ccis_b2b_table_count), [],
                             'seed %s' % seed)

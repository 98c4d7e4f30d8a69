from odoo.exceptions import AccessError

from .common import MediationCommon


class TestConfidentiality(MediationCommon):
    """Only the unit in charge, the director of its annex and the direction see a case, its
    parties, its neutrals and its hearings; another unit, the audit and the bureau do not, not
    even by id."""

    @classmethod
    def setUpClass(cls):
        super(TestConfidentiality, cls).setUpClass()
        cls.case = cls._started()
        cls.hearing = cls.env['calendar.event'].with_context(no_mail_to_attendees=True).create({
            'name': 'Audience test', 'ccis_mediation_case_id': cls.case.id,
            'start': '2031-04-02 09:00:00', 'stop': '2031-04-02 11:00:00', 'duration': 2.0,
            'partner_ids': [(6, 0, cls.bureau.partner_id.ids)]})
        cls.meeting = cls.env['calendar.event'].create({
            'name': 'Réunion ordinaire test', 'start': '2031-04-03 09:00:00',
            'stop': '2031-04-03 10:00:00', 'duration': 1.0})
        cls.annex_case = cls._registered(user=cls.staff_annex, unit=cls.unit_annex_dap)

    def _assert_cannot_read(self, user, case):
        Case = self.Case.sudo(user)
        with self.assertRaises(AccessError):
            Case.browse(case.id).read(['subject'])
        try:
            found = Case.search_read([('id', '=', case.id)], ['subject'])
        except AccessError:
            found = []
        self.assertFalse(found)
        try:
            names = Case.name_search(case.name)
        except AccessError:
            names = []
        self.assertFalse(names)
        for records in (case.party_ids, case.arbitrator_ids, case.hearing_ids):
            if not records:
                continue
            with self.assertRaises(AccessError):
                records.sudo(user).read(['id' if records._name == 'calendar.event'
                                         else 'sequence'])

    def test_unit_in_charge_reads(self):
        for user in (self.staff, self.manager):
            case = self.case.sudo(user)
            self.assertEqual(case.read(['subject'])[0]['subject'], self.case.subject)
            self.assertEqual(len(case.party_ids.read(['side'])), 2)
            self.assertEqual(case.hearing_ids, self.hearing)
            self.assertEqual(case.hearing_count, 1)
            self.assertEqual(self.Case.sudo(user).name_search(self.case.name)[0][0],
                             self.case.id)

    def test_other_unit_audit_bureau_cannot_read(self):
        for user in (self.staff_src, self.auditor, self.bureau, self.staff_annex):
            with self.subTest(user=user.login):
                self._assert_cannot_read(user, self.case)

    def test_hearing_hidden_even_from_an_attendee(self):
        # the president is an attendee of the hearing: the event stays hidden from him
        Event = self.env['calendar.event'].sudo(self.bureau)
        self.assertFalse(Event.search([('id', '=', self.hearing.id)]))
        with self.assertRaises(AccessError):
            Event.browse(self.hearing.id).read(['name'])
        # other events keep calendar's rules
        self.assertEqual(Event.search([('id', '=', self.meeting.id)]), self.meeting)

    def test_documents_and_messages_follow_the_case(self):
        attachment = self.env['ir.attachment'].create({
            'name': 'Mémoire en défense.pdf', 'datas_fname': 'memoire.pdf',
            'res_model': self.case._name, 'res_id': self.case.id})
        message = self.case.message_post(body='Pièce communiquée au tribunal')
        for user in (self.staff_src, self.auditor):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    attachment.sudo(user).read(['name'])
                with self.assertRaises(AccessError):
                    message.sudo(user).read(['body'])
        self.assertEqual(attachment.sudo(self.staff).read(['name'])[0]['name'],
                         'Mémoire en défense.pdf')

    def test_annex_director_sees_the_annex_only(self):
        Case = self.Case.sudo(self.annex_director)
        self.assertEqual(Case.search([('id', 'in', (self.case | self.annex_case).ids)]),
                         self.annex_case)
        self._assert_cannot_read(self.annex_director, self.case)

    def test_direction_sees_all(self):
        Case = self.Case.sudo(self.direction)
        self.assertEqual(Case.search([('id', 'in', (self.case | self.annex_case).ids)]),
                         self.case | self.annex_case)
        self.assertEqual(self.hearing.sudo(self.direction).read(['name'])[0]['name'],
                         'Audience test')

    def test_other_unit_cannot_create_in_the_unit(self):
        with self.assertRaises(AccessError):
            self._case(user=self.staff_src, unit=self.unit_dap)

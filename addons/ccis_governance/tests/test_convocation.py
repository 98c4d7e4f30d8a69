from odoo.exceptions import UserError

from .common import GovernanceCommon


class TestConvocation(GovernanceCommon):

    def setUp(self):
        super(TestConvocation, self).setUp()
        self.meeting = self._create_meeting(items=2)

    def _mails(self):
        return self.env['mail.mail'].search([
            ('model', '=', 'ccis.meeting.attendee'),
            ('res_id', 'in', self.meeting.attendee_ids.ids)])

    def test_one_mail_per_member_with_agenda(self):
        self.meeting.action_convene()
        mails = self._mails()
        self.assertEqual(len(mails), 6)
        self.assertEqual(mails.mapped('recipient_ids'), self.partners)
        for mail in mails:
            self.assertEqual(len(mail.attachment_ids), 1)
            self.assertTrue(mail.attachment_ids.name.startswith('Ordre du jour'))
            self.assertTrue(mail.attachment_ids.name.endswith('.pdf'))
            self.assertIn('Point 1', mail.body_html)
            self.assertIn('Convocation', mail.subject)

    def test_sending_recorded(self):
        self.meeting.action_convene()
        self.assertEqual(self.meeting.state, 'convened')
        self.assertTrue(self.meeting.convocation_date)
        self.assertTrue(all(self.meeting.attendee_ids.mapped('convocation_sent')))
        self.assertTrue(all(self.meeting.attendee_ids.mapped('convocation_sent_date')))

    def test_calendar_event_created(self):
        self.meeting.action_convene()
        event = self.meeting.calendar_event_id
        self.assertTrue(event)
        self.assertEqual(event.partner_ids, self.partners)
        self.assertEqual(event.res_model, 'ccis.meeting')
        self.assertEqual(event.res_id, self.meeting.id)

    def test_resend_only_to_members_not_convened(self):
        self.meeting.action_convene()
        new_partner = self.env['res.partner'].create({'name': 'Rachida Ouali',
                                                      'email': 'ouali@example.ma'})
        member = self.env['ccis.organ.member'].create({
            'organ_id': self.bureau.id, 'partner_id': new_partner.id,
            'date_start': '2026-01-01'})
        self.meeting.action_load_members()
        self.meeting.action_send_convocation()
        mails = self._mails()
        self.assertEqual(len(mails), 7)
        self.assertEqual(mails.filtered(lambda m: new_partner in m.recipient_ids).res_id,
                         self.meeting.attendee_ids.filtered(
                             lambda a: a.member_id == member).id)

    def test_member_without_email_listed(self):
        self.partners[5].email = False
        self.meeting.action_convene()
        self.assertEqual(len(self._mails()), 5)
        line = self.meeting.attendee_ids.filtered(lambda a: a.partner_id == self.partners[5])
        self.assertFalse(line.convocation_sent)
        self.assertIn('Imane Lazrak', self.meeting.message_ids[0].body)

    def test_empty_agenda_refused(self):
        self.meeting.item_ids.unlink()
        with self.assertRaisesRegex(UserError, "l'ordre du jour est vide"):
            self.meeting.action_convene()

    def test_convene_by_department_user(self):
        meeting = self.meeting.sudo(self.ri_user)
        meeting.action_convene()
        self.assertEqual(len(self._mails()), 6)

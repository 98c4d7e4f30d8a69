from odoo.exceptions import UserError, ValidationError

from .common import CorrespondenceCommon


class TestReply(CorrespondenceCommon):

    def test_reply_answers_and_delay(self):
        request = self._registered(date='2031-12-20', answer_expected=True,
                                   date_due='2032-01-15', user_id=self.staff.id)
        request.action_assign()
        action = request.action_create_reply()
        reply = self.Correspondence.sudo(self.staff).browse(action['res_id'])
        self.assertEqual(request.reply_id, reply)
        self.assertEqual(reply.answered_ids, request)
        self.assertEqual(reply.direction, 'outgoing')
        self.assertEqual(reply.partner_id, self.wilaya)
        self.assertEqual(request.answer_delay, 0, 'no delay while the reply is a draft')
        reply.date = '2032-01-06'
        reply.action_register()
        self.assertEqual(reply.name, 'DEP/2032/0001')
        self.assertEqual(request.state, 'answered')
        self.assertEqual(request.date_answered, '2032-01-06')
        self.assertEqual(request.answer_delay, 17)
        grouped = self.Correspondence.sudo(self.direction).read_group(
            [('id', '=', request.id)], ['unit_id', 'answer_delay'], ['unit_id'])
        self.assertEqual(grouped[0]['answer_delay'], 17)

    def test_mark_answered_needs_registered_reply(self):
        request = self._registered(answer_expected=True, date_due='2031-04-01')
        with self.assertRaisesRegex(UserError, 'Réponse'):
            request.action_mark_answered()
        reply = self._registered(direction='outgoing', date='2031-03-09')
        request.reply_id = reply
        request.action_mark_answered()
        self.assertEqual(request.state, 'answered')
        self.assertEqual(request.answer_delay, 7)

    def test_reply_must_be_outgoing(self):
        other = self._item(date='2031-03-03')
        with self.assertRaisesRegex(ValidationError, 'courrier départ'):
            self._item(reply_id=other.id)

    def test_reply_found_by_number_or_subject(self):
        reply = self._registered(direction='outgoing', date='2031-08-01',
                                 subject='Transmission du programme')
        Correspondence = self.Correspondence.sudo(self.staff)
        self.assertIn((reply.id, '%s – Transmission du programme' % reply.name),
                      Correspondence.name_search(reply.name))
        self.assertIn(reply.id, [found for found, _label in
                                 Correspondence.name_search('Transmission du prog')])

    def test_partner_shows_its_mail(self):
        self._registered(date='2031-08-02')
        self._registered(direction='outgoing', date='2031-08-03')
        partner = self.wilaya.sudo(self.staff)
        self.assertEqual(partner.ccis_correspondence_count, 2)
        action = partner.action_view_ccis_correspondence()
        self.assertEqual(self.Correspondence.sudo(self.staff).search(action['domain']),
                         self.Correspondence.search([('partner_id', '=', self.wilaya.id)]))

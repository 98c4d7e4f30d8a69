import datetime

from odoo import fields
from odoo.exceptions import AccessError, UserError

from .common import MemberCase


class TestRequest(MemberCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Request = cls.env['ccis.member.request']
        cls.category = cls.env.ref('ccis_member.ccis_member_request_category_fiscal')
        cls.unit_info = cls.env.ref('ccis_base.ccis_unit_information_communication_demo')
        cls.unit_appui = cls.env.ref('ccis_base.ccis_unit_appui_promotion_demo')

    def _request(self, **vals):
        values = {'partner_id': self.member_rabat.id, 'category_id': self.category.id,
                  'subject': 'Question sur la TVA', 'channel': 'phone',
                  'unit_id': self.unit_info.id}
        values.update(vals)
        return self.Request.create(values)

    def test_reference_from_sequence(self):
        self.assertTrue(self._request().name.startswith('DEM/'))

    def test_workflow_new_assigned_answered_closed(self):
        request = self._request()
        request.action_assign()
        self.assertEqual(request.state, 'assigned')
        request.answer = 'Exonération avec droit à déduction (article 92 du CGI).'
        request.action_answer()
        self.assertEqual(request.state, 'answered')
        self.assertEqual(request.answer_date, fields.Date.context_today(request))
        request.action_close()
        self.assertEqual(request.state, 'closed')

    def test_answer_required(self):
        request = self._request()
        with self.assertRaisesRegex(UserError, "saisissez la réponse"):
            request.action_answer()

    def test_assign_requires_unit(self):
        request = self._request(unit_id=False)
        with self.assertRaisesRegex(UserError, "choisissez l'unité"):
            request.action_assign()

    def test_reject_requires_reason(self):
        request = self._request()
        with self.assertRaisesRegex(UserError, "motif du rejet"):
            request.action_reject()
        request.reject_reason = 'Hors compétence de la chambre.'
        request.action_reject()
        self.assertEqual(request.state, 'rejected')

    def test_cannot_close_unanswered(self):
        with self.assertRaisesRegex(UserError, "impossible à l'état « Nouvelle »"):
            self._request().action_close()

    def test_overdue_flag_and_search(self):
        past = fields.Date.to_string(datetime.date.today() - datetime.timedelta(days=2))
        late = self._request(deadline=past)
        self.assertTrue(late.is_overdue)
        on_time = self._request(deadline=fields.Date.to_string(
            datetime.date.today() + datetime.timedelta(days=5)))
        self.assertFalse(on_time.is_overdue)
        found = self.Request.search([('is_overdue', '=', True),
                                     ('id', 'in', (late | on_time).ids)])
        self.assertEqual(found, late)
        late.answer = 'Réponse'
        late.action_answer()
        self.assertFalse(late.is_overdue)

    def test_counts_per_unit_and_category(self):
        self._request()
        self._request(unit_id=self.unit_appui.id)
        groups = self.Request.read_group(
            [('partner_id', '=', self.member_rabat.id)], ['unit_id', 'category_id'],
            ['unit_id', 'category_id'], lazy=False)
        counts = {g['unit_id'][0]: g['__count'] for g in groups}
        self.assertEqual(counts, {self.unit_info.id: 1, self.unit_appui.id: 1})

    def test_request_counts_as_member_activity(self):
        member = self.create_member(name='Demandeur', ccis_last_activity_date='2020-01-01')
        self._request(partner_id=member.id)
        self.assertEqual(member.ccis_last_activity_date, fields.Date.context_today(member))

    def test_staff_sees_requests_of_its_units_only(self):
        own = self._request(unit_id=self.unit_appui.id)
        other = self._request(unit_id=self.unit_info.id)
        visible = self.Request.sudo(self.user_agent).search([('id', 'in', (own | other).ids)])
        self.assertEqual(visible, own)

    def test_staff_cannot_edit_other_unit_request(self):
        other = self._request(unit_id=self.unit_info.id)
        with self.assertRaises(AccessError):
            other.sudo(self.user_agent).write({'subject': 'X'})

    def test_audit_reads_all_requests_read_only(self):
        request = self._request()
        self.assertEqual(request.sudo(self.user_audit).subject, 'Question sur la TVA')
        with self.assertRaises(AccessError):
            request.sudo(self.user_audit).write({'subject': 'X'})

from odoo.exceptions import UserError, ValidationError

from .common import GovernanceCommon


class TestQuorum(GovernanceCommon):

    def setUp(self):
        super(TestQuorum, self).setUp()
        self.meeting = self._create_meeting()
        self.meeting.state = 'convened'

    def test_attendance_sheet_loaded_from_members(self):
        self.assertEqual(self.meeting.attendee_ids.mapped('member_id'), self.members)
        self.assertEqual(self.meeting.member_count, 6)

    def test_share_more_than_half(self):
        self._set_attendance(self.meeting, ['present'] * 3 + ['absent'] * 3)
        self.assertEqual(self.meeting.quorum_required, 4)
        self.assertEqual(self.meeting.quorum_counted, 3)
        self.assertFalse(self.meeting.quorum_reached)
        self._set_attendance(self.meeting, ['present'] * 4 + ['excused'] * 2)
        self.assertTrue(self.meeting.quorum_reached)

    def test_proxies_counted(self):
        self._set_attendance(self.meeting, ['present'] * 3 + [('proxy', 0), 'absent', 'absent'])
        self.assertEqual(self.meeting.represented_count, 1)
        self.assertEqual(self.meeting.quorum_counted, 4)
        self.assertTrue(self.meeting.quorum_reached)

    def test_proxies_not_counted(self):
        self.bureau.quorum_count_proxies = False
        self._set_attendance(self.meeting, ['present'] * 3 + [('proxy', 0), 'absent', 'absent'])
        self.assertEqual(self.meeting.quorum_counted, 3)
        self.assertFalse(self.meeting.quorum_reached)

    def test_consultative_member_not_counted(self):
        self.members[5].voting = False
        self.assertEqual(self.meeting.member_count, 5)
        self.assertEqual(self.meeting.quorum_required, 3)

    def test_hold_without_quorum_refused(self):
        self._set_attendance(self.meeting, ['present'] * 2 + ['absent'] * 4)
        with self.assertRaisesRegex(UserError, "le quorum n'est pas atteint"):
            self.meeting.action_hold()
        self.assertEqual(self.meeting.state, 'convened')

    def test_hold_with_quorum(self):
        self._set_attendance(self.meeting, ['present'] * 4 + ['absent'] * 2)
        self.meeting.action_hold()
        self.assertEqual(self.meeting.state, 'held')

    def test_second_convocation(self):
        self._set_attendance(self.meeting, ['present'] * 2 + ['absent'] * 4)
        action = self.meeting.action_second_convocation()
        second = self.env['ccis.meeting'].browse(action['res_id'])
        self.assertEqual(self.meeting.state, 'cancelled')
        self.assertTrue(self.meeting.no_quorum)
        self.assertEqual(second.convocation_number, 'second')
        self.assertEqual(second.previous_meeting_id, self.meeting)
        self.assertEqual(second.date[:10], '2026-03-19')
        self.assertEqual(len(second.item_ids), 1)
        self.assertEqual(len(second.attendee_ids), 6)
        # second convocation: the organ's second quorum (0 = no quorum) applies
        second.state = 'convened'
        self._set_attendance(second, ['present'] * 2 + ['absent'] * 4)
        self.assertEqual(second.quorum_required, 0)
        second.action_hold()
        self.assertEqual(second.state, 'held')

    def test_second_convocation_with_its_own_quorum(self):
        self.bureau.second_quorum_share = 33.0
        self._set_attendance(self.meeting, ['present'] + ['absent'] * 5)
        second = self.env['ccis.meeting'].browse(
            self.meeting.action_second_convocation()['res_id'])
        second.state = 'convened'
        self._set_attendance(second, ['present'] + ['absent'] * 5)
        self.assertEqual(second.quorum_required, 2)
        with self.assertRaises(UserError):
            second.action_hold()

    def test_second_convocation_refused_with_quorum(self):
        self._set_attendance(self.meeting, ['present'] * 5 + ['absent'])
        with self.assertRaisesRegex(UserError, 'deuxième convocation'):
            self.meeting.action_second_convocation()

    def test_proxy_holder_must_be_present(self):
        lines = self._set_attendance(self.meeting, ['present'] * 3 + ['absent'] * 3)
        with self.assertRaisesRegex(ValidationError, 'doit être un membre présent'):
            lines[4].write({'attendance': 'proxy', 'proxy_holder_id': lines[5].member_id.id})

    def test_proxy_limit_per_holder(self):
        lines = self._set_attendance(
            self.meeting, ['present'] * 3 + [('proxy', 0)] + ['absent'] * 2)
        with self.assertRaisesRegex(ValidationError, 'procuration'):
            lines[4].write({'attendance': 'proxy', 'proxy_holder_id': lines[0].member_id.id})

    def test_proxy_holder_cannot_leave(self):
        lines = self._set_attendance(
            self.meeting, ['present'] * 3 + [('proxy', 0)] + ['absent'] * 2)
        with self.assertRaisesRegex(ValidationError, 'doit donc être présent'):
            lines[0].attendance = 'excused'

    def test_proxy_requires_holder(self):
        lines = self.meeting.attendee_ids
        with self.assertRaisesRegex(ValidationError, 'indiquez le mandataire'):
            lines[0].write({'attendance': 'proxy'})

    def test_quorum_share_range(self):
        with self.assertRaisesRegex(ValidationError, 'entre 0 et 100'):
            self.bureau.quorum_share = 120

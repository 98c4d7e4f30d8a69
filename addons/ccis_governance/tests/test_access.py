from odoo.exceptions import AccessError

from .common import GovernanceCommon


class TestAccess(GovernanceCommon):

    @classmethod
    def setUpClass(cls):
        super(TestAccess, cls).setUpClass()
        cls.bureau_meeting = cls._held_meeting(organ=cls.bureau)
        cls.committee_meeting = cls._held_meeting(organ=cls.committee)
        Decision = cls.env['ccis.decision']
        cls.bureau_decision = Decision.create({
            'meeting_id': cls.bureau_meeting.id, 'name': 'Décision du bureau',
            'responsible_unit_id': cls.unit_ri.id})
        cls.committee_decision = Decision.create({
            'meeting_id': cls.committee_meeting.id, 'name': 'Recommandation de la commission',
            'kind': 'recommendation', 'responsible_unit_id': cls.unit_ap.id})
        cls.bureau_minutes = cls.env['ccis.minutes'].create({
            'meeting_id': cls.bureau_meeting.id})

    def _visible(self, user, model):
        return self.env[model].sudo(user).search([])

    def test_department_user_edits(self):
        meeting = self.bureau_meeting.sudo(self.ri_user)
        meeting.write({'place': 'Salle du conseil'})
        self.assertEqual(meeting.place, 'Salle du conseil')
        new = self.env['ccis.meeting'].sudo(self.ri_user).create({
            'organ_id': self.bureau.id, 'date': '2026-05-05 09:00:00'})
        self.assertEqual(new.unit_id, self.unit_ri)
        self.bureau_minutes.sudo(self.ri_user).write({'body': '<p>Projet</p>'})

    def test_other_unit_user_sees_nothing(self):
        self.assertNotIn(self.bureau_meeting, self._visible(self.ap_user, 'ccis.meeting'))
        with self.assertRaises(AccessError):
            self.bureau_meeting.sudo(self.ap_user).read(['name'])

    def test_responsible_unit_follows_its_decisions(self):
        decisions = self._visible(self.ap_user, 'ccis.decision')
        self.assertIn(self.committee_decision, decisions)
        self.assertNotIn(self.bureau_decision, decisions)
        self.committee_decision.sudo(self.ap_user).write({'progress': 40})
        self.assertEqual(self.committee_decision.progress, 40)

    def test_direction_sees_and_edits_all(self):
        meetings = self._visible(self.direction_user, 'ccis.meeting')
        self.assertIn(self.bureau_meeting, meetings)
        self.assertIn(self.committee_meeting, meetings)
        self.committee_meeting.sudo(self.direction_user).write({'place': 'Kénitra'})

    def test_bureau_group_reads_all_read_only(self):
        self.assertIn(self.committee_decision, self._visible(self.bureau_user, 'ccis.decision'))
        with self.assertRaises(AccessError):
            self.bureau_meeting.sudo(self.bureau_user).write({'place': 'Ailleurs'})

    def test_elected_reads_own_organ(self):
        user = self.elected_user
        self.assertEqual(self._visible(user, 'ccis.meeting'), self.bureau_meeting)
        self.assertEqual(self._visible(user, 'ccis.minutes'), self.bureau_minutes)
        self.assertEqual(self._visible(user, 'ccis.meeting.attendee'),
                         self.bureau_meeting.attendee_ids)
        self.bureau_meeting.sudo(user).read(['name', 'quorum_reached', 'item_ids'])

    def test_elected_reads_followed_recommendations(self):
        # the bureau follows the committee's recommendations
        decisions = self._visible(self.elected_user, 'ccis.decision')
        self.assertIn(self.bureau_decision, decisions)
        self.assertIn(self.committee_decision, decisions)
        committee_view = self._visible(self.committee_elected_user, 'ccis.decision')
        self.assertEqual(committee_view, self.committee_decision)

    def test_elected_cannot_read_other_organ(self):
        self.assertNotIn(self.committee_meeting,
                         self._visible(self.elected_user, 'ccis.meeting'))
        with self.assertRaises(AccessError):
            self.committee_meeting.sudo(self.elected_user).read(['name'])

    def test_elected_cannot_write(self):
        with self.assertRaises(AccessError):
            self.bureau_meeting.sudo(self.elected_user).write({'place': 'Ailleurs'})
        with self.assertRaises(AccessError):
            self.bureau_decision.sudo(self.elected_user).write({'progress': 10})
        with self.assertRaises(AccessError):
            self.env['ccis.meeting'].sudo(self.elected_user).create({
                'organ_id': self.bureau.id, 'date': '2026-05-05 09:00:00'})

    def test_elected_group_implies_internal_user(self):
        self.assertTrue(self.elected_user.has_group('base.group_user'))

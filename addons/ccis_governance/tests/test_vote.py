from odoo.exceptions import ValidationError

from .common import GovernanceCommon


class TestVote(GovernanceCommon):

    @classmethod
    def setUpClass(cls):
        super(TestVote, cls).setUpClass()
        cls.meeting = cls._held_meeting()
        cls.item = cls.meeting.item_ids

    def _vote(self, votes_for, against, abstain, president=None, item=None):
        item = item or self.item
        item.write({'vote_required': True, 'votes_for': votes_for, 'votes_against': against,
                    'votes_abstain': abstain, 'president_vote': president})
        return item.outcome

    def test_no_vote(self):
        self.assertEqual(self.item.outcome, 'none')

    def test_absolute_majority(self):
        self.assertEqual(self._vote(4, 1, 1), 'adopted')
        self.assertEqual(self._vote(3, 1, 2), 'rejected')

    def test_unanimous(self):
        self._vote(6, 0, 0)
        self.assertTrue(self.item.unanimous)

    def test_tie_president_prevails(self):
        self.assertEqual(self._vote(2, 2, 2, president='for'), 'adopted')
        self.assertTrue(self.item.is_tie)
        self.assertEqual(self._vote(2, 2, 2, president='against'), 'rejected')

    def test_tie_rejected_by_organ_rule(self):
        self.bureau.tie_rule = 'rejected'
        self.assertEqual(self._vote(3, 3, 0, president='for'), 'rejected')

    def test_organ_majority_rule_change_recomputes(self):
        self._vote(3, 2, 1)
        self.assertEqual(self.item.outcome, 'rejected')
        self.bureau.majority_rule = 'simple'
        self.assertEqual(self.item.outcome, 'adopted')

    def test_more_votes_than_members_refused(self):
        with self.assertRaisesRegex(ValidationError, 'voix exprimées'):
            self._vote(5, 2, 0)

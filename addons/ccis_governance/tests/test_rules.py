"""The pure quorum and vote rules, without the database."""
import unittest

from odoo.addons.ccis_governance.tools import rules


class TestQuorumRule(unittest.TestCase):

    def test_more_than_half(self):
        self.assertEqual(rules.required_quorum(6, 50, strict=True), 4)
        self.assertEqual(rules.required_quorum(7, 50, strict=True), 4)

    def test_at_least_half(self):
        self.assertEqual(rules.required_quorum(6, 50, strict=False), 3)
        self.assertEqual(rules.required_quorum(7, 50, strict=False), 4)

    def test_two_thirds(self):
        self.assertEqual(rules.required_quorum(9, 200.0 / 3, strict=False), 6)
        self.assertEqual(rules.required_quorum(10, 200.0 / 3, strict=False), 7)

    def test_no_quorum_share(self):
        self.assertEqual(rules.required_quorum(30, 0), 0)
        self.assertTrue(rules.compute_quorum(30, 0, share=0).reached)

    def test_proxies_counted(self):
        result = rules.compute_quorum(6, 3, 1, share=50, count_proxies=True, strict=True)
        self.assertEqual(result, rules.QuorumResult(4, 4, True))

    def test_proxies_not_counted(self):
        result = rules.compute_quorum(6, 3, 1, share=50, count_proxies=False, strict=True)
        self.assertEqual(result, rules.QuorumResult(4, 3, False))

    def test_invalid_share(self):
        with self.assertRaises(ValueError):
            rules.required_quorum(6, 120)


class TestVoteRule(unittest.TestCase):

    def test_simple_majority_ignores_abstentions(self):
        self.assertEqual(rules.vote_outcome(3, 2, 10, majority=rules.MAJORITY_SIMPLE),
                         rules.ADOPTED)

    def test_absolute_majority_counts_abstentions(self):
        self.assertEqual(rules.vote_outcome(3, 2, 2, majority=rules.MAJORITY_ABSOLUTE),
                         rules.REJECTED)
        self.assertEqual(rules.vote_outcome(4, 2, 1, majority=rules.MAJORITY_ABSOLUTE),
                         rules.ADOPTED)

    def test_two_thirds(self):
        self.assertEqual(rules.vote_outcome(6, 3, 0, majority=rules.MAJORITY_TWO_THIRDS),
                         rules.ADOPTED)
        self.assertEqual(rules.vote_outcome(5, 3, 0, majority=rules.MAJORITY_TWO_THIRDS),
                         rules.REJECTED)

    def test_tie_president_for(self):
        self.assertEqual(rules.vote_outcome(2, 2, 1, tie_rule=rules.TIE_PRESIDENT,
                                            president_vote='for'), rules.ADOPTED)

    def test_tie_president_against(self):
        self.assertEqual(rules.vote_outcome(2, 2, 0, tie_rule=rules.TIE_PRESIDENT,
                                            president_vote='against'), rules.REJECTED)

    def test_tie_rejected_rule(self):
        self.assertEqual(rules.vote_outcome(3, 3, 0, tie_rule=rules.TIE_REJECTED,
                                            president_vote='for'), rules.REJECTED)

    def test_no_vote_for_is_rejected(self):
        self.assertEqual(rules.vote_outcome(0, 0, 5), rules.REJECTED)

    def test_negative_votes(self):
        with self.assertRaises(ValueError):
            rules.vote_outcome(-1, 0, 0)

import unittest

from ..tools import satisfaction


class TestSatisfaction(unittest.TestCase):
    """Satisfaction scores from survey marks (plain Python)."""

    def test_score_is_mean_of_positive_marks(self):
        self.assertEqual(satisfaction.score_from_marks([5, 4, 0, 3]), 4.0)

    def test_score_bounded(self):
        self.assertEqual(satisfaction.score_from_marks([9, 7]), 5.0)

    def test_no_mark_no_score(self):
        self.assertIsNone(satisfaction.score_from_marks([0, -1]))
        self.assertIsNone(satisfaction.mean([None, None]))

    def test_rate(self):
        self.assertEqual(satisfaction.rate(4.25), 85.0)
        self.assertIsNone(satisfaction.rate(None))

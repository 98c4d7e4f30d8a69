"""The pure KPI functions, without the database."""
import datetime
import unittest

from odoo.addons.ccis_activity.tools import kpi


class TestAggregate(unittest.TestCase):

    VALUES = [('2024-03-31', 10.0), ('2024-01-31', 4.0), ('2024-02-29', 7.0)]

    def test_sum_adds_every_value(self):
        self.assertEqual(kpi.aggregate(self.VALUES, 'sum'), 21.0)

    def test_average_is_the_mean_of_the_values(self):
        self.assertAlmostEqual(kpi.aggregate(self.VALUES, 'average'), 7.0)

    def test_last_takes_the_latest_date_not_the_last_given(self):
        values = [('2024-06-30', 45.0), ('2024-03-31', 20.0)]
        self.assertEqual(kpi.aggregate(values, 'last'), 45.0)

    def test_last_on_equal_dates_takes_the_one_given_last(self):
        values = [('2024-06-30', 45.0), ('2024-06-30', 50.0)]
        self.assertEqual(kpi.aggregate(values, 'last'), 50.0)

    def test_no_value_gives_none(self):
        for method in kpi.AGGREGATIONS:
            self.assertIsNone(kpi.aggregate([], method))
            self.assertIsNone(kpi.aggregate([('2024-01-01', None)], method))

    def test_unknown_method_is_refused(self):
        with self.assertRaises(ValueError):
            kpi.aggregate(self.VALUES, 'median')

    def test_aggregate_targets_follow_the_method(self):
        self.assertEqual(kpi.aggregate_targets([100, 100, 50], 'sum'), 250.0)
        self.assertAlmostEqual(kpi.aggregate_targets([80, 90], 'average'), 85.0)
        self.assertEqual(kpi.aggregate_targets([30, 60, 90], 'last'), 90.0)


class TestTargets(unittest.TestCase):

    def test_split_of_a_summed_target_adds_up_to_the_year(self):
        targets = kpi.split_target(100, 12, 'sum')
        self.assertEqual(len(targets), 12)
        self.assertAlmostEqual(sum(targets), 100.0)
        self.assertEqual(targets[0], 8.33)
        self.assertEqual(targets[-1], 8.37)

    def test_split_of_a_level_keeps_it_each_period(self):
        self.assertEqual(kpi.split_target(80, 4, 'average'), [80.0] * 4)
        self.assertEqual(kpi.split_target(100, 4, 'last'), [100.0] * 4)

    def test_split_over_no_period_is_empty(self):
        self.assertEqual(kpi.split_target(100, 0, 'sum'), [])

    def test_combine_adds_sums_and_averages_levels(self):
        self.assertEqual(kpi.combine([400, 200], 'sum'), 600.0)
        self.assertEqual(kpi.combine([80, 90, None], 'average'), 85.0)
        self.assertEqual(kpi.combine([40, 60], 'last'), 50.0)
        self.assertIsNone(kpi.combine([None], 'sum'))


class TestRate(unittest.TestCase):

    def test_higher_is_better_rate_is_realised_over_target(self):
        self.assertAlmostEqual(kpi.achievement_rate(280, 400), 70.0)
        self.assertAlmostEqual(kpi.achievement_rate(None, 400), 0.0)

    def test_lower_is_better_rate_is_target_over_realised(self):
        self.assertAlmostEqual(kpi.achievement_rate(10, 5, 'lower'), 50.0)
        self.assertAlmostEqual(kpi.achievement_rate(4, 5, 'lower'), 125.0)
        self.assertEqual(kpi.achievement_rate(0, 5, 'lower'), 100.0)
        self.assertIsNone(kpi.achievement_rate(None, 5, 'lower'))

    def test_no_target_gives_no_rate(self):
        self.assertIsNone(kpi.achievement_rate(10, 0))
        self.assertIsNone(kpi.achievement_rate(10, None))

    def test_colour_follows_the_thresholds(self):
        self.assertEqual(kpi.rate_colour(95.0), 'success')
        self.assertEqual(kpi.rate_colour(90.0), 'success')
        self.assertEqual(kpi.rate_colour(75.0), 'warning')
        self.assertEqual(kpi.rate_colour(59.9), 'danger')
        self.assertEqual(kpi.rate_colour(None), 'none')
        self.assertEqual(kpi.rate_colour(75.0, warning=80, success=100), 'danger')

    def test_evolution_against_the_previous_year(self):
        self.assertAlmostEqual(kpi.evolution(370, 250), 48.0)
        self.assertIsNone(kpi.evolution(370, 0))
        self.assertIsNone(kpi.evolution(None, 250))


class TestPeriods(unittest.TestCase):

    def test_quarters_cover_the_year(self):
        quarters = kpi.period_bounds(2024, 'quarter')
        self.assertEqual([q[1] for q in quarters], ['T1 2024', 'T2 2024', 'T3 2024', 'T4 2024'])
        self.assertEqual(quarters[0][2:], (datetime.date(2024, 1, 1), datetime.date(2024, 3, 31)))
        self.assertEqual(quarters[3][3], datetime.date(2024, 12, 31))

    def test_months_know_leap_years(self):
        months = kpi.period_bounds(2024, 'month')
        self.assertEqual(len(months), 12)
        self.assertEqual(months[1][1], 'févr. 2024')
        self.assertEqual(months[1][3], datetime.date(2024, 2, 29))

    def test_unknown_period_type_is_refused(self):
        with self.assertRaises(ValueError):
            kpi.period_bounds(2024, 'week')


class TestFormat(unittest.TestCase):

    def test_french_figures(self):
        self.assertEqual(kpi.format_figure(1234567.5), '1 234 567,5')
        self.assertEqual(kpi.format_figure(70.0), '70')
        self.assertEqual(kpi.format_figure(61.666666, 1), '61,7')
        self.assertEqual(kpi.format_figure(None), '–')
        self.assertEqual(kpi.format_figure(-0.001), '0')

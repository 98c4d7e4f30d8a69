"""The pure functions of the indicator engine and of the KPIs, without the database."""
import datetime
import doctest
import unittest

from odoo.addons.ccis_activity.tools import chart, indicator, kpi


class TestDoctests(unittest.TestCase):
    """The examples in the docstrings of the pure modules are tests too."""

    def test_tools_doctests_pass(self):
        for module in (indicator, kpi, chart):
            failed, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
            self.assertTrue(attempted, '%s has no doctest' % module.__name__)
            self.assertEqual(failed, 0, '%s: %d doctest(s) failed' % (module.__name__, failed))


def _ratio(numerator, denominator, date=None, parts=('count', 'count')):
    return indicator.Figure('ratio', numerator, denominator, date, parts)


class TestFiguresOverTime(unittest.TestCase):
    """One line's periods combined into the figure of a range."""

    def test_counts_and_sums_add(self):
        figures = [indicator.Figure('count', 4), indicator.Figure('count', 7), None]
        self.assertEqual(indicator.over_time(figures).value, 11.0)
        self.assertEqual(indicator.over_time([indicator.Figure('sum', 2.5),
                                              indicator.Figure('sum', 1.5)]).value, 4.0)

    def test_stock_is_the_value_at_the_end_of_the_range(self):
        figures = [indicator.Figure('last', 120, date='2024-03-31'),
                   indicator.Figure('last', 150, date='2024-09-30'),
                   indicator.Figure('last', 130, date='2024-06-30')]
        # neither the sum (400) nor the last given (130)
        self.assertEqual(indicator.over_time(figures).value, 150.0)

    def test_stock_on_equal_dates_takes_the_one_given_last(self):
        figures = [indicator.Figure('last', 45, date='2024-06-30'),
                   indicator.Figure('last', 50, date='2024-06-30')]
        self.assertEqual(indicator.over_time(figures).value, 50.0)

    def test_averages_are_weighted_by_their_observations(self):
        figures = [indicator.from_entry('average', 90.0, denominator=10),
                   indicator.from_entry('average', 60.0, denominator=30)]
        # (900 + 1800) / 40, not (90 + 60) / 2
        self.assertEqual(indicator.over_time(figures).value, 67.5)

    def test_typed_averages_without_observations_count_once(self):
        figures = [indicator.from_entry('average', 70.0), indicator.from_entry('average', 90.0)]
        self.assertEqual(indicator.over_time(figures).value, 80.0)

    def test_delays_are_weighted_by_their_records(self):
        figures = [indicator.Figure('delay', 10.0, 1), indicator.Figure('delay', 90.0, 9)]
        self.assertEqual(indicator.over_time(figures).value, 10.0)

    def test_rates_are_recomputed_not_averaged(self):
        figures = [_ratio(9, 10), _ratio(1, 10), _ratio(0, 0)]
        self.assertEqual(indicator.over_time(figures).value, 50.0)
        # the mean of the rates would be 50 only by chance: 9/10 and 10/90
        self.assertAlmostEqual(indicator.over_time([_ratio(9, 10), _ratio(10, 90)]).value,
                               19.0 / 100.0 * 100.0)

    def test_rate_over_a_stock_takes_the_stock_at_the_end(self):
        figures = [_ratio(8, 10, '2024-03-31', ('count', 'last')),
                   _ratio(4, 20, '2024-06-30', ('count', 'last'))]
        figure = indicator.over_time(figures)
        self.assertEqual((figure.numerator, figure.denominator), (12.0, 20.0))

    def test_rate_without_denominator_has_no_value(self):
        self.assertIsNone(indicator.over_time([_ratio(3, 0)]).value)

    def test_nothing_gives_none(self):
        self.assertIsNone(indicator.over_time([]))
        self.assertIsNone(indicator.across([None]))

    def test_kinds_cannot_be_mixed(self):
        with self.assertRaises(ValueError):
            indicator.over_time([indicator.Figure('count', 1), indicator.Figure('sum', 1)])
        with self.assertRaises(ValueError):
            indicator.across([_ratio(1, 2), _ratio(1, 2, parts=('count', 'last'))])
        with self.assertRaises(ValueError):
            indicator.Figure('median', 1)


class TestFiguresAcrossLines(unittest.TestCase):
    """Several actions', units' or sites' figures of one indicator combined."""

    def test_stocks_of_several_units_add(self):
        figures = [indicator.Figure('last', 120, date='2024-12-31'),
                   indicator.Figure('last', 30, date='2024-12-31')]
        self.assertEqual(indicator.across(figures).value, 150.0)

    def test_rates_of_several_actions_are_recomputed(self):
        # 9/10 and 10/100: 19/110, not the mean of 90 % and 10 %
        figure = indicator.across([_ratio(9, 10), _ratio(10, 100)])
        self.assertAlmostEqual(figure.value, 19.0 / 110.0 * 100.0)

    def test_weighted_average_of_several_actions(self):
        figure = indicator.across([indicator.from_entry('average', 4.0, denominator=100),
                                   indicator.from_entry('average', 2.0, denominator=1)])
        self.assertAlmostEqual(figure.value, 402.0 / 101.0)

    def test_targets_of_levels_are_weighted_by_the_realised_denominators(self):
        target, figure = indicator.combine_lines([(80.0, _ratio(9, 10)),
                                                  (60.0, _ratio(15, 30))], 'ratio')
        self.assertEqual(target, 65.0)
        self.assertEqual(figure.value, 60.0)

    def test_targets_of_counts_and_stocks_add(self):
        self.assertEqual(indicator.target_across([(100, 1), (50, 1)], 'count'), 150.0)
        self.assertEqual(indicator.target_across([(100, 1), (50, 1)], 'last'), 150.0)
        self.assertIsNone(indicator.target_across([(None, 1)], 'count'))


class TestTargets(unittest.TestCase):

    def test_split_of_a_count_adds_up_to_the_year(self):
        targets = indicator.split_target(100, 12, 'count')
        self.assertEqual(len(targets), 12)
        self.assertAlmostEqual(sum(targets), 100.0)
        self.assertEqual(targets[0], 8.33)
        self.assertEqual(targets[-1], 8.37)

    def test_split_of_a_level_keeps_it_each_period(self):
        for kind in ('average', 'delay', 'last', 'ratio'):
            self.assertEqual(indicator.split_target(80, 4, kind), [80.0] * 4)

    def test_split_over_no_period_is_empty(self):
        self.assertEqual(indicator.split_target(100, 0, 'sum'), [])

    def test_target_of_a_range(self):
        self.assertEqual(indicator.target_over_time([100, 100, 50], 'sum'), 250.0)
        self.assertEqual(indicator.target_over_time([30, 60, 90], 'last'), 90.0)
        self.assertEqual(indicator.target_over_time([80, 90], 'average'), 85.0)
        self.assertIsNone(indicator.target_over_time([], 'count'))


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

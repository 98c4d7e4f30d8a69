from odoo.exceptions import ValidationError

from .common import CcisActivityCommon


class TestIndicatorAggregation(CcisActivityCommon):
    """Realised values aggregated across periods: sum, average, last value."""

    def test_sum_adds_the_values_of_every_period(self):
        self.assertEqual(self.line_sum.realised, 280.0)
        self.assertEqual(self.line_sum.value_count, 4)

    def test_sum_per_period(self):
        periods = self.line_sum.period_ids.sorted('sequence')
        self.assertEqual(periods.mapped('realised'), [90.0, 120.0, 0.0, 70.0])
        self.assertEqual(periods.mapped('target'), [100.0] * 4)
        self.assertEqual(periods.mapped('rate'), [90.0, 120.0, 0.0, 70.0])

    def test_average_is_the_mean_of_the_values(self):
        self.assertAlmostEqual(self.line_avg.realised, 85.0)
        periods = self.line_avg.period_ids.sorted('sequence')
        self.assertEqual(periods.mapped('target'), [80.0] * 4)
        self.assertEqual(periods.mapped('realised')[:3], [70.0, 90.0, 95.0])

    def test_last_is_the_value_of_the_latest_date(self):
        self.assertEqual(self.line_last.realised, 65.0)
        # entering an older value afterwards does not change the last value
        self._values(self.line_last, [('2020-01-15', 99.0)])
        self.assertEqual(self.line_last.realised, 65.0)
        self._values(self.line_last, [('2020-12-15', 80.0)])
        self.assertEqual(self.line_last.realised, 80.0)

    def test_a_new_value_updates_realised_and_rate(self):
        self._values(self.line_sum, [('2020-12-01', 120.0)])
        self.assertEqual(self.line_sum.realised, 400.0)
        self.assertAlmostEqual(self.line_sum.rate, 100.0)
        self.assertEqual(self.line_sum.period_ids.sorted('sequence')[3].realised, 190.0)

    def test_figures_to_a_date(self):
        target, realised, rate = self.line_sum._figures_to_date('2020-06-30')
        self.assertEqual((target, realised), (200.0, 210.0))
        self.assertAlmostEqual(rate, 105.0)
        target, realised, rate = self.line_avg._figures_to_date('2020-06-30')
        self.assertEqual((target, realised), (80.0, 80.0))


class TestIndicatorRate(CcisActivityCommon):

    def test_rate_is_realised_over_target(self):
        self.assertAlmostEqual(self.line_sum.rate, 70.0)
        self.assertAlmostEqual(self.line_avg.rate, 106.25)
        self.assertAlmostEqual(self.line_last.rate, 65.0)

    def test_lower_is_better_rate(self):
        line = self._create_line(self.action, self.def_lower, 10.0)
        self._values(line, [('2020-02-01', 8.0), ('2020-05-01', 12.0)])
        self.assertAlmostEqual(line.rate, 50.0)

    def test_colour_uses_the_settings_thresholds(self):
        self.assertEqual(self.line_sum.colour, 'warning')
        self.assertEqual(self.line_avg.colour, 'success')
        self.assertEqual(self.line_src.colour, 'danger')
        settings = self.env['res.config.settings'].create({
            'ccis_rate_threshold_warning': 50.0, 'ccis_rate_threshold_success': 65.0})
        settings.set_values()
        self.line_sum.invalidate_cache()
        self.assertEqual(self.line_sum.colour, 'success')
        self.assertEqual(self.line_src.colour, 'danger')

    def test_thresholds_must_be_ordered(self):
        settings = self.env['res.config.settings'].create({
            'ccis_rate_threshold_warning': 95.0, 'ccis_rate_threshold_success': 90.0})
        with self.assertRaisesRegex(ValidationError, 'doit être inférieur'):
            settings.set_values()

    def test_line_without_value_is_not_evaluated(self):
        line = self._create_line(self.action, self.def_lower, 10.0)
        self.assertFalse(line.has_values)
        self.assertEqual(line.colour, 'none')


class TestIndicatorPeriods(CcisActivityCommon):

    def test_quarterly_target_is_split_over_four_periods(self):
        self.assertEqual(len(self.line_sum.period_ids), 4)
        self.assertAlmostEqual(sum(self.line_sum.period_ids.mapped('target')), 400.0)

    def test_monthly_periods_and_values_reassigned(self):
        self.line_sum.period_type = 'month'
        periods = self.line_sum.period_ids.sorted('sequence')
        self.assertEqual(len(periods), 12)
        self.assertEqual(periods[4].name, 'mai 2020')
        self.assertEqual(periods[4].realised, 120.0)
        self.assertEqual(self.line_sum.realised, 280.0)
        self.assertTrue(all(self.line_sum.value_ids.mapped('period_id')))

    def test_new_target_is_split_again(self):
        self.line_sum.target = 800.0
        self.assertEqual(self.line_sum.period_ids.mapped('target'), [200.0] * 4)

    def test_value_outside_the_programme_year_is_refused(self):
        with self.assertRaisesRegex(ValidationError, "hors de l'année 2020"):
            self._values(self.line_sum, [('2021-01-05', 10.0)])

    def test_periods_carry_axis_unit_and_site_for_the_dashboards(self):
        period = self.line_sum.period_ids[0]
        self.assertEqual(period.axis_id, self.axis_training)
        self.assertEqual(period.unit_id, self.unit_dap)
        self.assertEqual(period.site_id, self.site_ho)
        self.assertEqual(period.programme_id, self.programme)

    def test_dashboard_grouped_read_by_unit(self):
        groups = self.env['ccis.indicator.period'].read_group(
            [('programme_id', '=', self.programme.id), ('definition_id', '=', self.def_sum.id)],
            ['unit_id', 'target', 'realised'], ['unit_id'])
        by_unit = {group['unit_id'][0]: group for group in groups}
        self.assertEqual(by_unit[self.unit_dap.id]['realised'], 280.0)
        self.assertEqual(by_unit[self.unit_src.id]['target'], 200.0)

    def test_unit_change_of_the_action_follows_to_indicators(self):
        self.action.unit_id = self.unit_src
        self.assertEqual(self.line_sum.unit_id, self.unit_src)
        self.assertEqual(set(self.line_sum.period_ids.mapped('unit_id')), {self.unit_src})
        self.assertEqual(set(self.line_sum.value_ids.mapped('unit_id')), {self.unit_src})

from odoo.addons.ccis_activity.tools import indicator

from .common import StrategyCommon


class TestProgress(StrategyCommon):
    """The plan's progress: the engine's figures of the programmes' lines, year by year, and
    over the plan (a count adds up, a rate is recomputed, a stock is the last year's)."""

    @classmethod
    def setUpClass(cls):
        super(TestProgress, cls).setUpClass()
        cls.plan.sudo(cls.direction).action_compute_progress()

    def _engine(self, definition, year):
        """The review's figure of the lines of ``definition`` in ``year``."""
        lines = self.lines.filtered(
            lambda line: line.definition_id == definition and line.year == year)
        figures = lines._figures_between('%s-01-01' % year, '%s-12-31' % year)
        return indicator.combine_lines(
            [figures[line.id] + (line.year,) for line in lines], definition.measure)

    def _plan_total(self, definition):
        groups = self.Progress.read_group(
            [('objective_id', '=', self.objective.id), ('definition_id', '=', definition.id)],
            ['objective_id', 'target', 'realised', 'rate'], ['objective_id'])
        self.assertEqual(len(groups), 1)
        return groups[0]

    def test_one_row_per_indicator_and_year_of_the_plan(self):
        rows = self.Progress.search([('plan_id', '=', self.plan.id)])
        self.assertEqual(len(rows), 3 * 5)
        self.assertEqual(sorted(set(rows.mapped('year'))), [2031, 2032, 2033, 2034, 2035])
        self.assertFalse(self._progress(self.def_count, 2034).has_values)
        self.assertTrue(self.plan.progress_date)

    def test_yearly_figures_are_the_engines(self):
        for definition in self.definitions:
            for year in (2031, 2032, 2033):
                _target, figure = self._engine(definition, year)
                row = self._progress(definition, year)
                self.assertAlmostEqual(row.realised, figure.value, msg=(definition.code, year))
                self.assertAlmostEqual(row.numerator, figure.numerator)
                self.assertAlmostEqual(row.denominator, figure.denominator)
                self.assertEqual(row.line_count, 1)

    def test_yearly_figures(self):
        self.assertEqual([self._progress(self.def_count, year).realised
                          for year in (2031, 2032, 2033)], [2.0, 3.0, 1.0])
        self.assertEqual([round(self._progress(self.def_rate, year).realised, 2)
                          for year in (2031, 2032, 2033)], [50.0, 75.0, 16.67])
        self.assertEqual([self._progress(self.def_stock, year).realised
                          for year in (2031, 2032, 2033)], [4.0, 8.0, 14.0])
        # achievement against the plan's target of the year: 3 for 4 in 2032
        self.assertAlmostEqual(self._progress(self.def_count, 2032).rate, 75.0)
        self.assertAlmostEqual(self._progress(self.def_stock, 2031).rate, 100.0)

    def test_count_adds_up_over_the_years(self):
        total = self._plan_total(self.def_count)
        self.assertEqual(total['realised'], 6.0)
        self.assertEqual(total['target'], 14.0)  # 2 + 4 + 2 + 3 + 3
        self.assertAlmostEqual(total['rate'], 6.0 / 14.0 * 100)

    def test_rate_is_recomputed_never_added(self):
        total = self._plan_total(self.def_rate)
        # 6 accompanied out of 14 received, not 50 + 75 + 16.67 nor their mean
        self.assertAlmostEqual(total['realised'], 6.0 / 14.0 * 100)
        self.assertAlmostEqual(total['target'], 54.0)  # mean of the yearly levels

    def test_stock_takes_the_last_year(self):
        total = self._plan_total(self.def_stock)
        self.assertEqual(total['realised'], 14.0)  # not 4 + 8 + 14
        self.assertEqual(total['target'], 20.0)  # the target of the plan's last year

    def test_final_target_is_the_plans_target(self):
        self.Target.create({'objective_id': self.objective.id,
                            'definition_id': self.def_count.id, 'target_type': 'final',
                            'target': 12})
        total = self._plan_total(self.def_count)
        self.assertEqual(total['target'], 12.0)
        self.assertAlmostEqual(total['rate'], 50.0)

    def test_years_grouped_apart_in_the_pivot(self):
        groups = self.Progress.read_group(
            [('objective_id', '=', self.objective.id), ('definition_id', '=', self.def_rate.id),
             ('year', 'in', (2031, 2032))],
            ['year', 'realised', 'numerator', 'denominator'], ['year'])
        by_year = {group['year']: group for group in groups}
        self.assertEqual(by_year[2031]['realised'], 50.0)
        self.assertEqual(by_year[2032]['realised'], 75.0)
        # several indicators in one group: no meaningless sum
        mixed = self.Progress.read_group([('objective_id', '=', self.objective.id)],
                                         ['objective_id', 'realised'], ['objective_id'])
        self.assertFalse(mixed[0]['realised'])

    def test_programme_computation_rebuilds_the_progress(self):
        self.Progress.search([('plan_id', '=', self.plan.id)]).unlink()
        self.programmes[0].sudo(self.direction).action_compute_indicators()
        self.assertEqual(self.Progress.search_count([('plan_id', '=', self.plan.id)]), 15)
        self.assertEqual(self._progress(self.def_count, 2032).realised, 3.0)

    def test_cancelled_action_does_not_count(self):
        self.actions[1].write({'state': 'cancelled'})
        self.plan._rebuild_progress()
        row = self._progress(self.def_count, 2032)
        self.assertFalse(row.has_values)
        self.assertEqual(row.line_count, 0)

    def test_progress_report_renders_in_french(self):
        data = self.plan._report_progress()
        self.assertEqual(data['years'], [2031, 2032, 2033, 2034, 2035])
        cells = data['objectives'][0]['indicators'][0]['cells']
        self.assertEqual(cells[2032]['realised'], '3')
        self.assertEqual(cells['total']['realised'], '6')
        html = self.env.ref('ccis_strategy.ccis_strategy_plan_report_action').render_qweb_html(
            self.plan.ids)[0].decode()
        self.assertIn('Plan stratégique test 2031-2035', html)
        self.assertIn('Réalisé', html)

    def test_nightly_computation_rebuilds_the_progress(self):
        self.programmes.write({'state': 'execution'})
        self.Progress.search([('plan_id', '=', self.plan.id)]).unlink()
        self.env['ccis.indicator.line']._cron_compute_values()
        self.assertEqual(self.Progress.search_count([('plan_id', '=', self.plan.id)]), 15)

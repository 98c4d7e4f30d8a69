"""The indicator engine on the database: what each measure counts, how figures aggregate
over periods, actions, units and programme years, and the grouped reads of the analysis
views. Every date is built in the test (2019 and 2020 programmes, values computed "as of" a
given day): nothing depends on today's date."""
from odoo.exceptions import ValidationError

from .common import CcisActivityCommon


class TestRates(CcisActivityCommon):
    """A rate is recomputed from its numerators and denominators, over periods and across
    actions: never averaged, never summed."""

    @classmethod
    def setUpClass(cls):
        super(TestRates, cls).setUpClass()
        cls.def_rate = cls._create_definition('TA_RATE', 'Participants satisfaits (test)',
                                              'ratio', '%')
        cls.line_rate = cls._create_line(cls.action, cls.def_rate, 80.0)
        # 9 satisfied out of 10, then 10 out of 90: 19 %, where the mean of the rates is 50 %
        cls._values(cls.line_rate, [('2020-03-15', 0, 9, 10), ('2020-06-15', 0, 10, 90)])
        cls.line_rate_src = cls._create_line(cls.action_src, cls.def_rate, 60.0)
        cls._values(cls.line_rate_src, [('2020-05-15', 0, 15, 30)])

    def test_typed_rate_is_computed_from_its_numerator_and_denominator(self):
        value = self.line_rate.value_ids.filtered(lambda v: v.date == '2020-03-15')
        self.assertAlmostEqual(value.value, 90.0)
        value.write({'denominator': 12.0})
        self.assertAlmostEqual(value.value, 75.0)

    def test_rate_typed_as_a_value_counts_over_a_base_of_100(self):
        values = self._values(self.line_rate_src, [('2020-09-15', 40.0)])
        self.assertEqual((values.numerator, values.denominator), (40.0, 100.0))
        # (15 + 40) / (30 + 100)
        self.assertAlmostEqual(self.line_rate_src.realised, 55.0 / 130.0 * 100.0)

    def test_rate_over_periods_is_recomputed(self):
        self.assertAlmostEqual(self.line_rate.realised, 19.0)
        self.assertEqual((self.line_rate.numerator, self.line_rate.denominator), (19.0, 100.0))
        periods = self.line_rate.period_ids.sorted('sequence')
        self.assertAlmostEqual(periods[0].realised, 90.0)
        self.assertAlmostEqual(periods[1].realised, 100.0 / 9.0)
        self.assertAlmostEqual(self.line_rate.rate, 19.0 / 80.0 * 100.0)
        # a target of 80 % is the level of each quarter, not 20 % a quarter
        self.assertEqual(periods.mapped('target'), [80.0] * 4)

    def test_rate_across_actions_in_the_analysis_views(self):
        groups = self.Line.read_group(
            [('definition_id', '=', self.def_rate.id)],
            ['axis_id', 'target', 'realised', 'rate', 'numerator', 'denominator'], ['axis_id'])
        self.assertEqual(len(groups), 1)
        group = groups[0]
        # (19 + 15) / (100 + 30), not 19 + 50 nor their mean
        self.assertAlmostEqual(group['realised'], 34.0 / 130.0 * 100.0)
        self.assertEqual((group['numerator'], group['denominator']), (34.0, 130.0))
        # the targets weighted by the denominators: (80 x 100 + 60 x 30) / 130
        self.assertAlmostEqual(group['target'], 9800.0 / 130.0)
        self.assertAlmostEqual(group['rate'], group['realised'] / group['target'] * 100.0)

    def test_periods_by_quarter_recompute_the_rate(self):
        groups = self.env['ccis.indicator.period'].read_group(
            [('definition_id', '=', self.def_rate.id)],
            ['date_start', 'target', 'realised', 'rate'], ['date_start:quarter'])
        by_quarter = {group['date_start:quarter']: group for group in groups}
        second = next(group for label, group in by_quarter.items() if label.startswith('Q2')
                      or label.startswith('T2'))
        # (10 + 15) / (90 + 30)
        self.assertAlmostEqual(second['realised'], 25.0 / 120.0 * 100.0)
        self.assertAlmostEqual(second['target'], (80.0 * 90 + 60.0 * 30) / 120.0)

    def test_groups_mixing_indicators_show_no_total(self):
        groups = self.env['ccis.indicator.period'].read_group(
            [('programme_id', '=', self.programme.id)],
            ['axis_id', 'target', 'realised', 'rate'], ['axis_id'])
        self.assertTrue(groups)
        for group in groups:
            self.assertGreater(group['axis_id_count'], 0)
            self.assertIs(group['realised'], False)
            self.assertIs(group['target'], False)
            self.assertIs(group['rate'], False)
        values = self.Value.read_group([('programme_id', '=', self.programme.id)],
                                       ['value'], [])
        self.assertIs(values[0]['value'], False)

    def test_grouped_values_recompute_the_rate(self):
        groups = self.Value.read_group([('definition_id', '=', self.def_rate.id)],
                                       ['unit_id', 'value'], ['unit_id'])
        by_unit = {group['unit_id'][0]: group['value'] for group in groups}
        self.assertAlmostEqual(by_unit[self.unit_dap.id], 19.0)
        self.assertAlmostEqual(by_unit[self.unit_src.id], 50.0)

    def test_negative_parts_are_refused(self):
        with self.assertRaisesRegex(ValidationError, 'ne peuvent pas être négatifs'):
            self._values(self.line_rate, [('2020-10-15', 0, -1, 10)])


class TestComputedMeasures(CcisActivityCommon):
    """Computed stocks, averages, delays and rates, measured on the programme's own actions
    (a model every database of the suite has): five actions of a unit started and finished
    at known dates."""

    AS_OF = '2020-09-30'

    @classmethod
    def setUpClass(cls):
        super(TestComputedMeasures, cls).setUpClass()
        plan = [('A', '2020-01-15', '2020-04-20', 100.0),
                ('B', '2020-02-10', False, 40.0),
                ('C', '2020-05-05', '2020-08-10', 100.0),
                ('D', '2020-07-01', False, 10.0),
                ('E', '2020-09-01', False, 0.0)]
        for letter, start, done, progress in plan:
            action = cls._create_action('Suivi moteur %s' % letter, cls.programme, cls.unit_dap,
                                        date_start=start, date_end='2020-12-15')
            action.write({'progress': progress, 'date_done': done})
        common = {'source': 'computed', 'model_name': 'ccis.activity.action',
                  'domain': "[('name', 'like', 'Suivi moteur')]", 'unit_field': 'unit_id'}
        define = cls._create_definition
        cls.def_open = define('TA_OPEN', 'Actions en cours (test)', 'last', 'actions',
                              date_field='date_start', date_end_field='date_done', **common)
        cls.def_progress = define('TA_PROGRESS', 'Avancement moyen (test)', 'average', '%',
                                  date_field='date_start', measure_field='progress', **common)
        cls.def_delay = define('TA_DELAY', 'Durée de réalisation (test)', 'delay', 'jours',
                               direction='lower', date_field='date_start',
                               date_end_field='date_done', **common)
        cls.def_started = define('TA_STARTED', 'Actions démarrées (test)', 'count', 'actions',
                                 date_field='date_start', **common)
        cls.def_done = define('TA_DONE', 'Actions terminées (test)', 'count', 'actions',
                              date_field='date_done', **common)
        cls.def_done_rate = define('TA_DONE_RATE', 'Taux de réalisation (test)', 'ratio', '%',
                                   source='computed', numerator_id=cls.def_done.id,
                                   denominator_id=cls.def_started.id)
        cls.lines = {}
        for definition, target in ((cls.def_open, 4.0), (cls.def_progress, 60.0),
                                   (cls.def_delay, 90.0), (cls.def_done_rate, 50.0),
                                   (cls.def_started, 8.0)):
            cls.lines[definition.code] = cls.Line.create({
                'programme_id': cls.programme.id, 'axis_id': cls.axis_training.id,
                'unit_id': cls.unit_dap.id, 'definition_id': definition.id,
                'target': target})
        cls.Line.browse([line.id for line in cls.lines.values()])._compute_values(cls.AS_OF)

    def _periods(self, code):
        return self.lines[code].period_ids.sorted('sequence')

    def test_aggregation_follows_the_measure(self):
        self.assertEqual(
            [d.aggregation for d in (self.def_open, self.def_progress, self.def_delay,
                                     self.def_started, self.def_done_rate)],
            ['last', 'average', 'average', 'sum', 'ratio'])

    def test_one_value_per_period_started_by_the_date(self):
        line = self.lines['TA_STARTED']
        self.assertEqual(len(line.value_ids), 3)
        self.assertEqual(sorted(line.value_ids.mapped('date')),
                         ['2020-03-31', '2020-06-30', '2020-09-30'])
        self.assertEqual(self._periods('TA_STARTED').mapped('realised'), [2.0, 1.0, 2.0, 0.0])
        self.assertEqual(line.realised, 5.0)

    def test_stock_is_counted_at_the_end_of_each_period(self):
        # started by the end of the period and not finished by then
        self.assertEqual(self._periods('TA_OPEN').mapped('realised')[:3], [2.0, 2.0, 3.0])
        self.assertEqual(self.def_open.compute_measure('2020-01-01', '2020-03-31',
                                                       self.unit_dap), 2.0)

    def test_stock_of_a_range_is_the_value_at_its_end(self):
        line = self.lines['TA_OPEN']
        self.assertEqual(line.realised, 3.0)
        target, figure = line._figures_between('2020-01-01', '2020-06-30')[line.id]
        self.assertEqual(figure.value, 2.0)
        # the target of a stock is the level to hold, not four quarters added
        self.assertEqual(target, 4.0)

    def test_average_is_weighted_by_the_records(self):
        self.assertEqual(self._periods('TA_PROGRESS').mapped('realised')[:3], [70.0, 100.0, 5.0])
        # (100 + 40 + 100 + 10 + 0) / 5, not the mean of the quarters (58.3)
        self.assertEqual(self.lines['TA_PROGRESS'].realised, 50.0)
        self.assertEqual(self.lines['TA_PROGRESS'].denominator, 5.0)

    def test_delay_is_placed_at_its_end_date(self):
        periods = self._periods('TA_DELAY')
        # nothing finished in the first quarter: no figure, rather than a delay of 0
        self.assertFalse(periods[0].has_values)
        self.assertEqual(periods.mapped('realised')[1:3], [96.0, 97.0])
        self.assertEqual(self.lines['TA_DELAY'].realised, 96.5)
        # lower is better: 90 days aimed at, 96.5 taken
        self.assertAlmostEqual(self.lines['TA_DELAY'].rate, 90.0 / 96.5 * 100.0)

    def test_computed_rate_divides_the_measures_of_its_parts(self):
        periods = self._periods('TA_DONE_RATE')
        self.assertEqual(periods.mapped('realised')[:3], [0.0, 100.0, 50.0])
        # 2 finished out of 5 started, not the mean of the quarters (50 %)
        line = self.lines['TA_DONE_RATE']
        self.assertEqual((line.numerator, line.denominator), (2.0, 5.0))
        self.assertAlmostEqual(line.realised, 40.0)

    def test_the_unit_restricts_the_records(self):
        self.assertEqual(self.def_started.compute_measure('2020-01-01', '2020-12-31',
                                                          self.unit_src), 0.0)
        self.assertEqual(self.def_started.compute_measure('2020-01-01', '2020-12-31',
                                                          self.unit_dap), 5.0)

    def test_recomputation_keeps_validated_values(self):
        line = self.lines['TA_STARTED']
        first = line.value_ids.filtered(lambda value: value.date == '2020-03-31')
        first.sudo(self.auditor).action_validate()
        self._create_action('Suivi moteur F', self.programme, self.unit_dap,
                            date_start='2020-03-01', date_end='2020-12-15')
        self._create_action('Suivi moteur G', self.programme, self.unit_dap,
                            date_start='2020-04-01', date_end='2020-12-15')
        line._compute_values(self.AS_OF)
        self.assertEqual(len(line.value_ids), 3)
        self.assertEqual(self._periods('TA_STARTED').mapped('realised')[:2], [2.0, 2.0])
        self.assertEqual(line.realised, 6.0)

    def test_review_of_a_half_year_uses_the_engine(self):
        wizard = self.env['ccis.activity.review.wizard'].create({
            'programme_id': False, 'date_from': '2020-01-01', 'date_to': '2020-06-30',
            'compare': False, 'unit_ids': [(6, 0, self.unit_dap.ids)]})
        axis = next(entry for entry in wizard._get_review_data()['axes']
                    if entry['id'] == self.axis_training.id)
        figures = {entry['code']: entry for entry in axis['indicators']}
        self.assertEqual(figures['TA_OPEN']['realised'], 2.0)
        self.assertEqual(figures['TA_PROGRESS']['realised'], 80.0)
        self.assertEqual(figures['TA_DELAY']['realised'], 96.0)
        self.assertAlmostEqual(figures['TA_DONE_RATE']['realised'], 100.0 / 3.0)
        self.assertEqual((figures['TA_DONE_RATE']['numerator'],
                          figures['TA_DONE_RATE']['denominator']), (1.0, 3.0))


class TestDefinitionChecks(CcisActivityCommon):
    """A definition is checked when it is saved, with French messages naming it."""

    def _computed(self, code, measure, **values):
        values.setdefault('model_name', 'ccis.activity.action')
        values.setdefault('date_field', 'date_start')
        return self._create_definition(code, 'Contrôle %s' % code, measure, source='computed',
                                       **values)

    def test_average_needs_a_numeric_field(self):
        with self.assertRaisesRegex(ValidationError, 'le champ mesuré est obligatoire'):
            self._computed('TA_C1', 'average')
        with self.assertRaisesRegex(ValidationError, 'doit être un nombre'):
            self._computed('TA_C2', 'average', measure_field='name')

    def test_delay_needs_an_end_date(self):
        with self.assertRaisesRegex(ValidationError, 'date de fin est obligatoire'):
            self._computed('TA_C3', 'delay')
        with self.assertRaisesRegex(ValidationError, 'doit être une date'):
            self._computed('TA_C4', 'delay', date_end_field='progress')

    def test_end_date_only_for_stocks_and_delays(self):
        with self.assertRaisesRegex(ValidationError, "ne s'emploie qu'avec un stock"):
            self._computed('TA_C5', 'count', date_end_field='date_done')

    def test_ratio_needs_computed_parts(self):
        with self.assertRaisesRegex(ValidationError, 'doit indiquer son numérateur'):
            self._create_definition('TA_C6', 'Taux sans parties', 'ratio', source='computed')
        with self.assertRaisesRegex(ValidationError, 'doit être un indicateur calculé'):
            self._create_definition('TA_C7', 'Taux de saisies', 'ratio', source='computed',
                                    numerator_id=self.def_sum.id,
                                    denominator_id=self.def_sum.id)
        with self.assertRaisesRegex(ValidationError, 'taux saisi se tape valeur par valeur'):
            started = self._computed('TA_C8', 'count')
            self._create_definition('TA_C9', 'Taux saisi', 'ratio', numerator_id=started.id,
                                    denominator_id=started.id)

    def test_factor_must_be_positive(self):
        with self.assertRaisesRegex(ValidationError, 'facteur du taux doit être positif'):
            self._create_definition('TA_C10', 'Taux nul', 'ratio', ratio_factor=0.0)

    def test_unit_field_must_point_to_a_unit(self):
        with self.assertRaisesRegex(ValidationError, 'doit être une unité'):
            self._computed('TA_C11', 'count', unit_field='user_id')

    def test_old_data_giving_an_aggregation_keeps_its_meaning(self):
        definition = self.Definition.create({'code': 'TA_C12', 'name': 'Ancienne moyenne',
                                             'uom': '%', 'aggregation': 'average'})
        self.assertEqual((definition.measure, definition.aggregation), ('average', 'average'))
        definition.write({'aggregation': 'sum'})
        self.assertEqual(definition.aggregation, 'average')


class TestYearBoundary(CcisActivityCommon):
    """A range across two programme years: counts add the two years, a stock is the later
    year's value at the end of the range, targets follow."""

    @classmethod
    def setUpClass(cls):
        super(TestYearBoundary, cls).setUpClass()
        cls.prev_line_last = cls._create_line(cls.prev_action, cls.def_last, 100.0)
        cls._values(cls.prev_line_last, [('2019-12-31', 90.0)])
        cls.wizard = cls.env['ccis.activity.review.wizard'].create({
            'programme_id': False, 'date_from': '2019-07-01', 'date_to': '2020-06-30',
            'compare': False})
        cls.axis = next(entry for entry in cls.wizard._get_review_data()['axes']
                        if entry['id'] == cls.axis_training.id)

    def _figures(self, definition):
        return next(entry for entry in self.axis['indicators']
                    if entry['definition_id'] == definition.id)

    def test_counts_add_both_years(self):
        summed = self._figures(self.def_sum)
        # 150 (September 2019) + 50 + 40 + 120 + 60 (first half of 2020)
        self.assertEqual(summed['realised'], 420.0)
        # 2019: Q3 and Q4 (75 each); 2020: Q1 and Q2 of both lines (100 + 100, 50 + 50)
        self.assertEqual(summed['target'], 450.0)

    def test_stock_is_the_later_year(self):
        stock = self._figures(self.def_last)
        self.assertEqual(stock['realised'], 45.0)
        self.assertEqual(stock['target'], 100.0)

    def test_average_weights_both_years(self):
        self.assertEqual(self._figures(self.def_avg)['realised'], 80.0)


class TestStoredFigures(CcisActivityCommon):
    """A line's stored figure (what a yearly review reads) is the engine's combination of its
    values (what a date-range review reads)."""

    def test_stored_figures_equal_the_values(self):
        rate = self._create_definition('TA_RATE', 'Taux (test)', 'ratio', '%')
        line_rate = self._create_line(self.action, rate, 80.0)
        self._values(line_rate, [('2020-03-15', 0, 9, 10), ('2020-06-15', 0, 10, 90)])
        lines = self.Line.search([('programme_id', '=', self.programme.id)])
        stored = lines._figures_between('2020-01-01', '2020-12-31')
        computed = lines._figures_between('2020-01-01', '2020-12-31', stored=False)
        self.assertEqual(len(lines), 5)
        for line in lines:
            (stored_target, stored_figure), (target, figure) = stored[line.id], computed[line.id]
            self.assertAlmostEqual(stored_target, target, msg=line.name)
            self.assertAlmostEqual(stored_figure.value, figure.value, msg=line.name)
            self.assertEqual((stored_figure.numerator, stored_figure.denominator),
                             (figure.numerator, figure.denominator), line.name)


class TestTypedValueOnComputedLine(CcisActivityCommon):
    """On a computed line, a period holding a typed value (e.g. the history carried over from
    a retired typed indicator) keeps it instead of the measure: never counted twice."""

    def test_typed_period_is_not_measured(self):
        definition = self._create_definition(
            'TA_TYPED_HISTORY', 'Actions démarrées (test)', 'count', 'actions',
            source='computed', model_name='ccis.activity.action', date_field='date_start',
            domain="[('name', 'like', 'Historique moteur')]")
        for start in ('2020-02-01', '2020-05-01'):
            self._create_action('Historique moteur %s' % start, self.programme, self.unit_dap,
                                date_start=start, date_end='2020-12-15')
        line = self.Line.create({
            'programme_id': self.programme.id, 'axis_id': self.axis_training.id,
            'unit_id': self.unit_dap.id, 'definition_id': definition.id, 'target': 8.0})
        line._compute_values('2020-06-30')
        self.assertEqual(line.realised, 2.0)
        self._values(line, [('2020-03-31', 5.0)])
        line._compute_values('2020-06-30')
        first = line.period_ids.sorted('sequence')[0]
        self.assertEqual(first.value_ids.mapped('source'), ['manual'])
        self.assertEqual(first.realised, 5.0)
        self.assertEqual(line.realised, 6.0)

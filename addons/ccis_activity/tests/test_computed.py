from odoo import fields
from odoo.exceptions import UserError, ValidationError

from .common import CcisActivityCommon


class TestComputedIndicator(CcisActivityCommon):
    """Indicators counted from the records of any model by a definition stored as data."""

    @classmethod
    def setUpClass(cls):
        super(TestComputedIndicator, cls).setUpClass()
        cls.today = fields.Date.context_today(cls.env.user)
        cls.year = fields.Date.from_string(cls.today).year
        cls.current = cls.Programme.search([('year', '=', cls.year)], limit=1) or \
            cls.Programme.create({'name': 'Programme test courant', 'year': cls.year})
        cls.def_partners = cls._create_definition(
            'TA_PARTNERS', 'Sociétés test comptées', 'count', 'entreprises',
            source='computed', model_name='res.partner',
            domain="[('is_company', '=', True), ('name', 'like', 'Société KPI test')]",
            date_field='create_date')
        for index in range(1, 4):
            cls.env['res.partner'].create({'name': 'Société KPI test %s' % index,
                                           'is_company': True, 'color': index})
        cls.env['res.partner'].create({'name': 'Société KPI test particulier',
                                       'is_company': False})
        cls.line_partners = cls.Line.create({
            'programme_id': cls.current.id, 'axis_id': cls.axis_promotion.id,
            'definition_id': cls.def_partners.id, 'unit_id': cls.unit_src.id, 'target': 6.0})

    def test_count_over_a_period(self):
        start, end = '%s-01-01' % self.year, '%s-12-31' % self.year
        self.assertEqual(self.def_partners.compute_measure(start, end), 3.0)
        previous = '%s-01-01' % (self.year - 1), '%s-12-31' % (self.year - 1)
        self.assertEqual(self.def_partners.compute_measure(*previous), 0.0)

    def test_sum_of_a_field(self):
        self.def_partners.write({'measure': 'sum', 'measure_field': 'color'})
        self.assertEqual(self.def_partners.compute_measure(
            '%s-01-01' % self.year, '%s-12-31' % self.year), 6.0)

    def test_on_hr_department_restricted_to_the_unit(self):
        definition = self._create_definition(
            'TA_UNITS', 'Unités créées (test)', 'count', 'unités', source='computed',
            model_name='hr.department', domain="[('code', 'like', 'TA-')]",
            date_field='create_date', unit_field='parent_id')
        start, end = '%s-01-01' % self.year, '%s-12-31' % self.year
        self.assertEqual(definition.compute_measure(start, end), 6.0)
        # the annex direction and its department
        self.assertEqual(definition.compute_measure(start, end, self.unit_annex), 2.0)

    def test_on_event_registration(self):
        if 'event.registration' not in self.env:
            self.skipTest("le module event n'est pas installé")
        definition = self._create_definition(
            'TA_REGISTRATIONS', 'Inscriptions (test)', 'count', 'inscrits', source='computed',
            model_name='event.registration', domain="[('state', 'in', ['open', 'done'])]",
            date_field='date_open')
        start, end = '%s-01-01' % self.year, '%s-12-31' % self.year
        expected = self.env['event.registration'].search_count([
            ('state', 'in', ['open', 'done']),
            ('date_open', '>=', start + ' 00:00:00'), ('date_open', '<=', end + ' 23:59:59')])
        self.assertEqual(definition.compute_measure(start, end), float(expected))

    def test_values_computed_per_started_period(self):
        self.line_partners.action_compute_values()
        values = self.line_partners.value_ids
        started = self.line_partners.period_ids.filtered(lambda p: p.date_start <= self.today)
        self.assertEqual(len(values), len(started))
        self.assertEqual(set(values.mapped('source')), {'computed'})
        self.assertEqual(self.line_partners.realised, 3.0)
        self.assertAlmostEqual(self.line_partners.rate, 50.0)

    def test_recomputation_updates_instead_of_duplicating(self):
        self.line_partners.action_compute_values()
        count = len(self.line_partners.value_ids)
        self.env['res.partner'].create({'name': 'Société KPI test 4', 'is_company': True})
        self.line_partners.action_compute_values()
        self.assertEqual(len(self.line_partners.value_ids), count)
        self.assertEqual(self.line_partners.realised, 4.0)

    def test_validated_computed_value_is_kept(self):
        self.line_partners.action_compute_values()
        self.line_partners.value_ids.sudo(self.auditor).action_validate()
        self.env['res.partner'].create({'name': 'Société KPI test 5', 'is_company': True})
        self.line_partners.action_compute_values()
        self.assertEqual(self.line_partners.realised, 3.0)

    def test_invalid_domain_is_refused_in_french(self):
        with self.assertRaisesRegex(ValidationError, 'le filtre .* est invalide'):
            self.def_partners.domain = "[('is_company', '=', True"

    def test_unknown_field_is_refused(self):
        with self.assertRaisesRegex(ValidationError, "le champ « date_inconnue » n'existe pas"):
            self.def_partners.date_field = 'date_inconnue'

    def test_missing_model_is_reported(self):
        definition = self._create_definition(
            'TA_MISSING', 'Modèle absent (test)', 'count', source='computed',
            model_name='ccis.modele.absent', date_field='create_date')
        self.assertFalse(definition.model_available)
        with self.assertRaisesRegex(UserError, "n'est pas installé"):
            definition.compute_measure('2020-01-01', '2020-12-31')

    def test_domain_is_evaluated_safely(self):
        self.def_partners.domain = "[('create_date', '>=', (context_today() - " \
                                   "relativedelta(years=1)).strftime('%Y-%m-%d'))]"
        self.assertGreaterEqual(self.def_partners.compute_measure(
            '%s-01-01' % self.year, '%s-12-31' % self.year), 3.0)
        with self.assertRaises(ValidationError):
            self.def_partners.domain = "__import__('os').system('true')"


class TestComputedIndicatorPerAction(CcisActivityCommon):
    """A computed definition naming an action field counts, on an action's indicator, only
    the records linked to that action (here: the realised values of the summed indicator,
    linked to their action through ``action_id``)."""

    @classmethod
    def setUpClass(cls):
        super(TestComputedIndicatorPerAction, cls).setUpClass()
        cls.def_per_action = cls._create_definition(
            'TA_PER_ACTION', 'Participants saisis par action (test)', 'sum',
            source='computed', model_name='ccis.indicator.value',
            domain="[('line_id.definition_id.code', '=', 'TA_SUM')]",
            date_field='date', measure_field='value', unit_field='unit_id',
            ccis_action_field='action_id')

    def test_without_action_every_record_counts(self):
        self.assertEqual(self.def_per_action.compute_measure('2020-01-01', '2020-12-31'),
                         370.0)

    def test_with_an_action_only_its_records_count(self):
        measure = self.def_per_action.compute_measure
        self.assertEqual(measure('2020-01-01', '2020-12-31', action=self.action), 280.0)
        self.assertEqual(measure('2020-01-01', '2020-12-31', action=self.action_src), 90.0)
        self.assertEqual(measure('2020-01-01', '2020-12-31', action=self.action_annex), 0.0)

    def test_the_action_replaces_the_unit_restriction(self):
        measure = self.def_per_action.compute_measure
        self.assertEqual(measure('2020-01-01', '2020-12-31', self.unit_annex), 0.0)
        self.assertEqual(
            measure('2020-01-01', '2020-12-31', self.unit_annex, action=self.action), 280.0)

    def test_indicator_line_of_an_action_computes_with_its_action(self):
        line = self._create_line(self.action, self.def_per_action, 400.0)
        line.action_compute_values()
        periods = line.period_ids.sorted('sequence')
        self.assertEqual(periods.mapped('realised'), [90.0, 120.0, 0.0, 70.0])
        self.assertEqual(line.realised, 280.0)

    def test_action_field_must_point_to_an_action(self):
        with self.assertRaisesRegex(ValidationError, "doit pointer vers une action"):
            self.def_per_action.write({'ccis_action_field': 'line_id'})
        with self.assertRaisesRegex(ValidationError, "n'existe pas dans le modèle"):
            self.def_per_action.write({'ccis_action_field': 'no_such_field'})

import datetime
import logging
import time

from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools.safe_eval import safe_eval

from ..tools import indicator

_logger = logging.getLogger(__name__)

MEASURE_SELECTION = [
    ('count', 'Number of Records'),
    ('sum', 'Sum of a Field'),
    ('average', 'Average of a Field'),
    ('last', 'Stock at End of Period'),
    ('ratio', 'Rate (Numerator / Denominator)'),
    ('delay', 'Average Delay Between Two Dates (Days)'),
]
AGGREGATION_SELECTION = [
    ('sum', 'Sum'),
    ('average', 'Weighted Average'),
    ('last', 'End-of-Period Value'),
    ('ratio', 'Recalculated Rate'),
]
DIRECTION_SELECTION = [
    ('higher', 'Higher Is Better'),
    ('lower', 'Lower Is Better'),
]
# the measure an old-style aggregation stands for, when data gives the aggregation only
MEASURE_OF_AGGREGATION = {'average': 'average', 'last': 'last', 'ratio': 'ratio'}
NUMERIC_TYPES = ('integer', 'float', 'monetary')
DATE_TYPES = ('date', 'datetime')
# requests measured per SQL query (arrays joined to the source records)
MEASURE_CHUNK = 100000
# what a period or a line stores of its figure (indicator.stored), and a realised value
# (indicator.entry)
STORED_FIELDS = ('realised', 'numerator', 'denominator', 'has_values', 'rate')
ENTRY_FIELDS = ('value', 'numerator', 'denominator')


def _date_string(value):
    """'YYYY-MM-DD' of a date, a datetime or a date(time) string."""
    if isinstance(value, str):
        return value[:10]
    return fields.Date.to_string(value)


class CcisIndicatorDefinition(models.Model):
    """What an indicator measures and how its figures aggregate.

    The ``measure`` says both: a count of records, a sum, an average or the last value (a
    stock) of a field, the ratio of two other definitions (a rate) or the average delay
    between two dates; ``aggregation`` follows from it (see tools/indicator.py). A computed
    definition measures the records of any model (by a domain and a date field) so that
    figures such as "members received" or "participants" are counted, not typed; a manual
    one is typed by the units, in the same form (a rate as numerator and denominator)."""

    _name = 'ccis.indicator.definition'
    _description = 'Indicator Definition'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Indicator', required=True, translate=True)
    code = fields.Char(string='Code', index=True)
    description = fields.Text(string='Description', translate=True)
    uom = fields.Char(string='Unit of Measure', required=True, default='nombre', translate=True)
    measure = fields.Selection(
        MEASURE_SELECTION, string='Measure', required=True, default='count',
        help='What the indicator measures, and therefore how it aggregates: a count or a sum are added up; '
             'an average or a delay are weighted by their number of observations; a stock takes the value at '
             'the end of the period; a rate is recalculated from its numerator and denominator.')
    aggregation = fields.Selection(
        AGGREGATION_SELECTION, string='Aggregation', compute='_compute_aggregation', store=True,
        readonly=True,
        help='How the values of several periods and several actions are combined (derived from the measure).')
    direction = fields.Selection(
        DIRECTION_SELECTION, string='Direction', required=True, default='higher')
    source = fields.Selection(
        [('manual', 'Manual Entry'), ('computed', 'Computed')],
        string='Source', required=True, default='manual')
    model_name = fields.Char(
        string='Source Model',
        help='Technical name of the model whose records are measured, e.g. res.partner or event.registration.')
    domain = fields.Char(
        string='Filter', default='[]',
        help="Odoo domain applied to the records of the source model, e.g. [('is_company', '=', True)].")
    date_field = fields.Char(
        string='Date Field',
        help='Date or datetime field of the source model that places a record in a period, e.g. create_date; '
             'for a stock, its entry date; for a delay, the start date.')
    date_end_field = fields.Char(
        string='End Date Field',
        help='Stock: exit date (a record counts if it entered no later than the end of the period and has '
             'not exited by that date). Delay: arrival date; a record counts in the period in which that '
             'date falls; records without one are left out.')
    measure_field = fields.Char(
        string='Measured Field',
        help='Numeric field that is added up (sum), averaged (average), or whose last value gives the stock.')
    numerator_id = fields.Many2one(
        'ccis.indicator.definition', string='Numerator', ondelete='restrict',
        help='Computed rate: computed indicator (count, sum or stock) used as the numerator.')
    denominator_id = fields.Many2one(
        'ccis.indicator.definition', string='Denominator', ondelete='restrict',
        help='Computed rate: computed indicator (count, sum or stock) used as the denominator.')
    ratio_factor = fields.Float(
        string='Factor', default=100.0,
        help='Rate = numerator / denominator × factor (100 for a percentage).')
    unit_field = fields.Char(
        string='Unit Field',
        help="Field (to hr.department) of the source model: if set, only records of the indicator line's "
             'unit and its sub-units count.')
    ccis_action_field = fields.Char(
        string='Action Field',
        help="Field (to ccis.activity.action) of the source model: if set, an action's indicator only counts "
             'the records linked to that action (e.g. the events that serve it).')
    model_available = fields.Boolean(
        string='Model Installed', compute='_compute_model_available')
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'The code of an indicator definition must be unique.'),
    ]

    @api.depends('measure')
    def _compute_aggregation(self):
        for definition in self:
            definition.aggregation = indicator.AGGREGATION_OF_KIND.get(definition.measure, 'sum')

    @api.depends('model_name', 'measure', 'source', 'numerator_id.model_available',
                 'denominator_id.model_available')
    def _compute_model_available(self):
        for definition in self:
            if definition.measure == 'ratio' and definition.source == 'computed':
                definition.model_available = bool(
                    definition.numerator_id.model_available
                    and definition.denominator_id.model_available)
            else:
                definition.model_available = bool(
                    definition.model_name and definition.model_name in self.env)

    # ---------------------------------------------------------------- validation

    @api.constrains('source', 'measure', 'model_name', 'domain', 'date_field', 'date_end_field',
                    'measure_field', 'unit_field', 'ccis_action_field', 'numerator_id',
                    'denominator_id', 'ratio_factor')
    def _check_definition(self):
        for definition in self:
            definition._check_ratio()
            if definition.source == 'computed' and definition.measure != 'ratio':
                definition._check_computed_source()

    def _check_ratio(self):
        self.ensure_one()
        name = self.name
        if self.measure != 'ratio':
            if self.numerator_id or self.denominator_id:
                raise ValidationError(_(
                    'Indicator "%s": numerator and denominator are only used with the "Rate" measure.') % name)
            return
        if self.ratio_factor <= 0:
            raise ValidationError(_(
                'Indicator "%s": the rate factor must be positive (100 for a percentage).') % name)
        if self.source == 'manual':
            if self.numerator_id or self.denominator_id:
                raise ValidationError(_(
                    'Indicator "%s": a manual rate is entered value by value (numerator and denominator); '
                    'only a computed rate designates its numerator and denominator indicators.') % name)
            return
        for label, part in ((_('numerator'), self.numerator_id),
                            (_('denominator'), self.denominator_id)):
            if not part:
                raise ValidationError(_(
                    'Indicator "%s": a computed rate must specify its %s.') % (name, label))
            if part == self:
                raise ValidationError(_(
                    'Indicator "%s": a rate cannot be its own %s.')
                    % (name, label))
            if part.source != 'computed' or part.measure not in indicator.PART_KINDS:
                raise ValidationError(_(
                    'Indicator "%s": its %s "%s" must be a computed indicator that counts, sums or gives a '
                    'stock (measure Count, Sum or Stock).')
                    % (name, label, part.name))

    def _check_computed_source(self):
        self.ensure_one()
        name = self.name
        if not self.model_name or not self.date_field:
            raise ValidationError(_(
                'Indicator "%s": a computed indicator must specify the source model and the date field.') % name)
        if self.measure in ('sum', 'average') and not self.measure_field:
            raise ValidationError(_(
                'Indicator "%s": the measured field is required for a sum or an average.') % name)
        if self.measure == 'delay' and not self.date_end_field:
            raise ValidationError(_(
                'Indicator "%s": the end date field is required for a delay.')
                % name)
        if self.date_end_field and self.measure not in ('last', 'delay'):
            raise ValidationError(_(
                'Indicator "%s": the end date field is only used with a stock or a delay.') % name)
        if self.measure_field and self.measure not in ('sum', 'average', 'last'):
            raise ValidationError(_(
                'Indicator "%s": the measured field is only used with a sum, an average or a stock.') % name)
        if self.model_name not in self.env:
            # a definition may target a model of an addon installed later: accepted, and
            # skipped by the computation until the model exists
            return
        model = self.env[self.model_name]
        expected = [
            ('date_field', DATE_TYPES, None, _('a date')),
            ('date_end_field', DATE_TYPES, None, _('a date')),
            ('measure_field', NUMERIC_TYPES, None, _('a number')),
            ('unit_field', ('many2one',), 'hr.department', _('a unit (hr.department)')),
            ('ccis_action_field', ('many2one',), 'ccis.activity.action',
             _('an action (ccis.activity.action)')),
        ]
        for attribute, types, comodel, label in expected:
            field_name = self[attribute]
            if not field_name:
                continue
            field = model._fields.get(field_name)
            if field is None:
                raise ValidationError(_(
                    'Indicator "%s": field "%s" does not exist in model %s.')
                    % (name, field_name, self.model_name))
            if not (field.store and field.column_type):
                raise ValidationError(_(
                    'Indicator "%s": field "%s" of model %s is not stored in the database; it cannot be '
                    'measured.') % (name, field_name, self.model_name))
            if field.type not in types or (comodel and field.comodel_name != comodel):
                if attribute == 'ccis_action_field':
                    raise ValidationError(_(
                        'Indicator "%s": action field "%s" of model %s must point to an action '
                        '(ccis.activity.action).')
                        % (name, field_name, self.model_name))
                raise ValidationError(_(
                    'Indicator "%s": field "%s" of model %s must be %s.')
                    % (name, field_name, self.model_name, label))
        self._eval_domain()

    def _eval_domain(self):
        self.ensure_one()
        context = {
            'uid': self.env.uid,
            'user': self.env.user,
            'time': time,
            'datetime': datetime,
            'relativedelta': relativedelta,
            'context_today': lambda: fields.Date.from_string(fields.Date.context_today(self)),
        }
        try:
            domain = safe_eval(self.domain or '[]', context)
        except Exception as error:
            raise ValidationError(_('Indicator "%s": filter %s is invalid (%s).')
                                  % (self.name, self.domain, error))
        if not isinstance(domain, (list, tuple)):
            raise ValidationError(_('Indicator "%s": the filter must be a list.')
                                  % self.name)
        return list(domain)

    # ---------------------------------------------------------------- CRUD

    @api.model
    def _legacy_aggregation(self, vals):
        """Data written before the measure existed gives an aggregation: it stands for the
        measure (average, last value) when no measure is given; the aggregation itself is
        always derived from the measure."""
        aggregation = vals.pop('aggregation', None)
        if aggregation in MEASURE_OF_AGGREGATION and 'measure' not in vals:
            vals['measure'] = MEASURE_OF_AGGREGATION[aggregation]
        return vals

    @api.model
    def create(self, vals):
        return super(CcisIndicatorDefinition, self).create(self._legacy_aggregation(dict(vals)))

    @api.multi
    def write(self, vals):
        return super(CcisIndicatorDefinition, self).write(self._legacy_aggregation(dict(vals)))

    @api.multi
    def name_get(self):
        return [(definition.id, '%s (%s)' % (definition.name, definition.uom))
                for definition in self]

    # ---------------------------------------------------------------- the engine

    def _ratio_parts(self):
        """The kinds of a ratio's numerator and denominator (additive for a typed rate)."""
        self.ensure_one()
        if self.measure != 'ratio':
            return None
        if self.source == 'computed' and self.numerator_id and self.denominator_id:
            return (self.numerator_id.measure, self.denominator_id.measure)
        return ('sum', 'sum')

    def _figure_spec(self):
        """(kind, ratio parts, factor): what indicator.from_entry needs of this definition
        (read once for the many entries of a review or a grouped read)."""
        self.ensure_one()
        return self.measure, self._ratio_parts(), self.ratio_factor

    def _figure(self, value=None, numerator=None, denominator=None, date=None):
        """The figure of a stored entry of this definition (a realised value, a period or a
        line: see indicator.from_entry)."""
        kind, parts, factor = self._figure_spec()
        return indicator.from_entry(kind, value, numerator, denominator, date, parts, factor)

    def _figure_of_values(self, values):
        """The figure of realised values (ccis.indicator.value records) of this definition
        over the range they cover: the engine's combination over time (None without any)."""
        if not self:
            return None
        kind, parts, factor = self._figure_spec()
        return indicator.over_time([
            indicator.from_entry(kind, value.value, value.numerator, value.denominator,
                                 value.date, parts, factor)
            for value in values.sorted(key=lambda value: (value.date, value.id))])

    def _stored_figure(self, figure, target):
        """What a period or a line stores of its realised ``figure`` against ``target``:
        {realised, numerator, denominator, has_values, rate} (indicator.stored)."""
        return dict(zip(STORED_FIELDS, indicator.stored(figure, target, self.direction)))

    def _entry_values(self, figure):
        """What a realised value stores of a figure: {value, numerator, denominator}
        (indicator.entry)."""
        return dict(zip(ENTRY_FIELDS, indicator.entry(figure)))

    def compute_figure(self, date_from, date_to, unit=None, action=None):
        """The figure (tools/indicator.Figure) of a computed definition over
        [date_from, date_to], for ``unit`` (and its sub-units) or ``action``: see
        _measure_figures."""
        self.ensure_one()
        return self._measure_figures([(0, date_from, date_to, unit, action)])[0]

    def compute_measure(self, date_from, date_to, unit=None, action=None):
        """The value of a computed definition over [date_from, date_to] (0 when it cannot be
        computed, e.g. an average of no record): see _measure_figures."""
        figure = self.compute_figure(date_from, date_to, unit, action)
        return float(figure.value or 0.0)

    def _measure_figures(self, requests):
        """Measure a computed definition for many lines and periods at once.

        ``requests`` is a list of (key, date_from, date_to, unit, action) (records or ids,
        dates or strings); the result maps each
        key to the Figure measured over [date_from, date_to] (dates included): restricted to
        ``unit`` and its sub-units when the definition names a unit field; when it names an
        action field and ``action`` is given, only the records linked to that action count,
        whichever unit they belong to (the action already says which records count). One SQL
        query per definition (two for a ratio) per 100,000 requests.

        Reads as superuser: a unit's figures count every record, whoever may read them (the
        indicator lines themselves stay under the record rules)."""
        self.ensure_one()
        if self.source != 'computed':
            raise UserError(_('Indicator "%s": it is entered manually, not computed.')
                            % self.name)
        if not self.model_available:
            raise UserError(_('Indicator "%s": model %s is not installed.')
                            % (self.name, self.model_name or self.numerator_id.model_name
                               or self.denominator_id.model_name))
        if self.measure == 'ratio':
            numerators = self.numerator_id._measure_figures(requests)
            denominators = self.denominator_id._measure_figures(requests)
            parts, factor = self._ratio_parts(), self.ratio_factor
            return {
                key: indicator.Figure('ratio', numerators[key].value,
                                      denominators[key].value, date_to, parts, factor)
                for key, _date_from, date_to, _unit, _action in requests}
        rows = []
        units = {}
        # read once: a computation passes hundreds of thousands of requests
        action_field, unit_field = self.ccis_action_field, self.unit_field
        for index, (_key, date_from, date_to, unit, action) in enumerate(requests):
            # records or ids (a computation of thousands of lines passes ids)
            unit_id, action_id = getattr(unit, 'id', unit), getattr(action, 'id', action)
            unit_ids = None
            if action_field and action_id:
                pass
            elif unit_field and unit_id:
                action_id = None
                if unit_id not in units:
                    units[unit_id] = self.env['hr.department'].sudo().with_context(
                        active_test=False).search([('id', 'child_of', unit_id)]).ids
                unit_ids = units[unit_id]
            else:
                action_id = None
            rows.append((index, _date_string(date_from), _date_string(date_to), unit_ids,
                         action_id))
        figures = {}
        for index in range(0, len(rows), MEASURE_CHUNK):
            figures.update(self._measure_sql(rows[index:index + MEASURE_CHUNK]))
        return {request[0]: figures[index] for index, request in enumerate(requests)}

    def _measure_sql(self, rows):
        """One query: the source records (domain, as superuser) joined to the requests
        (arrays unnested); see _measure_figures."""
        model = self.env[self.model_name].sudo().with_context(active_test=False)
        domain = self._eval_domain()
        if 'active' in model._fields and not any(
                isinstance(term, (list, tuple)) and term[0] == 'active' for term in domain):
            domain.append(('active', '=', True))
        query = model._where_calc(domain)

        def column(field_name, null):
            if not field_name:
                return null
            return model._inherits_join_calc(model._table, field_name, query)

        unit = column(self.unit_field, 'NULL::int')
        if self.unit_field and model._fields[self.unit_field].comodel_name == model._name:
            # a unit's own parent field (hr.department): as the ORM's child_of on a
            # many2one to the same model, the unit and its sub-units themselves
            unit = '"%s".id' % model._table
        columns = {
            'start': column(self.date_field, 'NULL::timestamp'),
            'stop': column(self.date_end_field, 'NULL::timestamp'),
            'measure': column(self.measure_field, 'NULL::float'),
            'unit': unit,
            'action': column(self.ccis_action_field, 'NULL::int'),
        }
        from_clause, where_clause, where_params = query.get_sql()
        measure = self.measure
        # the source records of the requested dates only (an index on the date serves it)
        placed = columns['stop'] if measure == 'delay' else columns['start']
        bounds = '%s < %%s::date + 1' % placed
        bound_params = [max(row[2] for row in rows)]
        if measure != 'last':
            bounds += ' AND %s >= %%s::date' % placed
            bound_params.append(min(row[1] for row in rows))
        source = 'SELECT "%s".id AS id, %s FROM %s WHERE %s AND %s' % (
            model._table,
            ', '.join('%s AS %s' % (expression, alias) for alias, expression in columns.items()),
            from_clause, where_clause or 'TRUE', bounds)
        where_params = list(where_params) + bound_params
        if measure == 'delay':
            # placed in the period of its end date; records without one are left out
            within = 'r.date_from <= s.stop AND s.stop < r.date_to + 1 AND s.start IS NOT NULL'
        elif measure == 'last':
            within = 's.start < r.date_to + 1'
            if self.date_end_field:
                within += ' AND (s.stop IS NULL OR s.stop >= r.date_to + 1)'
        else:
            within = 'r.date_from <= s.start AND s.start < r.date_to + 1'
        aggregates = {
            'count': 'COUNT(s.id), 0',
            'sum': 'COALESCE(SUM(s.measure), 0), 0',
            'average': 'COALESCE(SUM(s.measure), 0), COUNT(s.measure)',
            'delay': 'COALESCE(SUM(EXTRACT(EPOCH FROM (s.stop::timestamp - s.start::timestamp))'
                     ' / 86400.0), 0), COUNT(s.id)',
            'last': 'COUNT(s.id), 0',
        }
        if measure == 'last' and self.measure_field:
            # the value of the latest record dated on or before the end of the period
            select = 'SELECT DISTINCT ON (r.key) r.key, COALESCE(s.measure, 0), 0'
            tail = 'ORDER BY r.key, s.start DESC, s.id DESC'
        else:
            select = 'SELECT r.key, %s' % aggregates[measure]
            tail = 'GROUP BY r.key'
        # one join per kind of restriction, each an equality the planner hashes: the action,
        # each unit of the line's unit's subtree (one VALUES row per unit), or none
        joins, params = [], []
        for restriction in ('action', 'unit', None):
            chosen = [row for row in rows if (
                'action' if row[4] else 'unit' if row[3] is not None else None) == restriction]
            if restriction == 'unit':
                chosen = [(key, start, stop, unit_id) for key, start, stop, unit_ids, _action
                          in chosen for unit_id in unit_ids]
            elif restriction == 'action':
                chosen = [(key, start, stop, action_id)
                          for key, start, stop, _units, action_id in chosen]
            else:
                chosen = [(key, start, stop, None) for key, start, stop, _units, _action in chosen]
            if not chosen:
                continue
            condition = {'action': 'AND s.action = r.restriction',
                         'unit': 'AND s.unit = r.restriction', None: ''}[restriction]
            joins.append("""{select}
              FROM unnest(%s::int[], %s::date[], %s::date[], %s::int[])
                   AS r(key, date_from, date_to, restriction)
              JOIN ({source}) AS s ON {within} {condition}
              {tail}""".format(
                select=select, source=source, within=within, condition=condition, tail=tail))
            params += [list(column) for column in zip(*chosen)] + where_params
        sql = ' UNION ALL '.join('(%s)' % join for join in joins)
        self.env.cr.execute(sql, params)
        found = {key: (numerator, denominator)
                 for key, numerator, denominator in self.env.cr.fetchall()}
        result = {}
        for key, _date_from, date_to, _unit_ids, _action_id in rows:
            numerator, denominator = found.get(key, (0.0, 0.0))
            result[key] = indicator.Figure(measure, numerator, denominator, date_to)
        return result

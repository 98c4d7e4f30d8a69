from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import indicator, kpi
from .ccis_indicator_definition import (AGGREGATION_SELECTION, DIRECTION_SELECTION,
                                        MEASURE_SELECTION)

COLOUR_SELECTION = [
    ('none', 'Not Assessed'),
    ('danger', 'Insufficient'),
    ('warning', 'To Monitor'),
    ('success', 'Achieved'),
]
PERIOD_TYPE_SELECTION = [('month', 'Month'), ('quarter', 'Quarter')]
# the context value (key ``ccis_value_sync``) of the suite's own bookkeeping writes on realised
# values, which skip the checks of validation rights (ccis.indicator.value): an object, that
# no RPC context (JSON) can carry
VALUE_SYNC = object()


def _columns(rows):
    """The columns of ``rows`` as lists: the arrays a set-based write unnests."""
    return [list(column) for column in zip(*rows)]


class CcisIndicatorLine(models.Model):
    """An indicator followed on an action (or directly on an axis of a programme): a yearly
    target split into period targets, the realised values, the achievement rate.

    Its realised figure is the indicator engine's combination of its values
    (tools/indicator.py); computed indicators get their values from the engine's measure of
    the source records (ccis.indicator.definition._measure_figures)."""

    _name = 'ccis.indicator.line'
    _description = 'Programme Indicator'
    _inherit = ['ccis.unit.mixin', 'ccis.indicator.figure.mixin',
                'ccis.indicator.stored.figure.mixin', 'mail.thread',
                'mail.activity.mixin']
    _order = 'programme_id desc, axis_id, action_id, sequence, id'
    _figure_line_column = 'id'
    _figure_rate_field = 'rate'
    _figure_has_values_column = 'has_values'

    sequence = fields.Integer(string='Sequence', default=10)
    definition_id = fields.Many2one(
        'ccis.indicator.definition', string='Indicator', required=True, index=True,
        ondelete='restrict', track_visibility='onchange')
    name = fields.Char(related='definition_id.name', string='Title', readonly=True,
                       store=True)
    uom = fields.Char(related='definition_id.uom', string='Unit of Measure', readonly=True)
    measure = fields.Selection(MEASURE_SELECTION, related='definition_id.measure',
                               string='Measure', readonly=True, store=True)
    aggregation = fields.Selection(AGGREGATION_SELECTION, related='definition_id.aggregation',
                                   string='Aggregation', readonly=True, store=True)
    direction = fields.Selection(DIRECTION_SELECTION, related='definition_id.direction',
                                 string='Direction', readonly=True)
    source = fields.Selection(related='definition_id.source', string='Source', readonly=True,
                              store=True)
    programme_id = fields.Many2one(
        'ccis.activity.programme', string='Action Programme', required=True, index=True,
        ondelete='cascade')
    year = fields.Integer(related='programme_id.year', store=True, readonly=True,
                          string='Year', index=True)
    axis_id = fields.Many2one('ccis.activity.axis', string='Axis', required=True, index=True,
                              ondelete='restrict')
    action_id = fields.Many2one('ccis.activity.action', string='Action', index=True,
                                ondelete='cascade')
    user_id = fields.Many2one('res.users', string='Responsible', index=True,
                              default=lambda self: self.env.user)
    period_type = fields.Selection(PERIOD_TYPE_SELECTION, string='Periodicity', required=True,
                                   default='quarter', track_visibility='onchange')
    target = fields.Float(string='Annual Target', track_visibility='onchange')
    period_ids = fields.One2many('ccis.indicator.period', 'line_id', string='Periods')
    value_ids = fields.One2many('ccis.indicator.value', 'line_id', string='Actual Values')
    colour = fields.Selection(COLOUR_SELECTION, string='Assessment',
                              compute='_compute_colour')
    target_to_date = fields.Float(string='Target to Date', compute='_compute_to_date')
    realised_to_date = fields.Float(string='Actual to Date', compute='_compute_to_date')
    rate_to_date = fields.Float(string='Rate to Date (%)', compute='_compute_to_date')
    value_count = fields.Integer(string='Number of Values', compute='_compute_realised',
                                 store=True)

    @api.depends('value_ids.value', 'value_ids.numerator', 'value_ids.denominator',
                 'value_ids.date', 'target', 'definition_id.measure',
                 'definition_id.ratio_factor', 'definition_id.direction')
    def _compute_realised(self):
        self._figures_from_values()
        for line in self:
            line.value_count = len(line.value_ids)

    def _figure_definition(self):
        return self.definition_id

    def _rate_or_none(self):
        self.ensure_one()
        realised = self.realised if self.has_values else None
        return kpi.achievement_rate(realised, self.target, self.direction or 'higher')

    def _compute_colour(self):
        warning, success = self.env['res.config.settings']._ccis_rate_thresholds()
        for line in self:
            line.colour = kpi.rate_colour(line._rate_or_none(), warning, success)

    def _figures_to_date(self, date):
        """(target, realised, rate) over the periods started on or before ``date``."""
        self.ensure_one()
        target, figure = self._figures_between(None, date)[self.id]
        realised = indicator.value(figure)
        return target, realised, kpi.achievement_rate(realised, target,
                                                      self.direction or 'higher')

    def _compute_to_date(self):
        today = fields.Date.context_today(self)
        lines = self.filtered(lambda line: isinstance(line.id, int))
        figures = lines._figures_between(None, today)
        for line in self:
            target, figure = figures.get(line.id, (None, None))
            realised = indicator.value(figure)
            line.target_to_date = target or 0.0
            line.realised_to_date = realised or 0.0
            line.rate_to_date = kpi.achievement_rate(realised, target,
                                                     line.direction or 'higher') or 0.0

    def _figures_between(self, date_from=None, date_to=None, stored=True):
        """{line id: (target, figure)} of these lines over [date_from, date_to] (open ends
        when not given), by the engine (tools/indicator.py): a line whose programme year the
        range covers gives its yearly target and its stored figure (the engine's combination
        of all its values, kept by its computed fields); another line, the combination over
        time of its values dated in the range and of the targets of its periods that start
        in it (also for every line when ``stored`` is False). A few queries whatever the
        number of lines (a programme's review reads tens of thousands); the lines themselves
        must be readable by the user (the caller read them under the record rules)."""
        if not self:
            return {}
        self.env.cr.execute("""
            SELECT id, definition_id, year, target, realised, numerator, denominator,
                   has_values
              FROM ccis_indicator_line WHERE id IN %s""", (tuple(self.ids),))
        return self._figures_of_rows(self.env.cr.fetchall(), date_from, date_to, stored)

    @api.model
    def _figures_of_rows(self, rows, date_from=None, date_to=None, stored=True):
        """_figures_between of lines already read: ``rows`` of (id, definition_id, year,
        target, realised, numerator, denominator, has_values) as stored (a review reads its
        lines under the record rules with these columns)."""
        cr = self.env.cr
        date_from = date_from and str(date_from)[:10]
        date_to = date_to and str(date_to)[:10]
        specs = {definition.id: definition._figure_spec() for definition in
                 self.env['ccis.indicator.definition'].sudo().with_context(
                     active_test=False).browse({row[1] for row in rows})}
        from_entry = indicator.from_entry
        result, definition_of = {}, {}
        for line_id, definition_id, year, target, realised, numerator, denominator, filled \
                in rows:
            end = '%04d-12-31' % year
            if stored and (not date_from or date_from <= '%04d-01-01' % year) \
                    and (not date_to or date_to >= end):
                kind, parts, factor = specs[definition_id]
                result[line_id] = (target, from_entry(
                    kind, realised, numerator, denominator, end, parts, factor)
                    if filled else None)
            else:
                definition_of[line_id] = definition_id
        if not definition_of:
            return result
        bounds, params = [], [tuple(definition_of)]
        if date_from:
            bounds.append('{date} >= %s')
            params.append(date_from)
        if date_to:
            bounds.append('{date} <= %s')
            params.append(date_to)

        def where(date):
            return ' AND '.join(['line_id IN %s'] + bounds).format(date=date)

        cr.execute("""SELECT line_id, date, value, numerator, denominator
                        FROM ccis_indicator_value WHERE {where}
                    ORDER BY line_id, date, id""".format(where=where('date')), params)
        entries = {}
        for line_id, date, amount, numerator, denominator in cr.fetchall():
            kind, parts, factor = specs[definition_of[line_id]]
            entries.setdefault(line_id, []).append(
                from_entry(kind, amount, numerator, denominator, date, parts, factor))
        cr.execute("""SELECT line_id, target FROM ccis_indicator_period WHERE {where}
                    ORDER BY line_id, date_start, sequence""".format(where=where('date_start')),
                   params)
        targets = {}
        for line_id, target in cr.fetchall():
            targets.setdefault(line_id, []).append(target)
        result.update({
            line_id: (indicator.target_over_time(targets.get(line_id, []),
                                                 specs[definition_id][0]),
                      indicator.over_time(entries.get(line_id, [])))
            for line_id, definition_id in definition_of.items()})
        return result

    @api.model_cr
    def init(self):
        # figures are rewritten by every computation: room on each page lets PostgreSQL
        # update a row in place, without touching the indexes (HOT updates)
        self.env.cr.execute('ALTER TABLE ccis_indicator_line SET (fillfactor = 80)')

    @api.constrains('action_id', 'programme_id', 'axis_id')
    def _check_action(self):
        for line in self.sudo().filtered("action_id"):
            if line.action_id.programme_id != line.programme_id:
                raise ValidationError(_(
                    'Indicator "%s": it must belong to the programme of its action "%s".')
                    % (line.name, line.action_id.name))

    @api.onchange('action_id')
    def _onchange_action_id(self):
        if self.action_id:
            self.programme_id = self.action_id.programme_id
            self.axis_id = self.action_id.axis_id
            self.unit_id = self.action_id.unit_id
            self.user_id = self.action_id.user_id

    @api.model
    def _complete_from_action(self, vals):
        if vals.get('action_id'):
            action = self.env['ccis.activity.action'].browse(vals['action_id'])
            vals.update({
                'programme_id': action.programme_id.id,
                'axis_id': action.axis_id.id,
                'unit_id': action.unit_id.id,
            })
            vals.setdefault('user_id', action.user_id.id)
        return vals

    @api.model
    def create(self, vals):
        vals = self._complete_from_action(dict(vals))
        line = super(CcisIndicatorLine, self.with_context(mail_create_nolog=True)).create(vals)
        if not line.period_ids:
            line._generate_periods()
        return line

    @api.multi
    def write(self, vals):
        if vals.get('action_id'):
            vals = self._complete_from_action(dict(vals))
        res = super(CcisIndicatorLine, self).write(vals)
        if 'period_type' in vals or 'programme_id' in vals:
            self._generate_periods()
        elif 'target' in vals and not self.env.context.get('ccis_keep_period_targets'):
            self._split_target()
        if 'unit_id' in vals:
            for line in self:
                line.period_ids.write({'unit_id': line.unit_id.id})
                line.value_ids.with_context(ccis_value_sync=VALUE_SYNC).write(
                    {'unit_id': line.unit_id.id})
        return res

    def _generate_periods(self):
        """(Re)create the periods of the programme's year and split the target over them."""
        periods = self.env['ccis.indicator.period']
        for line in self:
            line.period_ids.unlink()
            bounds = kpi.period_bounds(line.programme_id.year, line.period_type)
            targets = indicator.split_target(line.target, len(bounds),
                                             line.definition_id.measure or 'count')
            for (index, name, start, end), target in zip(bounds, targets):
                periods.create({
                    'line_id': line.id,
                    'sequence': index,
                    'name': name,
                    'date_start': fields.Date.to_string(start),
                    'date_end': fields.Date.to_string(end),
                    'target': target,
                })
            line.value_ids._assign_period()

    def _split_target(self):
        for line in self:
            periods = line.period_ids.sorted('sequence')
            targets = indicator.split_target(line.target, len(periods),
                                             line.definition_id.measure or 'count')
            for period, target in zip(periods, targets):
                period.target = target

    @api.multi
    def name_get(self):
        result = []
        for line in self:
            label = line.definition_id.name or ''
            if line.action_id:
                label = '%s — %s' % (label, line.action_id.name)
            result.append((line.id, label))
        return result

    # ---------------------------------------------------------------- computed indicators

    @api.multi
    def action_compute_values(self):
        """Measure the realised values of computed indicators up to today."""
        self._compute_values(fields.Date.context_today(self))
        return True

    def _compute_values(self, as_of):  # pylint: disable=missing-return
        """Measure the computed indicators among these lines through the engine: one value
        per period started by ``as_of``, measured from the period's start to its end (or to
        ``as_of`` for the period in progress) and dated there; validated values are left as
        they are, and a period holding a typed value keeps it instead of a measure. One
        query per definition measures every line and period
        (ccis.indicator.definition._measure_figures); the values, and the figures of their
        periods and lines, are then written set-based (the benchmark computes 20,000 lines
        of 12 months at once)."""
        if not self:
            return
        # the lines are read under the user's rights, their columns by SQL: the ORM would
        # fetch (and cache) every field of tens of thousands of lines
        self.check_access_rights('read')
        self.check_access_rule('read')
        cr = self.env.cr
        cr.execute("""SELECT id, definition_id FROM ccis_indicator_line
                       WHERE id IN %s AND source = 'computed'""", (tuple(self.ids),))
        rows = cr.fetchall()
        available = self.env['ccis.indicator.definition'].sudo().with_context(
            active_test=False).browse({row[1] for row in rows}).filtered('model_available')
        lines = self.browse(sorted(row[0] for row in rows if row[1] in available.ids))
        if not lines:
            return
        as_of = fields.Date.to_string(fields.Date.from_string(as_of))
        # a period holding a typed value (e.g. the history carried over from a retired typed
        # indicator) keeps it: it is not measured, and a draft measure of it is removed
        cr.execute("""
            DELETE FROM ccis_indicator_value c
             WHERE c.line_id IN %s AND c.source = 'computed' AND c.state = 'draft'
               AND EXISTS (SELECT 1 FROM ccis_indicator_value m
                            WHERE m.period_id = c.period_id AND m.source = 'manual')
         RETURNING c.line_id""", (tuple(lines.ids),))
        cleared = {row[0] for row in cr.fetchall()}
        cr.execute("""
            SELECT p.id, p.line_id, p.date_start, LEAST(p.date_end, %s::date),
                   l.definition_id, l.unit_id, l.action_id
              FROM ccis_indicator_period p
              JOIN ccis_indicator_line l ON l.id = p.line_id
             WHERE p.line_id IN %s AND p.date_start <= %s
               AND NOT EXISTS (SELECT 1 FROM ccis_indicator_value m
                                WHERE m.period_id = p.id AND m.source = 'manual')
          ORDER BY p.line_id, p.date_start""", (as_of, tuple(lines.ids), as_of))
        requests, places = {}, {}
        for period_id, line_id, start, end, definition_id, unit_id, action_id in cr.fetchall():
            requests.setdefault(definition_id, []).append(
                (period_id, start, end, unit_id, action_id))
            places[period_id] = (line_id, end, definition_id)
        Definition = self.env['ccis.indicator.definition'].sudo()
        figures = {}
        for definition_id, items in requests.items():
            figures.update(Definition.browse(definition_id)._measure_figures(items))
        self._store_computed_values(figures, places)
        if cleared:
            self.browse(cleared)._store_figures()

    def _store_computed_values(self, figures, places):  # pylint: disable=missing-return
        """Write the computed values {period id: figure} (``places``: {period id: (line id,
        date, definition id)}), then the figures of their periods and lines."""
        if not figures:
            return
        cr = self.env.cr
        line_ids = tuple({place[0] for place in places.values()})
        cr.execute("""SELECT period_id, id, state, value, numerator, denominator, date
                        FROM ccis_indicator_value
                       WHERE source = 'computed' AND line_id IN %s AND period_id IS NOT NULL""",
                   (line_ids,))
        existing = {row[0]: row[1:] for row in cr.fetchall()}
        definitions = self.env['ccis.indicator.definition'].sudo().browse(
            {place[2] for place in places.values()})
        comment = _('Automatic Computation (%s)')
        comments = {
            definition.id: comment % (definition.model_name or definition.numerator_id.model_name)
            for definition in definitions}
        entry = indicator.entry
        inserts, updates = [], []
        # in the order of the periods: the new rows' index entries and foreign keys follow
        # the tables' order
        for period_id in sorted(figures):
            line_id, date, definition_id = places[period_id]
            amounts = entry(figures[period_id])
            row = existing.get(period_id)
            if row is None:
                inserts.append((line_id, period_id, date) + amounts
                               + (comments[definition_id],))
            elif row[1] != 'validated' and (str(row[5]) != str(date) or any(
                    abs((old or 0.0) - new) > 1e-9 for old, new in zip(row[2:5], amounts))):
                updates.append((row[0], date) + amounts)
        if inserts:
            cr.execute("""
                INSERT INTO ccis_indicator_value (
                    line_id, period_id, date, value, numerator, denominator, comment, source,
                    state, definition_id, programme_id, year, axis_id, action_id, unit_id,
                    site_id, create_uid, write_uid, create_date, write_date)
                SELECT v.line_id, v.period_id, v.date, v.value, v.numerator, v.denominator,
                       v.comment, 'computed', 'draft', l.definition_id, l.programme_id, l.year,
                       l.axis_id, l.action_id, l.unit_id, l.site_id, %s, %s,
                       now() at time zone 'UTC', now() at time zone 'UTC'
                  FROM unnest(%s::int[], %s::int[], %s::date[], %s::float[], %s::float[],
                              %s::float[], %s::text[])
                       AS v(line_id, period_id, date, value, numerator, denominator, comment)
                  JOIN ccis_indicator_line l ON l.id = v.line_id""",
                       [self.env.uid, self.env.uid] + _columns(inserts))
        if updates:
            cr.execute("""
                UPDATE ccis_indicator_value v
                   SET date = u.date, value = u.value, numerator = u.numerator,
                       denominator = u.denominator, write_uid = %s,
                       write_date = now() at time zone 'UTC'
                  FROM unnest(%s::int[], %s::date[], %s::float[], %s::float[], %s::float[])
                       AS u(id, date, value, numerator, denominator)
                 WHERE v.id = u.id""", [self.env.uid] + _columns(updates))
        if inserts or updates:
            self.browse(line_ids)._store_figures()

    def _store_figures(self):  # pylint: disable=missing-return
        """Recompute and write, set-based, the stored figures of these lines and of their
        periods from their values (the same engine functions as their computed fields:
        ccis.indicator.definition._stored_figure, i.e. indicator.stored)."""
        cr = self.env.cr
        ids = tuple(self.ids)
        cr.execute("""SELECT id, definition_id, target, realised, numerator, denominator,
                             has_values, rate, value_count
                        FROM ccis_indicator_line WHERE id IN %s""", (ids,))
        lines, current = {}, {}
        for row in cr.fetchall():
            lines[row[0]] = row[1:3]
            current[row[0]] = row[3:]
        # per definition: (kind, ratio parts, factor, direction), read once
        specs = {definition.id: definition._figure_spec() + (definition.direction,)
                 for definition in self.env['ccis.indicator.definition'].sudo().browse(
                     {definition_id for definition_id, _target in lines.values()})}
        line_specs = {line_id: specs[definition_id]
                      for line_id, (definition_id, _target) in lines.items()}
        cr.execute("""SELECT line_id, period_id, date, value, numerator, denominator
                        FROM ccis_indicator_value WHERE line_id IN %s
                    ORDER BY line_id, date, id""", (ids,))
        from_entry, over_time, stored = indicator.from_entry, indicator.over_time, \
            indicator.stored
        by_line, by_period, counts = {}, {}, {}
        for line_id, period_id, date, amount, numerator, denominator in cr.fetchall():
            kind, parts, factor, _direction = line_specs[line_id]
            figure = from_entry(kind, amount, numerator, denominator, date, parts, factor)
            if line_id in by_line:
                by_line[line_id].append(figure)
                counts[line_id] += 1
            else:
                by_line[line_id] = [figure]
                counts[line_id] = 1
            if period_id:
                if period_id in by_period:
                    by_period[period_id].append(figure)
                else:
                    by_period[period_id] = [figure]
        cr.execute("""SELECT id, line_id, target, realised, numerator, denominator,
                             has_values, rate
                        FROM ccis_indicator_period WHERE line_id IN %s ORDER BY id""", (ids,))

        def changed(old, new):
            return any(abs((a or 0) - (b or 0)) > 1e-9 for a, b in zip(old, new))

        period_rows = []
        for period_id, line_id, target, *old in cr.fetchall():
            row = stored(over_time(by_period.get(period_id, ())), target,
                         line_specs[line_id][3])
            if changed(old, row):
                period_rows.append((period_id,) + row)
        line_rows = []
        for line_id in sorted(lines):
            row = stored(over_time(by_line.get(line_id, ())), lines[line_id][1],
                         line_specs[line_id][3]) + (counts.get(line_id, 0),)
            if changed(current[line_id], row):
                line_rows.append((line_id,) + row)
        if period_rows:
            cr.execute("""
                UPDATE ccis_indicator_period t
                   SET realised = u.realised, numerator = u.numerator,
                       denominator = u.denominator, has_values = u.has_values, rate = u.rate
                  FROM unnest(%s::int[], %s::float[], %s::float[], %s::float[], %s::boolean[],
                              %s::float[])
                       AS u(id, realised, numerator, denominator, has_values, rate)
                 WHERE t.id = u.id""", _columns(period_rows))
        if line_rows:
            cr.execute("""
                UPDATE ccis_indicator_line t
                   SET realised = u.realised, numerator = u.numerator,
                       denominator = u.denominator, has_values = u.has_values, rate = u.rate,
                       value_count = u.value_count
                  FROM unnest(%s::int[], %s::float[], %s::float[], %s::float[], %s::boolean[],
                              %s::float[], %s::int[])
                       AS u(id, realised, numerator, denominator, has_values, rate, value_count)
                 WHERE t.id = u.id""", _columns(line_rows))
        for model in ('ccis.indicator.value', 'ccis.indicator.period', 'ccis.indicator.line'):
            self.env[model].invalidate_cache()

    @api.model
    def _cron_compute_values(self):
        lines = self.search([('source', '=', 'computed'),
                             ('programme_id.state', 'in', ('approved', 'execution'))])
        lines.action_compute_values()

    # ---------------------------------------------------------------- follow-up

    @api.model
    def _cron_follow_up(self):
        """Indicators behind target to date: a follow-up activity for their responsible."""
        Activity = self.env['mail.activity']
        activity_type = self.env.ref('ccis_activity.mail_activity_type_ccis_follow_up')
        warning, _success = self.env['res.config.settings']._ccis_rate_thresholds()
        today = fields.Date.context_today(self)
        lines = Activity._ccis_without_open_activity(self.search([
            ('programme_id.state', '=', 'execution'),
            ('action_id.state', 'not in', ('cancelled', 'draft'))]), activity_type)
        figures = {}
        for line in lines:
            if not line._follow_up_user():
                continue
            ended = line.period_ids.filtered(lambda p: p.date_end < today)
            if not ended:
                continue
            target, realised, rate = line._figures_to_date(max(ended.mapped('date_end')))
            if rate is not None and rate < warning:
                figures[line.id] = (target, realised, rate)
        return Activity._ccis_schedule_todos(
            lines.filtered(lambda line: line.id in figures),
            lambda line, text=_('Indicator Behind Its Target'): text,
            note=lambda line, text=_(
                '<p>"%s": actual %s against a target to date of %s (%s %%).</p>'): text
            % (line.display_name, round(figures[line.id][1] or 0.0, 2),
               round(figures[line.id][0] or 0.0, 2), int(round(figures[line.id][2]))),
            user=lambda line: line._follow_up_user(),
            activity_type=activity_type)

    def _follow_up_user(self):
        self.ensure_one()
        return self.user_id or self.unit_id.manager_id.user_id

    @api.multi
    def unlink(self):
        if self.mapped('value_ids').filtered(lambda v: v.state == 'validated') and \
                not self.env.user.has_group('ccis_base.group_ccis_direction'):
            raise UserError(_('Values validated by the audit are linked to these indicators: only the '
                              'management can delete them.'))
        return super(CcisIndicatorLine, self).unlink()

from collections import OrderedDict

from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..tools import indicator, kpi


class CcisActivityReviewWizard(models.TransientModel):
    """The review of the action programme, axis by axis, for a programme's year, a named
    period (OCA ``date_range``: a quarter, a month...) or any dates, compared with the same
    dates of the previous year; printed as PDF or XLSX."""

    _name = 'ccis.activity.review.wizard'
    _description = 'Action Programme Review'

    def _default_programme(self):
        today = fields.Date.from_string(fields.Date.context_today(self))
        Programme = self.env['ccis.activity.programme']
        return (Programme.search([('year', '=', today.year)], limit=1)
                or Programme.search([], order='year desc', limit=1))

    programme_id = fields.Many2one('ccis.activity.programme', string='Action Programme',
                                   default=lambda self: self._default_programme())
    date_range_id = fields.Many2one(
        'date.range', string='Period',
        help='A named period (fiscal year, quarter, month: Configuration › Action Programme › Periods): it '
             'gives the dates of the review. Empty: the dates entered.')
    date_from = fields.Date(string='From', required=True)
    date_to = fields.Date(string='To', required=True)
    compare = fields.Boolean(string='Compare with Previous Year', default=True)
    axis_ids = fields.Many2many('ccis.activity.axis', string='Axes',
                                help='Empty: all axes.')
    unit_ids = fields.Many2many('hr.department', string='Units',
                                help='Empty: all units (and their sub-units).')

    @api.model
    def default_get(self, fields_list):
        res = super(CcisActivityReviewWizard, self).default_get(fields_list)
        if 'date_from' in fields_list and not res.get('date_from'):
            res.update(self._dates_of(res.get('programme_id'), res.get('date_range_id')))
        return res

    @api.model
    def create(self, vals):
        if not vals.get('date_from'):
            vals = dict(vals, **self._dates_of(vals.get('programme_id'),
                                               vals.get('date_range_id')))
        return super(CcisActivityReviewWizard, self).create(vals)

    @api.model
    def _dates_of(self, programme_id, date_range_id):
        """Values of the period and dates the wizard takes from its period, else from its
        programme's year (and its « Exercice » period)."""
        date_range = self.env['date.range'].browse(date_range_id)
        if not date_range:
            programme = self.env['ccis.activity.programme'].browse(programme_id)
            if not programme:
                return {}
            date_range = programme.date_range_id
            if not date_range:
                return {'date_from': programme.date_start, 'date_to': programme.date_end}
        return {'date_range_id': date_range.id, 'date_from': date_range.date_start,
                'date_to': date_range.date_end}

    @api.onchange('programme_id')
    def _onchange_programme_id(self):
        """The programme's year (its « Exercice » period), unless the period chosen lies in
        that year (a quarter, a month of the programme)."""
        programme, period = self.programme_id, self.date_range_id
        if not programme or period and (
                programme.date_start <= period.date_start <= period.date_end
                <= programme.date_end):
            return
        self.date_range_id = programme.date_range_id
        self.date_from = programme.date_start
        self.date_to = programme.date_end

    @api.onchange('date_range_id')
    def _onchange_date_range_id(self):
        """The period's dates; a programme of another year gives way to the programme of the
        period's year (none if the period spans several years)."""
        period = self.date_range_id
        if not period:
            return
        self.date_from, self.date_to = period.date_start, period.date_end
        programme = self.programme_id
        if programme and not (programme.date_start <= period.date_start
                              and period.date_end <= programme.date_end):
            year = fields.Date.from_string(period.date_start).year
            self.programme_id = fields.Date.from_string(period.date_end).year == year and \
                programme.search([('year', '=', year),
                                  ('company_id', '=', programme.company_id.id)], limit=1)

    @api.onchange('date_from', 'date_to')
    def _onchange_dates(self):
        """Dates typed by hand leave the period they no longer match."""
        period = self.date_range_id
        if period and (self.date_from, self.date_to) != (period.date_start, period.date_end):
            self.date_range_id = False

    @api.constrains('date_from', 'date_to')
    def _check_dates(self):
        for wizard in self:
            if wizard.date_to < wizard.date_from:
                raise UserError(_('Review: the end date (%s) is before the start date (%s).')
                                % (wizard.date_to, wizard.date_from))

    # ---------------------------------------------------------------- data

    def _title(self):
        self.ensure_one()
        if self._is_full_year(self.programme_id, self.date_from, self.date_to):
            return _('Action Programme Review %s') % self.programme_id.year
        period = self.date_range_id
        if period and (period.date_start, period.date_end) == (self.date_from, self.date_to):
            return _('Action Programme Review: %s (from %s to %s)') % (
                period.name, self._format_date(self.date_from),
                self._format_date(self.date_to))
        return _('Action Programme Review from %s to %s') % (
            self._format_date(self.date_from), self._format_date(self.date_to))

    @staticmethod
    def _format_date(date):
        return fields.Date.from_string(date).strftime('%d/%m/%Y')

    @staticmethod
    def _is_full_year(programme, date_from, date_to):
        return bool(programme) and date_from == programme.date_start \
            and date_to == programme.date_end

    def _scope_domain(self, programme, date_from, date_to, prefix=''):
        domain = [(prefix + 'programme_id.date_start', '<=', date_to),
                  (prefix + 'programme_id.date_end', '>=', date_from)]
        if programme is not None:
            domain = [(prefix + 'programme_id', '=', programme.id)]
        if self.axis_ids:
            domain.append((prefix + 'axis_id', 'in', self.axis_ids.ids))
        if self.unit_ids:
            domain.append((prefix + 'unit_id', 'child_of', self.unit_ids.ids))
        return domain

    def _read_rows(self, model, domain, field_names, as_dicts=True):
        """Rows (dicts, or tuples of id + ``field_names`` if not ``as_dicts``) of the records
        matching ``domain`` under the user's record rules, many2one fields as bare ids. One
        SQL query built the way the ORM's search builds it (domain + record rules), instead
        of read(): a review reads tens of thousands of indicator lines and the ORM would cost
        a name_get and a cache entry per row."""
        Model = self.env[model]
        Model.check_access_rights('read')
        query = Model._where_calc(domain)
        Model._apply_ir_rules(query, 'read')
        from_clause, where_clause, params = query.get_sql()
        columns = ', '.join('"%s"."%s"' % (Model._table, name) for name in ['id'] + field_names)
        self.env.cr.execute('SELECT %s FROM %s WHERE %s ORDER BY "%s"."id"' % (
            columns, from_clause, where_clause or 'TRUE', Model._table), params)
        # odoo.sql_db casts dates to strings and numerics to floats, as read() gives them
        return self.env.cr.dictfetchall() if as_dicts else self.env.cr.fetchall()

    def _names(self, model, ids, field='name'):
        records = self.env[model].sudo().with_context(active_test=False).browse(
            [record_id for record_id in set(ids) if record_id])
        return {row['id']: row[field] for row in records.read([field])}

    @staticmethod
    def _empty_scope():
        return {'actions': [], 'planned': 0, 'done': 0, 'budget_planned': 0.0,
                'budget_actual': 0.0, 'indicators': OrderedDict(), 'lines': []}

    def _collect(self, programme, date_from, date_to, details=True):
        """Figures of the actions and indicators in [date_from, date_to] (of ``programme`` if
        it is given: a record, maybe empty): {'axes': {axis id: scope}, 'sites': {site id:
        scope}}; each axis's actions and indicator lines listed if ``details`` (the range
        compared with prints only their figures). Every indicator figure comes from the
        indicator engine: each line's figure over the range
        (ccis.indicator.line._figures_of_rows, _figures_between's path for the lines read
        here), combined per axis and per site by tools/indicator.combine_lines."""
        full_year = self._is_full_year(programme, date_from, date_to)
        if programme is not None and not programme:
            return {'axes': {}, 'sites': {}}
        state_labels = dict(self.env['ccis.activity.action']._fields['state']
                            ._description_selection(self.env))
        action_domain = self._scope_domain(programme, date_from, date_to) + [
            ('state', '!=', 'cancelled'),
            ('date_start', '<=', date_to), ('date_end', '>=', date_from)]
        action_rows = self._read_rows('ccis.activity.action', action_domain, [
            'reference', 'name', 'axis_id', 'unit_id', 'site_id', 'user_id', 'state',
            'progress', 'budget_planned', 'budget_actual', 'date_start', 'date_end',
            'date_done'])
        if not full_year:
            expenses = self.env['ccis.activity.action'].browse(
                [row['id'] for row in action_rows]).sudo()._analytic_expenses(
                date_from, date_to)
            for row in action_rows:
                row['budget_actual'] = expenses.get(row['id'], 0.0)
        line_domain = self._scope_domain(programme, date_from, date_to) + [
            '|', ('action_id', '=', False), ('action_id.state', '!=', 'cancelled')]
        # (id, definition_id, year, target, realised, numerator, denominator, has_values,
        #  axis_id, action_id, unit_id, site_id): the engine's columns first
        line_rows = self._read_rows('ccis.indicator.line', line_domain, [
            'definition_id', 'year', 'target', 'realised', 'numerator', 'denominator',
            'has_values', 'axis_id', 'action_id', 'unit_id', 'site_id'], as_dicts=False)
        unit_names = self._names('hr.department', [row['unit_id'] for row in action_rows] +
                                 [row[10] for row in line_rows])
        site_names = self._names('ccis.site', [row['site_id'] for row in action_rows])
        user_names = self._names('res.users', [row['user_id'] for row in action_rows])
        action_names = {row['id']: row['name'] for row in action_rows}
        missing = [row[9] for row in line_rows if row[9] and row[9] not in action_names]
        action_names.update(self._names('ccis.activity.action', missing))
        axes, sites = {}, {}

        for row in action_rows:
            done = row['state'] == 'done' and (not row['date_done'] or
                                               row['date_done'] <= date_to)
            for scopes, scope_id in ((axes, row['axis_id']), (sites, row['site_id'] or False)):
                entry = scopes.get(scope_id)
                if entry is None:
                    entry = scopes[scope_id] = self._empty_scope()
                entry['planned'] += 1
                entry['done'] += 1 if done else 0
                entry['budget_planned'] += row['budget_planned'] or 0.0
                entry['budget_actual'] += row['budget_actual'] or 0.0
            if not details:
                continue
            axes[row['axis_id']]['actions'].append({
                'id': row['id'],
                'reference': row['reference'] or '',
                'name': row['name'],
                'unit': unit_names.get(row['unit_id'], ''),
                'site': site_names.get(row['site_id'], ''),
                'responsible': user_names.get(row['user_id'], ''),
                'state': state_labels.get(row['state'], row['state']),
                'done': done,
                'progress': row['progress'] or 0.0,
                'budget_planned': row['budget_planned'] or 0.0,
                'budget_actual': row['budget_actual'] or 0.0,
                'date_start': row['date_start'],
                'date_end': row['date_end'],
            })

        # what the review prints of each indicator, read once (tens of thousands of lines)
        definitions = {definition.id: {
            'id': definition.id, 'code': definition.code or str(definition.id),
            'name': definition.name, 'uom': definition.uom,
            'direction': definition.direction or 'higher', 'measure': definition.measure,
        } for definition in self.env['ccis.indicator.definition'].sudo().with_context(
            active_test=False).browse({row[1] for row in line_rows})}
        figures = self.env['ccis.indicator.line']._figures_of_rows(
            [row[:8] for row in line_rows], date_from, date_to)
        by_axis, by_site = OrderedDict(), OrderedDict()
        achievement_rate, value_of = kpi.achievement_rate, indicator.value
        for row in line_rows:
            line_id, definition_id, year = row[:3]
            axis_id, action_id, unit_id, site_id = row[8:]
            definition = definitions[definition_id]
            target, figure = figures[line_id]
            realised = value_of(figure)
            scope = axes.get(axis_id)
            if scope is None:
                scope = axes[axis_id] = self._empty_scope()
            if details:
                scope['lines'].append({
                    'id': line_id,
                    'name': definition['name'],
                    'uom': definition['uom'],
                    'action': action_names.get(action_id, ''),
                    'unit': unit_names.get(unit_id, ''),
                    'target': target,
                    'realised': realised,
                    'rate': achievement_rate(realised, target, definition['direction']),
                })
            item = (target, figure, year)
            key = (axis_id, definition_id)
            if key in by_axis:
                by_axis[key].append(item)
            else:
                by_axis[key] = [item]
            key = (site_id or False, definition_id)
            if key in by_site:
                by_site[key].append(item)
            else:
                by_site[key] = [item]
        for groups, scopes in ((by_axis, axes), (by_site, sites)):
            for (scope_id, definition_id), items in groups.items():
                if scope_id not in scopes:
                    scopes[scope_id] = self._empty_scope()
                scopes[scope_id]['indicators'][definition_id] = self._indicator_figures(
                    definitions[definition_id], items)
        return {'axes': axes, 'sites': sites}

    @staticmethod
    def _indicator_figures(definition, items):
        """An indicator's entry in the review from its lines' (target, figure, year);
        ``definition``: what the review prints of it (see _collect)."""
        measure = definition['measure']
        target, figure = indicator.combine_lines(items, measure)
        realised = indicator.value(figure)
        return {
            'definition_id': definition['id'],
            'code': definition['code'],
            'name': definition['name'],
            'uom': definition['uom'],
            'direction': definition['direction'],
            'measure': measure,
            'line_count': len(items),
            'target': target,
            'realised': realised,
            'numerator': figure.numerator if figure and measure == 'ratio' else None,
            'denominator': figure.denominator if figure and measure in (
                'ratio', 'average', 'delay') else None,
            'rate': kpi.achievement_rate(realised, target, definition['direction']),
        }

    @staticmethod
    def _compare(current, previous):
        """The indicators of a scope with the previous range's figures beside them."""
        indicators = []
        for definition_id, entry in current['indicators'].items():
            prev_entry = previous and previous['indicators'].get(definition_id) or {}
            entry = dict(entry)
            entry.update({
                'prev_target': prev_entry.get('target'),
                'prev_realised': prev_entry.get('realised'),
                'prev_rate': prev_entry.get('rate'),
                'evolution': kpi.evolution(entry['realised'], prev_entry.get('realised')),
            })
            indicators.append(entry)
        return indicators

    def _summaries(self, programme, date_from, date_to):
        """{axis id: text} of the written summaries of the programme (or of the programmes
        of the range), the years joined when several."""
        domain = [('programme_id.date_start', '<=', date_to),
                  ('programme_id.date_end', '>=', date_from)]
        if programme:
            domain = [('programme_id', '=', programme.id)]
        texts = {}
        for summary in self.env['ccis.activity.axis.summary'].search(
                domain + [('summary', '!=', False)], order='year, id'):
            texts.setdefault(summary.axis_id.id, []).append(summary.summary.strip())
        return {axis_id: '\n\n'.join(parts) for axis_id, parts in texts.items()}

    def _get_review_data(self):
        """Everything the PDF and the XLSX print, figures as floats (None when missing)."""
        self.ensure_one()
        programme = self.programme_id if self.programme_id else None
        current = self._collect(programme, self.date_from, self.date_to)
        previous, previous_label = {'axes': {}, 'sites': {}}, ''
        if self.compare:
            shift = relativedelta(years=1)
            prev_from = fields.Date.to_string(fields.Date.from_string(self.date_from) - shift)
            prev_to = fields.Date.to_string(fields.Date.from_string(self.date_to) - shift)
            prev_programme = programme.previous_programme_id if programme else None
            if prev_programme is not None and prev_programme and self._is_full_year(
                    programme, self.date_from, self.date_to):
                prev_from, prev_to = prev_programme.date_start, prev_programme.date_end
            previous = self._collect(prev_programme, prev_from, prev_to, details=False)
            previous_label = prev_programme.name if prev_programme else _('from %s to %s') % (
                self._format_date(prev_from), self._format_date(prev_to))
        summaries = self._summaries(programme, self.date_from, self.date_to)
        axes = self.env['ccis.activity.axis'].with_context(active_test=False).browse(
            list(set(current['axes']) | set(previous['axes']))).sorted(
            lambda axis: (axis.sequence, axis.code or ''))
        keys = ('planned', 'done', 'budget_planned', 'budget_actual')
        result_axes = []
        totals = {'planned': 0, 'done': 0, 'budget_planned': 0.0, 'budget_actual': 0.0}
        prev_totals = dict.fromkeys(totals, 0)
        for axis in axes:
            cur = current['axes'].get(axis.id) or self._empty_scope()
            prev = previous['axes'].get(axis.id)
            for key in totals:
                totals[key] += cur[key]
                prev_totals[key] += prev[key] if prev else 0
            result_axes.append({
                'id': axis.id,
                'code': axis.code,
                'name': axis.name,
                'planned': cur['planned'],
                'done': cur['done'],
                'done_rate': kpi.achievement_rate(cur['done'], cur['planned']),
                'budget_planned': cur['budget_planned'],
                'budget_actual': cur['budget_actual'],
                'budget_rate': kpi.achievement_rate(cur['budget_actual'],
                                                    cur['budget_planned']),
                'prev': prev and {key: prev[key] for key in keys},
                'actions': cur['actions'],
                'indicators': self._compare(cur, prev),
                'lines': cur['lines'],
                'summary': summaries.get(axis.id, ''),
            })
        sites = self.env['ccis.site'].sudo().with_context(active_test=False).browse(
            [site_id for site_id in set(current['sites']) | set(previous['sites'])
             if site_id]).sorted(lambda site: (site.sequence, site.id))
        result_sites = []
        for site_id, name in [(site.id, site.name) for site in sites] + [
                (False, _('No Site'))]:
            cur = current['sites'].get(site_id)
            prev = previous['sites'].get(site_id)
            if not cur and not prev:
                continue
            cur = cur or self._empty_scope()
            result_sites.append({
                'id': site_id or 0,
                'name': name,
                'planned': cur['planned'],
                'done': cur['done'],
                'done_rate': kpi.achievement_rate(cur['done'], cur['planned']),
                'budget_planned': cur['budget_planned'],
                'budget_actual': cur['budget_actual'],
                'prev': prev and {key: prev[key] for key in keys},
                'indicators': self._compare(cur, prev),
            })
        warning, success = self.env['res.config.settings']._ccis_rate_thresholds()
        return {
            'title': self._title(),
            'programme': self.programme_id.name or '',
            'date_from': self._format_date(self.date_from),
            'date_to': self._format_date(self.date_to),
            'compare': self.compare,
            'previous_label': previous_label,
            'company': self.env.user.company_id.name,
            'axes': result_axes,
            'sites': result_sites,
            'totals': totals,
            'prev_totals': prev_totals if self.compare else None,
            'thresholds': (warning, success),
        }

    # ---------------------------------------------------------------- outputs

    @api.multi
    def action_print_pdf(self):
        self.ensure_one()
        return self.env.ref('ccis_activity.ccis_activity_review_report').report_action(self)

    def _xlsx_report_name(self):
        """The workbook's file name (without .xlsx): the programme's year for a full year,
        else the dates."""
        self.ensure_one()
        label = self.programme_id.year if self._is_full_year(
            self.programme_id, self.date_from, self.date_to) else '%s_%s' % (
            self.date_from, self.date_to)
        return 'bilan_programme_action_%s' % label

    def _xlsx_content(self):
        """The workbook's bytes, as its report action prints them."""
        self.ensure_one()
        return self.env.ref('ccis_activity.ccis_activity_review_xlsx_report').render(
            self.ids)[0]

    @api.multi
    def action_export_xlsx(self):
        self.ensure_one()
        return self.env.ref('ccis_activity.ccis_activity_review_xlsx_report').report_action(
            self, config=False)

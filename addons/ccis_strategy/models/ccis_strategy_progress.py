from odoo import api, fields, models

from odoo.addons.ccis_activity.models.ccis_indicator_definition import MEASURE_SELECTION
from odoo.addons.ccis_activity.tools import indicator, kpi

from ..tools import strategy


class CcisStrategyProgress(models.Model):
    """The progress of a plan: for each objective, indicator and year of the plan, the
    realised figure of the programme's indicator lines linked to the objective, beside the
    plan's target and the achievement rate.

    The figures are the indicator engine's (ccis_activity's tools/indicator.py), through the
    same path as the programme's review: each line's figure over its year
    (ccis.indicator.line._figures_between), the lines of one year combined by
    indicator.combine_lines. Grouped reads (pivot, graph, grouped lists) recombine the years
    by the engine too: a count adds up, a rate is recomputed from its numerators and
    denominators, a stock takes the last year's value; never a sum of rates. Rows are rebuilt
    by the plan's button and after a programme's indicators are recomputed."""

    _name = 'ccis.strategy.progress'
    _description = 'Progress of a Strategic Plan'
    _order = 'plan_id, objective_id, definition_id, year'

    plan_id = fields.Many2one('ccis.strategy.plan', string='Strategic Plan', required=True,
                              index=True, ondelete='cascade')
    objective_id = fields.Many2one('ccis.strategy.objective', string='Objective',
                                   required=True, index=True, ondelete='cascade')
    strategic_axis = fields.Char(related='objective_id.strategic_axis', store=True,
                                 readonly=True, string='Strategic Axis')
    unit_id = fields.Many2one(related='objective_id.unit_id', store=True, readonly=True,
                              string='Lead Unit')
    definition_id = fields.Many2one('ccis.indicator.definition', string='Indicator',
                                    required=True, index=True, ondelete='cascade')
    uom = fields.Char(related='definition_id.uom', string='Unit of Measure', readonly=True)
    measure = fields.Selection(MEASURE_SELECTION, related='definition_id.measure',
                               string='Measure', store=True, readonly=True)
    year = fields.Integer(string='Year', required=True, index=True, group_operator=None)
    target = fields.Float(string='Plan Target')
    programme_target = fields.Float(
        string='Programme Target',
        help='Target of the annual programme indicator lines linked to the objective.')
    realised = fields.Float(string='Actual')
    numerator = fields.Float(string='Numerator',
                             help='Rate: numerator; average or delay: total of the values.')
    denominator = fields.Float(string='Denominator',
                               help='Rate: denominator; average or delay: number of observations.')
    has_values = fields.Boolean(string='Measured Actual')
    rate = fields.Float(string='Achievement Rate (%)', group_operator=None)
    line_count = fields.Integer(string='Indicator Lines')

    # ---------------------------------------------------------------- the figures

    @api.model
    def _figures_of_plans(self, plans):
        """The values of the progress rows of ``plans`` (a list of dicts): one per objective,
        indicator and year of the plan. Reads the indicator lines as the current user (the
        direction, or the superuser after a programme's computation: the plan's figures are
        chamber-wide)."""
        Line = self.env['ccis.indicator.line']
        rows = []
        for plan in plans:
            years = strategy.plan_years(plan.first_year, plan.last_year)
            definitions = plan.mapped('objective_ids.definition_ids')
            if not years or not definitions:
                continue
            lines = Line.search([
                ('year', '>=', years[0]), ('year', '<=', years[-1]),
                ('definition_id', 'in', definitions.ids),
                ('programme_id.company_id', '=', plan.company_id.id)])
            # the lines' figures over their whole year: the review's path for a full year
            figures = lines._figures_between('%04d-01-01' % years[0], '%04d-12-31' % years[-1])
            objectives_of_axis = {}
            for objective in plan.objective_ids:
                for axis in objective.axis_ids:
                    objectives_of_axis.setdefault(axis.id, []).append(objective.id)
            items = {}
            for line in lines:
                action = line.action_id
                for objective_id in strategy.line_objectives(
                        action.objective_id.id, objectives_of_axis.get(line.axis_id.id),
                        action.state == 'cancelled'):
                    target, figure = figures[line.id]
                    items.setdefault((objective_id, line.definition_id.id, line.year),
                                     []).append((target, figure, line.year))
            targets = {(target.objective_id.id, target.definition_id.id, target.year): target
                       for target in plan.mapped('objective_ids.target_ids')
                       if target.target_type == 'year'}
            for objective in plan.objective_ids:
                for definition in objective.definition_ids:
                    for year in years:
                        key = (objective.id, definition.id, year)
                        rows.append(self._row_values(
                            plan, objective, definition, year, items.get(key, []),
                            targets.get(key)))
        return rows

    @api.model
    def _row_values(self, plan, objective, definition, year, items, target):
        """A progress row from the (target, figure, year) of its lines (combined by the
        engine) and the plan's target of the year."""
        programme_target, figure = indicator.combine_lines(items, definition.measure) \
            if items else (None, None)
        realised = indicator.value(figure)
        goal = target.target if target else None
        return {
            'plan_id': plan.id,
            'objective_id': objective.id,
            'definition_id': definition.id,
            'year': year,
            'target': goal or 0.0,
            'programme_target': programme_target or 0.0,
            'realised': realised or 0.0,
            'numerator': figure.numerator if figure else 0.0,
            'denominator': figure.denominator if figure else 0.0,
            'has_values': figure is not None,
            'rate': kpi.achievement_rate(realised, goal, definition.direction or 'higher')
            or 0.0,
            'line_count': len(items),
        }

    # ---------------------------------------------------------------- grouped figures

    @api.model
    def read_group(self, domain, fields, groupby, offset=0, limit=None, orderby=False,
                   lazy=True):
        result = super(CcisStrategyProgress, self).read_group(
            domain, fields, groupby, offset=offset, limit=limit, orderby=orderby, lazy=lazy)
        requested = {spec.split(':')[0] for spec in fields or []} or set(self._fields)
        measures = [name for name in ('target', 'programme_target', 'realised', 'numerator',
                                      'denominator', 'rate') if name in requested]
        if not measures:
            return result
        for group in result:
            figures = self.search(group.get('__domain', domain))._group_figures()
            for name in measures:
                group[name] = figures.get(name, False)
        return result

    def _group_figures(self):
        """{field: figure} of these rows when they are the years of one objective's
        indicator (else {}): the realised figure of the years combined over time by the
        engine; the plan's target is its final target when the rows cover every year of the
        plan and it gives one, else the combination of the years' targets."""
        pairs = {(row.objective_id, row.definition_id) for row in self}
        if len(pairs) != 1:
            return {}
        objective, definition = pairs.pop()
        kind, parts, factor = definition.sudo()._figure_spec()
        rows = self.sorted('year')
        figure = indicator.over_time([
            indicator.from_entry(kind, row.realised, row.numerator, row.denominator,
                                 '%04d-12-31' % row.year, parts, factor)
            for row in rows if row.has_values])
        final = None
        if set(rows.mapped('year')) == set(strategy.plan_years(
                objective.plan_id.first_year, objective.plan_id.last_year)):
            finals = objective.target_ids.filtered(
                lambda target: target.target_type == 'final'
                and target.definition_id == definition)
            final = finals[:1].target if finals else None
        yearly = {target.year: target.target for target in objective.target_ids
                  if target.target_type == 'year' and target.definition_id == definition}
        target = strategy.plan_target(final, [yearly.get(year) for year in rows.mapped('year')],
                                      kind)
        programme_target = indicator.target_over_time(
            [row.programme_target for row in rows if row.line_count], kind)
        realised = indicator.value(figure)
        rate = kpi.achievement_rate(realised, target, definition.direction or 'higher')
        result = {
            'target': target,
            'programme_target': programme_target,
            'realised': realised,
            'numerator': figure.numerator if figure else None,
            'denominator': figure.denominator if figure else None,
            'rate': rate,
        }
        return {name: (False if amount is None else amount) for name, amount in result.items()}

    @api.model
    def _plan_totals(self, plan):
        """{(objective id, definition id): figures of the whole plan} (see _group_figures),
        for the report."""
        rows = self.search([('plan_id', '=', plan.id)])
        groups = {}
        for row in rows:
            groups.setdefault((row.objective_id.id, row.definition_id.id), self.browse())
            groups[(row.objective_id.id, row.definition_id.id)] |= row
        return {key: group._group_figures() for key, group in groups.items()}

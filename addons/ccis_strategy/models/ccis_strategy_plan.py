from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.ccis_activity.tools import kpi

from ..tools import strategy

PLAN_STATES = [
    ('draft', 'Draft'),
    ('adopted', 'Adopted'),
    ('closed', 'Closed'),
]


class CcisStrategyPlan(models.Model):
    """The chamber's strategic plan over several years (e.g. "Plan stratégique 2024-2028"):
    strategic objectives with multi-year targets, served by the axes and actions of the
    annual programmes of its years, whose indicators measure its progress."""

    _name = 'ccis.strategy.plan'
    _description = 'Multi-Year Strategic Plan'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'first_year desc, id desc'

    name = fields.Char(string='Title', required=True, track_visibility='onchange')
    company_id = fields.Many2one(
        'res.company', string='Company', required=True, index=True,
        default=lambda self: self.env.user.company_id)
    first_year = fields.Integer(string='First Year', required=True, index=True,
                                track_visibility='onchange')
    last_year = fields.Integer(string='Last Year', required=True, index=True,
                               track_visibility='onchange')
    state = fields.Selection(
        PLAN_STATES, string='State', required=True, default='draft', index=True, copy=False,
        track_visibility='onchange')
    adoption_date = fields.Date(
        string='Adoption Date', copy=False, track_visibility='onchange',
        help='Date of the session that adopted the plan.')
    adoption_organ = fields.Char(
        string='Organ', copy=False,
        help='Organ that adopted the plan, e.g. the General Assembly of the chamber.')
    adoption_reference = fields.Char(
        string='Resolution', copy=False, track_visibility='onchange',
        help='Reference of the resolution or decision of adoption.')
    description = fields.Html(string='Overview')
    objective_ids = fields.One2many('ccis.strategy.objective', 'plan_id', string='Objectives',
                                    copy=True)
    objective_count = fields.Integer(string='Number of Objectives',
                                     compute='_compute_objective_count')
    programme_ids = fields.Many2many(
        'ccis.activity.programme', string='Covered Programmes',
        compute='_compute_programme_ids',
        help='The annual action programmes whose year falls within the plan.')
    progress_ids = fields.One2many('ccis.strategy.progress', 'plan_id', string='Progress',
                                   readonly=True)
    progress_date = fields.Datetime(
        string='Progress Computed On', readonly=True, copy=False,
        help='Date of the last progress computation from the programme indicators.')
    color = fields.Integer(string='Color')

    @api.depends('objective_ids')
    def _compute_objective_count(self):
        for plan in self:
            plan.objective_count = len(plan.objective_ids)

    @api.depends('first_year', 'last_year', 'company_id')
    def _compute_programme_ids(self):
        Programme = self.env['ccis.activity.programme']
        programmes = Programme.search([
            ('year', '>=', min(self.mapped('first_year') or [0])),
            ('year', '<=', max(self.mapped('last_year') or [0]))])
        for plan in self:
            plan.programme_ids = programmes.filtered(
                lambda programme: plan.first_year <= programme.year <= plan.last_year
                and programme.company_id == plan.company_id)

    @api.constrains('first_year', 'last_year', 'state', 'company_id')
    def _check_years(self):
        for plan in self:
            for label, year in ((_('first year'), plan.first_year),
                                (_('last year'), plan.last_year)):
                if not 2000 <= year <= 2100:
                    raise ValidationError(_(
                        'Strategic plan "%s": the %s %s is not valid.')
                        % (plan.name, label, year))
            if not strategy.plan_years(plan.first_year, plan.last_year):
                raise ValidationError(_(
                    'Strategic plan "%s": the last year (%s) '
                    'is before the first year (%s).') % (plan.name, plan.last_year, plan.first_year))
            if plan.state == 'adopted':
                plan._check_overlap()
        # the targets must stay within the plan's years
        self.mapped('objective_ids.target_ids')._check_year()

    def _check_overlap(self):
        """One adopted plan per year (of a company): refuse the adopted plans overlapping
        this one's years."""
        self.ensure_one()
        others = self.search([
            ('id', '!=', self.id), ('state', '=', 'adopted'),
            ('company_id', '=', self.company_id.id),
            ('first_year', '<=', self.last_year), ('last_year', '>=', self.first_year)],
            limit=1)
        if others:
            raise ValidationError(_(
                'Strategic plan "%s": its years %s-%s overlap those of adopted plan "%s" (%s-%s); only one '
                'adopted plan per year.')
                % (self.name, self.first_year, self.last_year, others.name,
                   others.first_year, others.last_year))

    @api.multi
    def unlink(self):
        for plan in self:
            if plan.state != 'draft':
                raise UserError(_('Strategic plan "%s": only a draft plan can be deleted.') % plan.name)
        return super(CcisStrategyPlan, self).unlink()

    # ---------------------------------------------------------------- workflow

    def _check_direction(self):
        if not self.env.user.has_group('ccis_base.group_ccis_direction'):
            raise UserError(_('Only management can change the status of a strategic plan.'))

    def _check_state(self, expected, action_label):
        for plan in self:
            if plan.state not in expected:
                state = dict(self._fields['state']._description_selection(self.env))[plan.state]
                raise UserError(_('Strategic plan "%s": action "%s" is not possible in state "%s".')
                                % (plan.name, action_label, state))

    @api.multi
    def action_adopt(self):
        self._check_direction()
        self._check_state(('draft',), _('Adopt'))
        for plan in self:
            if not plan.objective_ids:
                raise UserError(_('Strategic plan "%s": a plan without objectives cannot be adopted.') % plan.name)
            plan._check_overlap()
            plan.write({'state': 'adopted',
                        'adoption_date': plan.adoption_date
                        or fields.Date.context_today(plan)})
        return True

    @api.multi
    def action_close(self):
        self._check_direction()
        self._check_state(('adopted',), _('Mark as Closed'))
        self.write({'state': 'closed'})
        return True

    @api.multi
    def action_reset_draft(self):
        self._check_direction()
        self._check_state(('adopted', 'closed'), _('Reset to Draft'))
        self.write({'state': 'draft'})
        return True

    @api.multi
    def action_view_programmes(self):
        self.ensure_one()
        action = self.env.ref('ccis_activity.ccis_activity_programme_action').read()[0]
        action['domain'] = [('id', 'in', self.programme_ids.ids)]
        return action

    @api.multi
    def action_view_progress(self):
        self.ensure_one()
        action = self.env.ref('ccis_strategy.ccis_strategy_progress_action').read()[0]
        action['domain'] = [('plan_id', '=', self.id)]
        action['context'] = {'search_default_group_objective': 1}
        return action

    # ---------------------------------------------------------------- progress

    @api.multi
    def action_compute_progress(self):
        """Rebuild the progress of these plans from the programmes' indicators (direction)."""
        if not self.env.user.has_group('ccis_base.group_ccis_direction'):
            raise UserError(_('Only management can recompute the progress of a strategic plan.'))
        self._rebuild_progress()
        return True

    def _rebuild_progress(self):  # pylint: disable=missing-return
        """Replace the progress rows of these plans by the figures of the engine (see
        ccis.strategy.progress._figures_of_plans)."""
        Progress = self.env['ccis.strategy.progress']
        rows = Progress._figures_of_plans(self)
        Progress.search([('plan_id', 'in', self.ids)]).unlink()
        for values in rows:
            Progress.create(values)
        self.write({'progress_date': fields.Datetime.now()})

    # ---------------------------------------------------------------- report

    @api.multi
    def _report_progress(self):
        """What the PDF prints: {'years': [...], 'objectives': [{code, name, strategic_axis,
        unit, indicators: [{name, uom, cells: {year or 'total': {target, realised,
        rate}}}]}]}, figures formatted; the plan's column is the engine's combination of the
        years (ccis.strategy.progress._group_figures)."""
        self.ensure_one()
        Progress = self.env['ccis.strategy.progress']
        totals = Progress._plan_totals(self)
        rows = Progress.search([('plan_id', '=', self.id)])

        def cell(target, realised, rate):
            return {'target': kpi.format_figure(target) if target else '',
                    'realised': kpi.format_figure(realised) if realised is not None else '',
                    'rate': kpi.format_figure(rate, 0) if rate is not None else ''}

        indicators = {}
        for row in rows:
            entry = indicators.setdefault((row.objective_id.id, row.definition_id.id), {
                'name': row.definition_id.name, 'uom': row.definition_id.uom, 'cells': {}})
            entry['cells'][row.year] = cell(
                row.target, row.realised if row.has_values else None,
                row.rate if row.has_values and row.target else None)
        for key, figures in totals.items():
            if key in indicators:
                indicators[key]['cells']['total'] = cell(
                    figures.get('target') or None,
                    figures['realised'] if figures.get('realised') is not False else None,
                    figures['rate'] if figures.get('rate') is not False else None)
        objectives = []
        for objective in self.objective_ids:
            lines = [indicators[(objective.id, definition.id)]
                     for definition in objective.definition_ids
                     if (objective.id, definition.id) in indicators]
            objectives.append({
                'code': objective.code, 'name': objective.name,
                'strategic_axis': objective.strategic_axis or '',
                'unit': objective.unit_id.name or '', 'indicators': lines})
        return {'years': strategy.plan_years(self.first_year, self.last_year),
                'objectives': objectives if rows else []}

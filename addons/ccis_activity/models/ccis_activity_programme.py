import datetime

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import budget as budget_tools
from ..tools import period as period_tools

PROGRAMME_STATES = [
    ('draft', 'Draft'),
    ('approved', 'Approved by GA'),
    ('execution', 'In Execution'),
    ('closed', 'Closed'),
]


class CcisActivityProgramme(models.Model):
    """The chamber's action programme for one year, adopted by the general assembly."""

    _name = 'ccis.activity.programme'
    _description = 'Annual Action Programme'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'year desc, id desc'

    def _default_year(self):
        return fields.Date.from_string(fields.Date.context_today(self)).year

    name = fields.Char(string='Title', required=True, track_visibility='onchange')
    year = fields.Integer(
        string='Year', required=True, default=lambda self: self._default_year(), index=True,
        track_visibility='onchange')
    company_id = fields.Many2one(
        'res.company', string='Company', required=True, index=True,
        default=lambda self: self.env.user.company_id)
    currency_id = fields.Many2one(related='company_id.currency_id', readonly=True)
    date_start = fields.Date(string='Start', compute='_compute_dates', store=True)
    date_end = fields.Date(string='End', compute='_compute_dates', store=True)
    date_range_id = fields.Many2one(
        'date.range', string='Fiscal Year', compute='_compute_date_range_id',
        help='The "Fiscal Year" period of the programme year (Configuration › Action Programme › Periods), '
             'created with the programme along with its quarters and months; the review suggests it by '
             'default.')
    state = fields.Selection(
        PROGRAMME_STATES, string='State', required=True, default='draft', index=True,
        track_visibility='onchange', copy=False)
    approval_date = fields.Date(
        string='Approval Date', copy=False, track_visibility='onchange',
        help='Date of the General Assembly session that adopted the programme.')
    approval_reference = fields.Char(
        string='Resolution', copy=False,
        help='Reference of the General Assembly resolution.')
    description = fields.Html(string='Overview')
    action_ids = fields.One2many('ccis.activity.action', 'programme_id', string='Actions')
    indicator_line_ids = fields.One2many(
        'ccis.indicator.line', 'programme_id', string='Indicators')
    axis_indicator_line_ids = fields.One2many(
        'ccis.indicator.line', 'programme_id', string='Axis Indicators',
        domain=[('action_id', '=', False)])
    axis_summary_ids = fields.One2many(
        'ccis.activity.axis.summary', 'programme_id', string='Axis Summaries',
        help='The text of each axis, drafted by the unit in charge of it, printed in the review.')
    action_count = fields.Integer(string='Number of Actions', compute='_compute_figures')
    action_done_count = fields.Integer(string='Completed Actions', compute='_compute_figures')
    indicator_count = fields.Integer(string='Number of Indicators', compute='_compute_figures')
    budget_planned = fields.Monetary(string='Planned Budget', compute='_compute_figures')
    budget_actual = fields.Monetary(string='Actual Budget', compute='_compute_figures')
    progress = fields.Float(string='Average Progress (%)', compute='_compute_figures')
    previous_programme_id = fields.Many2one(
        'ccis.activity.programme', string='Previous Programme',
        compute='_compute_previous_programme')
    budget_id = fields.Many2one(
        'crossovered.budget', string='Budget', readonly=True, copy=False, ondelete='set null',
        help="Accounting budget holding the programme's planned budget: one line per analytic account (the "
             "unit's, or the action's own) and budgetary position. Created and kept up to date from the "
             'programme.')
    budget_post_id = fields.Many2one(
        'account.budget.post', string='Default Budgetary Position',
        help='Position for actions that do not specify one; failing that, "Operating Expenses" (the '
             "company's expense accounts).")
    budget_spent = fields.Monetary(
        string='Unit Expenses', compute='_compute_budget_reconciliation',
        help="Net expenses charged to the units' analytic accounts and to the actions' own accounts during "
             'the programme year.')
    budget_unassigned = fields.Monetary(
        string='Unallocated Expenses', compute='_compute_budget_reconciliation',
        help="Unit expenses not carried by any programme action (neither an own account nor the action's tag).")

    _sql_constraints = [
        ('year_company_unique', 'unique(year, company_id)',
         'Only one action programme per year and per company.'),
    ]

    @api.depends('year')
    def _compute_dates(self):
        for programme in self:
            if programme.year:
                programme.date_start = datetime.date(programme.year, 1, 1)
                programme.date_end = datetime.date(programme.year, 12, 31)

    @api.depends('year', 'company_id')
    def _compute_date_range_id(self):
        fiscal_year = self._period_types().get('year')
        Range = self.env['date.range']
        for programme in self:
            if not (fiscal_year and programme.year):
                programme.date_range_id = False
                continue
            _kind, date_start, date_end = period_tools.year_periods(programme.year)[0]
            programme.date_range_id = Range.search([
                ('type_id', '=', fiscal_year.id),
                ('company_id', 'in', [programme.company_id.id, False]),
                ('date_start', '=', fields.Date.to_string(date_start)),
                ('date_end', '=', fields.Date.to_string(date_end))], limit=1)

    def _compute_figures(self):
        actions = self.env['ccis.activity.action']
        groups = actions.read_group(
            [('programme_id', 'in', self.ids), ('state', '!=', 'cancelled')],
            ['programme_id', 'budget_planned', 'budget_actual', 'progress'],
            ['programme_id'])
        by_programme = {group['programme_id'][0]: group for group in groups}
        done = actions.read_group(
            [('programme_id', 'in', self.ids), ('state', '=', 'done')],
            ['programme_id'], ['programme_id'])
        done_by_programme = {group['programme_id'][0]: group['programme_id_count']
                             for group in done}
        lines = self.env['ccis.indicator.line'].read_group(
            [('programme_id', 'in', self.ids)], ['programme_id'], ['programme_id'])
        lines_by_programme = {group['programme_id'][0]: group['programme_id_count']
                              for group in lines}
        for programme in self:
            group = by_programme.get(programme.id, {})
            count = group.get('programme_id_count', 0)
            programme.action_count = count
            programme.action_done_count = done_by_programme.get(programme.id, 0)
            programme.indicator_count = lines_by_programme.get(programme.id, 0)
            programme.budget_planned = group.get('budget_planned') or 0.0
            programme.budget_actual = group.get('budget_actual') or 0.0
            # the progress field aggregates with 'avg': read_group gives the mean directly
            programme.progress = group.get('progress') or 0.0

    def _compute_budget_reconciliation(self):
        groups = self.env['ccis.activity.budget.reconciliation'].read_group(
            [('programme_id', 'in', self.ids)], ['programme_id', 'amount', 'action_id'],
            ['programme_id', 'action_id'], lazy=False)
        spent, unassigned = {}, {}
        for group in groups:
            programme_id = group['programme_id'][0]
            spent[programme_id] = spent.get(programme_id, 0.0) + (group['amount'] or 0.0)
            if not group['action_id']:
                unassigned[programme_id] = group['amount'] or 0.0
        for programme in self:
            programme.budget_spent = spent.get(programme.id, 0.0)
            programme.budget_unassigned = unassigned.get(programme.id, 0.0)

    def _compute_previous_programme(self):
        for programme in self:
            programme.previous_programme_id = self.search([
                ('year', '=', programme.year - 1),
                ('company_id', '=', programme.company_id.id)], limit=1)

    @api.constrains('year')
    def _check_year(self):
        for programme in self:
            if not 2000 <= programme.year <= 2100:
                raise ValidationError(_('Programme "%s": year %s is not valid.')
                                      % (programme.name, programme.year))

    @api.model
    def create(self, vals):
        programme = super(CcisActivityProgramme, self).create(vals)
        programme._ensure_date_ranges()
        return programme

    @api.multi
    def write(self, vals):
        result = super(CcisActivityProgramme, self).write(vals)
        if 'year' in vals or 'company_id' in vals:
            self._ensure_date_ranges()
        return result

    @api.multi
    def unlink(self):
        for programme in self:
            if programme.state != 'draft':
                raise UserError(_('Programme "%s": only a draft programme can be deleted.') % programme.name)
        return super(CcisActivityProgramme, self).unlink()

    def _check_direction(self):
        if not self.env.user.has_group('ccis_base.group_ccis_direction'):
            raise UserError(_('Only the management can change the status of an action programme.'))

    def _check_state(self, expected, action_label):
        for programme in self:
            if programme.state not in expected:
                raise UserError(_('Programme "%s": cannot %s in state "%s".') % (
                    programme.name, action_label,
                    dict(self._fields['state']._description_selection(self.env))[programme.state]))

    # ---------------------------------------------------------------- periods

    @api.model
    def _period_types(self):
        """{kind: date.range.type} of the chamber's periods (data/date_range_type_data.xml),
        without those an administrator deleted."""
        types = {}
        for kind, xmlid in (('year', 'date_range_type_fiscal_year'),
                            ('quarter', 'date_range_type_quarter'),
                            ('month', 'date_range_type_month')):
            record = self.env.ref('ccis_activity.%s' % xmlid, raise_if_not_found=False)
            if record:
                types[kind] = record
        return types

    def _ensure_date_ranges(self):
        """The named periods of each programme's year (OCA ``date_range``): its fiscal year
        (« Exercice »), quarters and months, for the programme's company; an existing period
        of the same type and dates is reused (archived ones too), none is created where a
        period of that type already covers part of its dates (a chamber that set its own
        periods) or bears its name. Names in the source language (French) and, for every
        other active language, their translation (tools/period.py). As superuser: periods are
        the chamber's configuration, derived here from the programme whoever creates it."""
        types = self._period_types()
        Range = self.env['date.range'].sudo().with_context(active_test=False, lang=None)
        langs = [code for code in self.env['res.lang'].sudo().search(
            [('active', '=', True)]).mapped('code') if code not in ('en_US', 'fr_FR')]
        for programme in self.filtered('year'):
            company = programme.company_id
            created = {}
            for kind, date_start, date_end in period_tools.year_periods(programme.year):
                period_type = types.get(kind)
                if not period_type:
                    continue
                start, end = fields.Date.to_string(date_start), fields.Date.to_string(date_end)
                domain = [('type_id', '=', period_type.id), ('company_id', '=', company.id)]
                period = Range.search(
                    domain + [('date_start', '=', start), ('date_end', '=', end)], limit=1)
                if not period:
                    name = period_tools.period_name(kind, date_start, 'fr_FR')
                    parent = created.get(period_tools.PARENT_KIND.get(kind)) or Range
                    clash = [('name', '=', name), ('parent_id', '=', parent.id)]
                    if not period_type.allow_overlap:
                        clash = ['|', '&'] + clash + ['&', ('active', '=', True), '&',
                                                      ('date_start', '<=', end),
                                                      ('date_end', '>=', start)]
                    if Range.search_count(domain + clash):
                        created[kind] = Range
                        continue
                    period = Range.create({
                        'name': name, 'type_id': period_type.id, 'company_id': company.id,
                        'date_start': start, 'date_end': end, 'parent_id': parent.id})
                    for lang in langs:
                        translated = period_tools.period_name(kind, date_start, lang)
                        if translated and translated != name:
                            period.with_context(lang=lang).write({'name': translated})
                created[kind] = period

    @api.multi
    def action_approve(self):
        self._check_direction()
        self._check_state(['draft'], _('approve it'))
        for programme in self:
            programme.write({
                'state': 'approved',
                'approval_date': programme.approval_date or fields.Date.context_today(self),
            })
        return True

    @api.multi
    def action_start(self):
        self._check_direction()
        self._check_state(['approved'], _('put it into execution'))
        self.write({'state': 'execution'})
        self.mapped('action_ids').filtered(lambda a: a.state == 'draft').write(
            {'state': 'planned'})
        return True

    @api.multi
    def action_close(self):
        self._check_direction()
        self._check_state(['execution'], _('close it'))
        self.write({'state': 'closed'})
        return True

    @api.multi
    def action_reset_draft(self):
        self._check_direction()
        self._check_state(['approved', 'closed'], _('set it back to draft'))
        self.write({'state': 'draft'})
        return True

    @api.multi
    def action_open_review_wizard(self):
        self.ensure_one()
        return {
            'type': 'ir.actions.act_window',
            'name': _('Programme Review'),
            'res_model': 'ccis.activity.review.wizard',
            'view_mode': 'form',
            'target': 'new',
            'context': {'default_programme_id': self.id},
        }

    @api.multi
    def action_view_actions(self):
        self.ensure_one()
        action = self.env.ref('ccis_activity.ccis_activity_action_action').read()[0]
        action['domain'] = [('programme_id', '=', self.id)]
        action['context'] = {'default_programme_id': self.id}
        return action

    @api.multi
    def action_view_indicators(self):
        self.ensure_one()
        action = self.env.ref('ccis_activity.ccis_indicator_line_action').read()[0]
        action['domain'] = [('programme_id', '=', self.id)]
        action['context'] = {'default_programme_id': self.id}
        return action

    # ---------------------------------------------------------------- budget

    @api.multi
    def action_sync_budget(self):
        """Create or bring in step the programme's budget in the accounting (one button)."""
        if not (self.env.user.has_group('ccis_base.group_ccis_direction')
                or self.env.user.has_group('account.group_account_user')):
            raise UserError(_("Only the management and accounting can build an action programme's budget."))
        self._sync_budget()
        return True

    def _sync_budget_if_any(self):
        """Keep the budgets already created in step with the actions (not a closed one)."""
        self.sudo().filtered(
            lambda p: p.budget_id and p.budget_id.state not in ('done', 'cancel'))._sync_budget()

    def _sync_budget(self):
        """One budget per programme, one generated line per (analytic account, position): the
        planned budgets of the actions that are not cancelled. Running it again updates the
        generated lines and leaves the lines added by hand alone.

        As superuser: the budget mirrors the programme (derived data), whoever plans an action
        keeps it in step; what the user may do is checked on the programme and the actions."""
        for programme in self.sudo():
            budget = programme.budget_id
            if budget.state == 'done':
                raise UserError(_('Programme "%s": budget "%s" is closed; '
                                  'it can no longer be updated.') % (programme.name, budget.name))
            default_post = programme.budget_post_id or programme._default_budget_post()
            actions = programme.action_ids.filtered(lambda a: a.state != 'cancelled')
            wanted, skipped = budget_tools.budget_lines([(
                action.analytic_account_id.id or None,
                action.unit_id.analytic_account_id.id or None,
                (action.budget_post_id or default_post).id,
                action.budget_planned) for action in actions])
            dates = {'date_from': programme.date_start, 'date_to': programme.date_end}
            if not budget:
                budget = budget.create(dict(dates, name=_('Budget — %s') % programme.name,
                                            company_id=programme.company_id.id))
                programme.budget_id = budget
            existing, commands = {}, []
            for line in budget.crossovered_budget_line.filtered('ccis_generated'):
                key = (line.analytic_account_id.id, line.general_budget_id.id)
                if key in existing:
                    commands.append((2, line.id))
                else:
                    existing[key] = (line.id, line.planned_amount)
            to_create, to_update, to_delete = budget_tools.sync_plan(wanted, existing)
            commands += [(0, 0, dict(dates, analytic_account_id=account_id,
                                     general_budget_id=post_id, planned_amount=amount,
                                     ccis_generated=True))
                         for (account_id, post_id), amount in to_create]
            commands += [(1, line_id, {'planned_amount': amount})
                         for line_id, amount in to_update]
            commands += [(2, line_id) for line_id in to_delete]
            commands += [(1, line.id, dates) for line in budget.crossovered_budget_line
                         if line.ccis_generated and line.id not in to_delete
                         and (line.date_from, line.date_to) != (dates['date_from'],
                                                                dates['date_to'])]
            values = {'crossovered_budget_line': commands} if commands else {}
            if (budget.date_from, budget.date_to) != (dates['date_from'], dates['date_to']):
                values.update(dates)
            if values:
                budget.write(values)
            if skipped:
                names = ', '.join(actions[index].name for index in skipped)
                programme.message_post(body=_(
                    'Budget: the following actions have a planned budget but neither their own analytic '
                    'account nor a unit with an account; they are not included in the budget: %s.')
                    % names)

    def _default_budget_post(self):
        """The company's position "Charges d'exploitation" (its expense accounts), found or
        created, and kept as the programme's default position."""
        self.ensure_one()
        company = self.company_id
        Post = self.env['account.budget.post'].sudo()
        name = _('Operating Expenses')
        post = Post.search([('name', '=', name), ('company_id', '=', company.id)], limit=1)
        if not post:
            expense_types = [self.env.ref(xmlid).id for xmlid in (
                'account.data_account_type_expenses', 'account.data_account_type_direct_costs',
                'account.data_account_type_depreciation')]
            accounts = self.env['account.account'].sudo().search([
                ('company_id', '=', company.id), ('deprecated', '=', False),
                ('user_type_id', 'in', expense_types)])
            if not accounts:
                raise UserError(_('Programme "%s": company "%s" has no expense account; install its chart of '
                                  'accounts or choose a default budgetary position.') % (self.name, company.name))
            post = Post.create({'name': name, 'company_id': company.id,
                                'account_ids': [(6, 0, accounts.ids)]})
        self.sudo().budget_post_id = post
        return post

    @api.multi
    def action_view_budget(self):
        self.ensure_one()
        return {
            'type': 'ir.actions.act_window',
            'name': _('Budget'),
            'res_model': 'crossovered.budget',
            'view_mode': 'form',
            'res_id': self.budget_id.id,
        }

    @api.multi
    def action_view_budget_reconciliation(self):
        self.ensure_one()
        action = self.env.ref(
            'ccis_activity.ccis_activity_budget_reconciliation_action').read()[0]
        action['domain'] = [('programme_id', '=', self.id)]
        action['context'] = {'search_default_group_unit': 1}
        return action

    @api.multi
    def action_compute_indicators(self):
        self.mapped('indicator_line_ids').action_compute_values()
        return True

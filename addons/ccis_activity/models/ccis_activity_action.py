from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

ACTION_STATES = [
    ('draft', 'Draft'),
    ('planned', 'Planned'),
    ('in_progress', 'In Progress'),
    ('done', 'Done'),
    ('cancelled', 'Cancelled'),
]
OPEN_STATES = ('planned', 'in_progress')
# fields of an action that its programme's Odoo budget follows
BUDGET_FIELDS = {'budget_planned', 'budget_post_id', 'analytic_account_id', 'unit_id',
                 'programme_id', 'state'}


class CcisActivityAction(models.Model):
    """An action of the programme, owned by a unit.

    The actual budget is the net expense booked to the action within its programme's year:
    the analytic lines of its own analytic account, and the lines of its unit's account that
    carry the action's analytic tag (created with the action). Never the unit's other
    spending: what a unit spends and no action claims is "not assigned" in the programme's
    budget reconciliation. It is refreshed when analytic lines, the account, the unit or the
    programme change, by the "Actualiser le réalisé" button and by a daily scheduled action.
    """

    _name = 'ccis.activity.action'
    _description = 'Programme Action'
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _order = 'programme_id desc, axis_id, date_start, id'

    def _default_programme(self):
        return self.env['ccis.activity.programme'].search(
            [('state', 'in', ('draft', 'approved', 'execution'))], order='year desc', limit=1)

    name = fields.Char(string='Action', required=True, track_visibility='onchange')
    reference = fields.Char(string='Reference', readonly=True, copy=False, index=True,
                            default='/')
    programme_id = fields.Many2one(
        'ccis.activity.programme', string='Action Programme', required=True, index=True,
        ondelete='restrict', default=lambda self: self._default_programme(),
        track_visibility='onchange')
    year = fields.Integer(related='programme_id.year', store=True, readonly=True,
                          string='Year', index=True)
    company_id = fields.Many2one(related='programme_id.company_id', store=True, readonly=True,
                                 string='Company')
    currency_id = fields.Many2one(related='programme_id.company_id.currency_id',
                                  readonly=True, string='Currency')
    axis_id = fields.Many2one(
        'ccis.activity.axis', string='Axis', required=True, index=True, ondelete='restrict',
        track_visibility='onchange')
    type_id = fields.Many2one(
        'ccis.activity.type', string='Activity Type', index=True, ondelete='restrict',
        track_visibility='onchange')
    user_id = fields.Many2one(
        'res.users', string='Responsible', index=True, default=lambda self: self.env.user,
        track_visibility='onchange')
    description = fields.Html(string='Description')
    date_start = fields.Date(string='Planned Start', required=True, index=True,
                             track_visibility='onchange')
    date_end = fields.Date(string='Planned End', required=True, index=True,
                           track_visibility='onchange')
    date_done = fields.Date(string='Completion Date', copy=False, readonly=True,
                            track_visibility='onchange')
    budget_planned = fields.Monetary(string='Planned Budget', track_visibility='onchange')
    budget_actual = fields.Monetary(
        string='Actual Budget', readonly=True, copy=False,
        help='Net expenses charged to the action during the programme year: analytic lines of its own '
             "account and lines of its unit's account bearing the action's tag.")
    budget_rate = fields.Float(string='Budget Consumption (%)',
                               compute='_compute_budget_rate')
    analytic_account_id = fields.Many2one(
        'account.analytic.account', string='Own Analytic Account', index=True,
        copy=False, track_visibility='onchange',
        help='Analytic account reserved for the action (e.g. a flagship project). Without its own account, '
             "the action's expenses are charged to its unit's account with the action's analytic tag.")
    analytic_tag_id = fields.Many2one(
        'account.analytic.tag', string='Analytic Tag', readonly=True, copy=False,
        ondelete='set null', index=True,
        help="Tag to put on purchase, invoice or journal entry lines charged to the unit's account for this "
             'action.')
    budget_post_id = fields.Many2one(
        'account.budget.post', string='Budgetary Position',
        help='Position of the programme budget on which the action plans its expenses; failing that, the '
             "programme's default position.")
    state = fields.Selection(
        ACTION_STATES, string='State', required=True, default='draft', index=True,
        track_visibility='onchange', copy=False)
    progress = fields.Float(string='Progress (%)', track_visibility='onchange', copy=False,
                            group_operator='avg')
    is_late = fields.Boolean(string='Overdue', compute='_compute_is_late',
                             search='_search_is_late')
    indicator_line_ids = fields.One2many(
        'ccis.indicator.line', 'action_id', string='Indicators', copy=True)
    indicator_count = fields.Integer(string='Indicators', compute='_compute_indicator_count')
    color = fields.Integer(string='Color')

    @api.depends('budget_planned', 'budget_actual')
    def _compute_budget_rate(self):
        for action in self:
            action.budget_rate = (action.budget_actual / action.budget_planned * 100.0
                                  if action.budget_planned else 0.0)

    @api.depends('date_end', 'state')
    def _compute_is_late(self):
        today = fields.Date.context_today(self)
        for action in self:
            action.is_late = bool(action.state in OPEN_STATES and action.date_end
                                  and action.date_end < today)

    def _search_is_late(self, operator, value):
        today = fields.Date.context_today(self)
        # a search method must return a normalized domain (explicit operators)
        if (operator == '=') == bool(value):
            return ['&', ('state', 'in', list(OPEN_STATES)), ('date_end', '<', today)]
        return ['|', ('state', 'not in', list(OPEN_STATES)), ('date_end', '>=', today)]

    def _compute_indicator_count(self):
        groups = self.env['ccis.indicator.line'].read_group(
            [('action_id', 'in', self.ids)], ['action_id'], ['action_id'])
        counts = {group['action_id'][0]: group['action_id_count'] for group in groups}
        for action in self:
            action.indicator_count = counts.get(action.id, 0)

    @api.constrains('date_start', 'date_end', 'programme_id')
    def _check_dates(self):
        # as superuser: the constraint runs before the record rules tell whether the user
        # may create the record at all
        for action in self.sudo():
            if action.date_end < action.date_start:
                raise ValidationError(_(
                    'Action "%s": the planned end (%s) is before the planned start (%s).')
                    % (action.name, action.date_end, action.date_start))
            programme = action.programme_id
            if action.date_start < programme.date_start or action.date_end > programme.date_end:
                raise ValidationError(_(
                    'Action "%s": its dates must stay within the programme year %s.')
                    % (action.name, programme.year))

    @api.constrains('analytic_account_id', 'programme_id')
    def _check_analytic_account(self):
        # as superuser: units and other actions may be outside the user's record rules
        for action in self.sudo().filtered('analytic_account_id'):
            account = action.analytic_account_id
            unit = action.env['hr.department'].with_context(active_test=False).search(
                [('analytic_account_id', '=', account.id)], limit=1)
            if unit:
                raise ValidationError(_(
                    'Action "%s": analytic account "%s" belongs to unit "%s"; an action without its own '
                    'account is charged to its unit\'s account with its analytic tag "%s".')
                    % (action.name, account.display_name, unit.name,
                       action.analytic_tag_id.name or action.name))
            other = action.search([
                ('id', '!=', action.id), ('analytic_account_id', '=', account.id),
                ('programme_id', '=', action.programme_id.id)], limit=1)
            if other:
                raise ValidationError(_(
                    'Action "%s": analytic account "%s" is already the own account of action "%s" in the '
                    'same programme.')
                    % (action.name, account.display_name, other.name))

    @api.constrains('progress')
    def _check_progress(self):
        for action in self:
            if not 0.0 <= action.progress <= 100.0:
                raise ValidationError(_(
                    'Action "%s": progress must be between 0 and 100 %%.')
                    % action.name)

    @api.onchange('type_id')
    def _onchange_type_id(self):
        """Propose the indicators of the activity type (only on an action without any)."""
        if not self.type_id:
            return
        if self.type_id.axis_id and not self.axis_id:
            self.axis_id = self.type_id.axis_id
        if not self.indicator_line_ids:
            lines = self.env['ccis.indicator.line']
            for values in self.type_id._indicator_line_values():
                lines |= lines.new(values)
            self.indicator_line_ids = lines

    @api.onchange('programme_id')
    def _onchange_programme_id(self):
        programme = self.programme_id
        if programme and not self.date_start:
            self.date_start = programme.date_start
            self.date_end = programme.date_end

    @api.model
    def create(self, vals):
        if vals.get('reference', '/') == '/':
            vals['reference'] = self.env['ir.sequence'].next_by_code(
                'ccis.activity.action') or '/'
        if vals.get('type_id') and not vals.get('indicator_line_ids') \
                and not self.env.context.get('ccis_no_indicator_templates'):
            activity_type = self.env['ccis.activity.type'].browse(vals['type_id'])
            vals['indicator_line_ids'] = [
                (0, 0, values) for values in activity_type._indicator_line_values()]
        action = super(CcisActivityAction, self).create(vals)
        action._create_analytic_tag()
        action._refresh_budget_actual()
        action.programme_id._sync_budget_if_any()
        return action

    @api.multi
    def write(self, vals):
        res = super(CcisActivityAction, self).write(vals)
        if 'unit_id' in vals:
            for action in self:
                action.indicator_line_ids.write({'unit_id': action.unit_id.id})
        if 'user_id' in vals:
            for action in self:
                action.indicator_line_ids.write({'user_id': action.user_id.id})
        if set(vals) & {'name', 'reference'}:
            self._sync_analytic_tag()
        if set(vals) & {'analytic_account_id', 'unit_id', 'programme_id'}:
            self._refresh_budget_actual()
        if set(vals) & BUDGET_FIELDS:
            self.mapped('programme_id')._sync_budget_if_any()
        return res

    @api.multi
    def unlink(self):
        for action in self:
            if action.state not in ('draft', 'cancelled'):
                raise UserError(_('Action "%s": only a draft or cancelled action can be deleted.') % action.name)
        programmes = self.mapped('programme_id')
        res = super(CcisActivityAction, self).unlink()
        programmes._sync_budget_if_any()
        return res

    # ---------------------------------------------------------------- actual budget

    def _analytic_tag_values(self):
        self.ensure_one()
        return {'name': '%s %s' % (self.reference, self.name) if self.reference not in (
            False, '/') else self.name}

    def _create_analytic_tag(self):
        """The actions' analytic tags (accounting records, created as superuser: any user who
        may create an action gets its tag); written past this model's write(), which would
        take it for a change of the action. Returns the tags created."""
        tags = Tag = self.env['account.analytic.tag'].sudo()
        for action in self.filtered(lambda a: not a.analytic_tag_id):
            tag = Tag.create(action._analytic_tag_values())
            super(CcisActivityAction, action.sudo()).write({'analytic_tag_id': tag.id})
            tags |= tag
        return tags

    def _sync_analytic_tag(self):
        for action in self.filtered('analytic_tag_id'):
            action.analytic_tag_id.sudo().write(action._analytic_tag_values())

    @api.multi
    def action_create_analytic_tag(self):
        self._create_analytic_tag()
        return True

    def _analytic_expenses(self, date_from=None, date_to=None):
        """Net expenses {action id: amount} booked to each action within its programme's
        year, clipped to [date_from, date_to] when given: the analytic lines of its own
        account, and the lines of its unit's account that carry its analytic tag. One query;
        a line counts once for an action even if it matches both ways."""
        rows = []
        for action in self:
            programme = action.programme_id
            start = max(programme.date_start, date_from) if date_from else programme.date_start
            end = min(programme.date_end, date_to) if date_to else programme.date_end
            own = action.analytic_account_id.id or None
            unit = action.unit_id.analytic_account_id.id or None
            tag = action.analytic_tag_id.id or None
            if start <= end and (own or (unit and tag)):
                rows.append((action.id, own, unit, tag, start, end))
        if not rows:
            return {}
        values_sql = ','.join(['(%s, %s::int, %s::int, %s::int, %s::date, %s::date)']
                              * len(rows))
        params = [item for row in rows for item in row]
        self.env.cr.execute("""
            WITH v(action_id, own_id, unit_id, tag_id, date_from, date_to) AS (
                VALUES """ + values_sql + """)
            SELECT booked.action_id, -COALESCE(SUM(l.amount), 0)
              FROM (SELECT v.action_id, l.id AS line_id
                      FROM v JOIN account_analytic_line l
                        ON l.account_id = v.own_id
                       AND l.date BETWEEN v.date_from AND v.date_to
                     UNION
                    SELECT v.action_id, l.id
                      FROM v JOIN account_analytic_line_tag_rel r ON r.tag_id = v.tag_id
                      JOIN account_analytic_line l
                        ON l.id = r.line_id AND l.account_id = v.unit_id
                       AND l.date BETWEEN v.date_from AND v.date_to) AS booked
              JOIN account_analytic_line l ON l.id = booked.line_id
          GROUP BY booked.action_id""", params)
        return dict(self.env.cr.fetchall())

    def _refresh_budget_actual(self):  # pylint: disable=missing-return
        # (super() here is the plain write, bypassing this model's checks: nothing overridden)
        expenses = self.sudo()._analytic_expenses()
        for action in self:
            amount = round(expenses.get(action.id, 0.0), 2)
            if abs(amount - (action.budget_actual or 0.0)) > 0.001:
                super(CcisActivityAction, action.sudo()).write({'budget_actual': amount})

    @api.multi
    def action_refresh_budget(self):
        self._refresh_budget_actual()
        return True

    @api.model
    def _cron_refresh_budget(self):
        actions = self.search([('programme_id.state', 'in', ('approved', 'execution')),
                               ('state', '!=', 'cancelled')])
        for index in range(0, len(actions), 1000):
            actions[index:index + 1000]._refresh_budget_actual()

    # ---------------------------------------------------------------- workflow

    def _check_action_state(self, expected, label):
        for action in self:
            if action.state not in expected:
                raise UserError(_('Action "%s": cannot %s in state "%s".') % (
                    action.name, label, dict(self._fields['state']._description_selection(self.env))[action.state]))

    @api.multi
    def action_plan(self):
        self._check_action_state(['draft'], _('schedule it'))
        self.write({'state': 'planned'})
        return True

    @api.multi
    def action_start(self):
        self._check_action_state(['draft', 'planned'], _('start it'))
        self.write({'state': 'in_progress'})
        return True

    @api.multi
    def action_done(self):
        self._check_action_state(['planned', 'in_progress'], _('mark it as done'))
        self.write({'state': 'done', 'progress': 100.0,
                    'date_done': fields.Date.context_today(self)})
        return True

    @api.multi
    def action_cancel(self):
        self._check_action_state(['draft', 'planned', 'in_progress'], _('cancel it'))
        self.write({'state': 'cancelled'})
        return True

    @api.multi
    def action_reset_draft(self):
        self._check_action_state(['cancelled', 'done'], _('reset it to draft'))
        self.write({'state': 'draft', 'date_done': False})
        return True

    @api.multi
    def action_view_indicators(self):
        self.ensure_one()
        action = self.env.ref('ccis_activity.ccis_indicator_line_action').read()[0]
        action['domain'] = [('action_id', '=', self.id)]
        action['context'] = {'default_action_id': self.id,
                             'default_programme_id': self.programme_id.id,
                             'default_axis_id': self.axis_id.id}
        return action

    # ---------------------------------------------------------------- follow-up

    def _follow_up_user(self):
        self.ensure_one()
        return self.user_id or self.unit_id.manager_id.user_id

    @api.model
    def _cron_follow_up(self):
        """Late actions: a follow-up activity for their responsible (once)."""
        late = self.search([('is_late', '=', True),
                            ('programme_id.state', 'in', ('approved', 'execution'))])
        return self.env['mail.activity']._ccis_schedule_todos(
            late, lambda action, text=_('Overdue Action'): text,
            note=lambda action, text=_(
                '<p>Action "%s" was due to end on %s (progress %s %%). Update its status or progress.</p>'): text
            % (action.name, action.date_end, int(round(action.progress))),
            user=lambda action: action._follow_up_user(),
            activity_type=self.env.ref('ccis_activity.mail_activity_type_ccis_follow_up'),
            skip_open=True)

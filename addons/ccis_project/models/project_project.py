from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import project as rules

STATES = [
    ('study', 'Study'),
    ('financing', 'Financing'),
    ('works', 'Works'),
    ('open', 'Open'),
    ('suspended', 'Suspended'),
    ('closed', 'Closed'),
]
# the states a project may be suspended from, and closed from
SUSPENDABLE = ('study', 'financing', 'works', 'open')
CLOSABLE = ('open', 'suspended')
# fields the figures follow (besides the analytic lines and budget lines of the account)
FIGURE_FIELDS = ('amount', 'date', 'account_id')


class ProjectProject(models.Model):
    """A structuring project of the chamber (axis 4 of the programme: business centres, a
    digital business centre, a training institute, business zones) is an Odoo project with a
    kind: its tasks, its project manager, its followers and its analytic account (every Odoo
    project has one) are Odoo's own. The chamber adds the unit responsible, the site, the
    partners and funders, a life cycle (study, financing, works, open...), milestones and the
    figures of its analytic account: the budget planned on it (the budget lines of
    ``account_budget``, as the action programme writes them for an action with its own
    account), the spending and, once open, the revenue it brings the chamber.

    Structuring projects are visible to their followers (Odoo's rule) and to the roles of the
    chamber by unit (this addon's rules); Odoo's other projects are left as they are."""
    _inherit = 'project.project'

    ccis_kind_id = fields.Many2one(
        'ccis.structuring.project.kind', 'Structuring Project Type', index=True,
        ondelete='restrict', track_visibility='onchange',
        help='When set, the project is a structuring project of the chamber: it enters the portfolio, with '
             'its unit, its life cycle and its figures.')
    unit_id = fields.Many2one('hr.department', 'Responsible Unit', index=True,
                              ondelete='restrict', track_visibility='onchange')
    site_id = fields.Many2one('ccis.site', 'Site', related='unit_id.site_id', store=True,
                              index=True, readonly=True)
    ccis_province_id = fields.Many2one('ccis.province', 'Province / Prefecture', index=True,
                                       ondelete='restrict')
    ccis_location = fields.Char('Location',
                                help='Address or location of the project (district, zone, lot).')
    ccis_partner_ids = fields.Many2many(
        'res.partner', 'ccis_project_partner_rel', 'project_id', 'partner_id',
        string='Partners and Funders',
        help='Regional council, ministries, agencies, donors that fund or support the project.')
    ccis_state = fields.Selection(
        STATES, 'Project Status', default='study', required=True, index=True, copy=False,
        track_visibility='onchange', group_expand='_group_expand_ccis_states')
    ccis_suspended_from = fields.Selection(STATES, 'Suspended From State', readonly=True,
                                           copy=False)
    ccis_opening_date_planned = fields.Date('Planned Opening', track_visibility='onchange')
    ccis_opening_date = fields.Date('Opening Date', index=True, copy=False,
                                    track_visibility='onchange',
                                    help='Date of opening to the public; revenues count from this date.')
    ccis_budget = fields.Monetary(
        'Budget', compute='_compute_ccis_figures', store=True, currency_field='currency_id',
        help="Planned expenses on the project's analytic account: sum of the lines of the (non-cancelled) "
             'budgets on this account, including those the action programme generates for an action with '
             'this account as its own.')
    ccis_spent = fields.Monetary(
        'Spent', compute='_compute_ccis_figures', store=True, currency_field='currency_id',
        help="Sum of the expense analytic lines (negative amounts) of the project's account.")
    ccis_revenue = fields.Monetary(
        'Revenues', compute='_compute_ccis_figures', store=True, currency_field='currency_id',
        help='Revenues the project brings to the chamber: income analytic lines (positive amounts) of the '
             "project's account dated on or after the opening day.")
    ccis_consumption_rate = fields.Float(
        'Budget Consumption (%)', compute='_compute_ccis_consumption_rate',
        group_operator=False)
    ccis_progress = fields.Float(
        'Progress (%)', compute='_compute_ccis_progress', store=True, group_operator='avg',
        help='Completed tasks (in a folded stage) out of all active tasks, weighted by their planned hours '
             'when the project plans them.')
    ccis_milestone_ids = fields.One2many('ccis.project.milestone', 'project_id', 'Milestones')
    ccis_milestone_count = fields.Integer('Milestones', compute='_compute_ccis_milestone_counts')
    ccis_milestone_late_count = fields.Integer('Late Milestones',
                                               compute='_compute_ccis_milestone_counts')
    ccis_spending_ids = fields.One2many('ccis.project.analysis', 'project_id', 'Expenses',
                                        domain=[('kind', '=', 'expense')], readonly=True)
    ccis_revenue_ids = fields.One2many('ccis.project.analysis', 'project_id', 'Revenues',
                                       domain=[('kind', '=', 'revenue')], readonly=True)
    ccis_action_ids = fields.Many2many(
        'ccis.activity.action', string='Programme Actions',
        compute='_compute_ccis_action_ids',
        help="Actions of the action programmes whose own analytic account is the project's: their planned "
             'budget enters the project budget when the programme is entered in the budget.')

    @api.depends('ccis_kind_id', 'ccis_opening_date',
                 'analytic_account_id.line_ids.amount', 'analytic_account_id.line_ids.date',
                 'analytic_account_id.crossovered_budget_line.planned_amount',
                 'analytic_account_id.crossovered_budget_line.crossovered_budget_id.state')
    def _compute_ccis_figures(self):
        """Budget, spending and revenue of the structuring projects, from their analytic
        account: two queries for all the projects (as superuser: the figures of a project
        the user reads, whoever booked the lines)."""
        projects = self.filtered(lambda p: p.ccis_kind_id and isinstance(p.id, int)
                                 and p.analytic_account_id)
        budgets, flows = {}, {}
        if projects:
            accounts = tuple(projects.mapped('analytic_account_id').ids)
            cr = self.env.cr
            cr.execute("""
                SELECT l.analytic_account_id, -SUM(l.planned_amount)
                  FROM crossovered_budget_lines l
                  JOIN crossovered_budget b ON b.id = l.crossovered_budget_id
                 WHERE l.analytic_account_id IN %s AND b.state != 'cancel'
                   AND l.planned_amount < 0
              GROUP BY l.analytic_account_id""", (accounts,))
            budgets = dict(cr.fetchall())
            rows = [(p.id, p.analytic_account_id.id, p.ccis_opening_date or None)
                    for p in projects]
            cr.execute("""
                WITH v(project_id, account_id, opening) AS (VALUES %s)
                SELECT v.project_id,
                       COALESCE(SUM(-l.amount) FILTER (WHERE l.amount < 0), 0),
                       COALESCE(SUM(l.amount) FILTER (
                           WHERE l.amount > 0 AND v.opening IS NOT NULL
                             AND l.date >= v.opening::date), 0)
                  FROM v JOIN account_analytic_line l ON l.account_id = v.account_id
              GROUP BY v.project_id""" % ','.join(['(%s, %s, %s::date)'] * len(rows)),
                       [item for row in rows for item in row])
            flows = {row[0]: row[1:] for row in cr.fetchall()}
        for project in self:
            spent, revenue = flows.get(project.id, (0.0, 0.0))
            project.ccis_budget = budgets.get(project.analytic_account_id.id, 0.0) \
                if project in projects else 0.0
            project.ccis_spent = spent
            project.ccis_revenue = revenue

    @api.depends('ccis_budget', 'ccis_spent')
    def _compute_ccis_consumption_rate(self):
        for project in self:
            project.ccis_consumption_rate = rules.consumption_rate(project.ccis_budget,
                                                                   project.ccis_spent)

    @api.depends('ccis_kind_id', 'tasks.stage_id', 'tasks.planned_hours', 'tasks.active',
                 'tasks.stage_id.fold')
    def _compute_ccis_progress(self):
        """Never typed: from the active tasks of the project (one query for all)."""
        projects = self.filtered(lambda p: p.ccis_kind_id and isinstance(p.id, int))
        tasks = {}
        if projects:
            self.env.cr.execute("""
                SELECT t.project_id, COALESCE(t.planned_hours, 0), COALESCE(s.fold, FALSE)
                  FROM project_task t LEFT JOIN project_task_type s ON s.id = t.stage_id
                 WHERE t.project_id IN %s AND t.active""", (tuple(projects.ids),))
            for project_id, hours, done in self.env.cr.fetchall():
                tasks.setdefault(project_id, []).append((hours, done))
        for project in self:
            project.ccis_progress = round(rules.progress(tasks.get(project.id, [])), 2)

    def _compute_ccis_milestone_counts(self):
        today = fields.Date.context_today(self)
        for project in self:
            milestones = project.ccis_milestone_ids
            project.ccis_milestone_count = len(milestones)
            project.ccis_milestone_late_count = len(milestones.filtered(
                lambda m: rules.is_late(m.date_planned, m.state, today)))

    def _compute_ccis_action_ids(self):
        Action = self.env['ccis.activity.action']
        accounts = self.mapped('analytic_account_id')
        actions = Action.search([('analytic_account_id', 'in', accounts.ids)]) \
            if accounts else Action
        for project in self:
            project.ccis_action_ids = actions.filtered(
                lambda a, p=project: a.analytic_account_id == p.analytic_account_id)

    @api.model
    def _group_expand_ccis_states(self, states, domain, order):
        return [key for key, _label in STATES]

    @api.constrains('ccis_kind_id', 'unit_id')
    def _check_ccis_unit(self):
        # as superuser: checked before the record rules decide on a new project
        for project in self.sudo().filtered('ccis_kind_id'):
            if not project.unit_id:
                raise ValidationError(_(
                    'Project "%s": a structuring project must have a responsible unit (field "Responsible '
                    'Unit").') % project.name)

    @api.constrains('ccis_opening_date', 'date_start')
    def _check_ccis_opening_date(self):
        for project in self.sudo().filtered('ccis_opening_date'):
            if project.date_start and project.ccis_opening_date < project.date_start:
                raise ValidationError(_(
                    'Project "%s": the opening date (field "Opening Date") cannot precede the project\'s '
                    'start date.') % project.name)

    @api.onchange('ccis_kind_id')
    def _onchange_ccis_kind_id(self):
        if self.ccis_kind_id:
            self.privacy_visibility = 'followers'

    # CRUD: a structuring project is edited by the roles of the chamber, who have no right
    # on analytic accounts; its own analytic account (Odoo's parent record of the project)
    # follows it as superuser once the ORM has checked the user's right on the project.

    def _ccis_is_account_field(self, name):
        field = self._fields.get(name)
        return bool(field is not None and field.inherited
                    and field.related[0] == 'analytic_account_id')

    def _ccis_analytic_values(self, vals):
        """Split ``vals`` into the values of the project's analytic account and the rest."""
        account, rest = {}, {}
        for key, value in vals.items():
            (account if self._ccis_is_account_field(key) else rest)[key] = value
        return account, rest

    @api.model
    def create(self, vals):
        if not vals.get('ccis_kind_id'):
            return super(ProjectProject, self).create(vals)
        vals = dict(vals, privacy_visibility='followers')
        if not vals.get('analytic_account_id'):
            self.check_access_rights('create')
            account_vals, vals = self._ccis_analytic_values(vals)
            account = self.env['account.analytic.account'].sudo().create(account_vals)
            vals['analytic_account_id'] = account.id
        return super(ProjectProject, self).create(vals)

    @api.multi
    def write(self, vals):
        if vals.get('ccis_kind_id'):
            vals = dict(vals, privacy_visibility='followers')
        account_vals, rest = self._ccis_analytic_values(vals)
        if account_vals and self and all(self.mapped('ccis_kind_id')):
            self.check_access_rights('write')
            self.check_access_rule('write')
            self.mapped('analytic_account_id').sudo().write(account_vals)
            vals = rest
        return super(ProjectProject, self).write(vals) if vals else True

    @api.multi
    def unlink(self):
        structuring = self.filtered('ccis_kind_id')
        for project in structuring:
            if project.ccis_state != 'study':
                raise UserError(_(
                    'Project "%s": only a project under study can be deleted; close it or archive it.') % project.name)
        if structuring:
            structuring.check_access_rights('unlink')
            structuring.check_access_rule('unlink')
            # Odoo deletes the project's analytic account with it (without lines)
            super(ProjectProject, structuring.sudo()).unlink()
        others = self - structuring
        return super(ProjectProject, others).unlink() if others else True

    # life cycle

    def _ccis_check_state(self, expected, label):
        for project in self:
            if not project.ccis_kind_id:
                raise UserError(_('Project "%s": it is not a structuring project.')
                                % project.name)
            if project.ccis_state not in expected:
                raise UserError(_('Project "%s": cannot %s in state "%s".') % (
                    project.name, label,
                    dict(self._fields['ccis_state']._description_selection(self.env))[project.ccis_state]))

    @api.multi
    def action_ccis_financing(self):
        self._ccis_check_state(['study'], _('move to financing'))
        self.write({'ccis_state': 'financing'})
        return True

    @api.multi
    def action_ccis_works(self):
        self._ccis_check_state(['financing'], _('start the works'))
        for project in self:
            if not project.ccis_budget:
                raise UserError(_(
                    'Project "%s": no budget is planned on its analytic account "%s"; enter it in the budget '
                    'before starting the works.')
                    % (project.name, project.analytic_account_id.display_name))
        self.write({'ccis_state': 'works'})
        return True

    @api.multi
    def action_ccis_open(self):
        self._ccis_check_state(['works'], _('open it'))
        for project in self:
            if not project.ccis_opening_date:
                raise UserError(_(
                    'Project "%s": enter the opening date (field "Opening Date") before opening it.') % project.name)
        self.write({'ccis_state': 'open'})
        return True

    @api.multi
    def action_ccis_suspend(self):
        self._ccis_check_state(SUSPENDABLE, _('suspend it'))
        for project in self:
            project.write({'ccis_state': 'suspended',
                           'ccis_suspended_from': project.ccis_state})
        return True

    @api.multi
    def action_ccis_resume(self):
        self._ccis_check_state(['suspended'], _('resume it'))
        for project in self:
            project.write({'ccis_state': project.ccis_suspended_from or 'study',
                           'ccis_suspended_from': False})
        return True

    @api.multi
    def action_ccis_close(self):
        self._ccis_check_state(CLOSABLE, _('close it'))
        for project in self:
            if not project.ccis_opening_date:
                raise UserError(_(
                    'Project "%s": only an open project (with an opening date) can be closed; an abandoned '
                    'project is archived.') % project.name)
        self.write({'ccis_state': 'closed', 'ccis_suspended_from': False})
        return True

    @api.multi
    def action_ccis_view_milestones(self):
        self.ensure_one()
        action = self.env.ref('ccis_project.ccis_project_milestone_action').read()[0]
        action['domain'] = [('project_id', '=', self.id)]
        action['context'] = {'default_project_id': self.id}
        return action

    @api.multi
    def action_ccis_view_tasks(self):
        self.ensure_one()
        action = self.env.ref('project.act_project_project_2_project_task_all').read()[0]
        action['context'] = {'search_default_project_id': self.id,
                             'default_project_id': self.id}
        action['domain'] = [('project_id', '=', self.id)]
        return action

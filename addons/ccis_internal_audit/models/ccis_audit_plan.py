from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

DIRECTION = 'ccis_base.group_ccis_direction'


class CcisAuditPlan(models.Model):
    """The yearly internal audit plan of the Service Audit et Contrôle de Gestion: drafted
    by the audit, approved by the direction, closed once its missions have reported."""
    _name = 'ccis.audit.plan'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _description = 'Internal Audit Plan'
    _order = 'year desc'

    name = fields.Char('Title', required=True, track_visibility='onchange',
                       readonly=True, states={'draft': [('readonly', False)]})
    year = fields.Integer('Year', required=True, index=True, track_visibility='onchange',
                          readonly=True, states={'draft': [('readonly', False)]})
    state = fields.Selection([
        ('draft', 'Draft'),
        ('approved', 'Approved'),
        ('closed', 'Closed'),
    ], 'State', default='draft', required=True, index=True, copy=False,
        track_visibility='onchange')
    approved_by_id = fields.Many2one('res.users', 'Approved By', readonly=True, copy=False,
                                     track_visibility='onchange')
    date_approved = fields.Date('Approval Date', readonly=True, copy=False)
    mission_ids = fields.One2many('ccis.audit.mission', 'plan_id', 'Missions')
    mission_count = fields.Integer('Missions', compute='_compute_counts')
    mission_done_count = fields.Integer('Completed Missions', compute='_compute_counts')
    note = fields.Text('Guidance and Observations')

    _sql_constraints = [
        ('year_unique', 'unique(year)', 'There can be only one audit plan per year.'),
    ]

    @api.depends('mission_ids.state')
    def _compute_counts(self):
        for plan in self:
            plan.mission_count = len(plan.mission_ids)
            plan.mission_done_count = len(plan.mission_ids.filtered(
                lambda m: m.state in ('report', 'closed')))

    @api.constrains('year')
    def _check_year(self):
        for plan in self:
            if not 2000 <= plan.year <= 2100:
                raise ValidationError(_(
                    'Audit plan "%s": the year ("Year" field) '
                    'must be between 2000 and 2100, not %s.') % (plan.name, plan.year))

    def _check_year_free(self, name, year):
        """Refuse a second plan for ``year`` before writing (the SQL constraint stays the
        guarantee under concurrent transactions)."""
        other = self.sudo().search([('year', '=', year), ('id', 'not in', self.ids)], limit=1)
        if other:
            raise ValidationError(_(
                'Audit plan "%s": the year %s already has its audit plan ("%s"); only one plan per year '
                '("Year" field).') % (name, year, other.name))

    @api.model
    def create(self, vals):
        self.check_access_rights('create')
        if vals.get('year'):
            self.browse()._check_year_free(vals.get('name'), vals['year'])
        return super(CcisAuditPlan, self).create(vals)

    @api.multi
    def write(self, vals):
        if vals.get('year'):
            for plan in self:
                plan._check_year_free(vals.get('name', plan.name), vals['year'])
        return super(CcisAuditPlan, self).write(vals)

    @api.multi
    def unlink(self):
        # the user's right first: a refusal says so, not a business rule
        self.check_access_rights('unlink')
        self.check_access_rule('unlink')
        for plan in self:
            if plan.state != 'draft' or plan.mission_ids:
                raise UserError(_(
                    'Audit plan "%s": only a draft plan without missions can be deleted.') % plan.name)
        return super(CcisAuditPlan, self).unlink()

    @api.multi
    def action_approve(self):
        """The direction approves the plan (who and when are kept)."""
        if not self.env.user.has_group(DIRECTION):
            raise UserError(_('Only the management approves an audit plan.'))
        for plan in self:
            if plan.state != 'draft':
                raise UserError(_('Audit plan "%s": only a draft plan can be approved.') % plan.name)
            if not plan.mission_ids:
                raise UserError(_('Audit plan "%s": schedule at least one mission before approval.') % plan.name)
        self.write({'state': 'approved', 'approved_by_id': self.env.user.id,
                    'date_approved': fields.Date.context_today(self)})
        return True

    @api.multi
    def action_close(self):
        for plan in self:
            if plan.state != 'approved':
                raise UserError(_('Audit plan "%s": only an approved plan can be closed.') % plan.name)
            pending = plan.mission_ids.filtered(lambda m: m.state in ('planned', 'in_progress'))
            if pending:
                raise UserError(_(
                    'Audit plan "%s": missions %s have not delivered their report; postpone them to the next '
                    'plan ("Audit Plan" field) or complete them before closing.') % (
                    plan.name, ', '.join(pending.mapped('display_name'))))
        self.write({'state': 'closed'})
        return True

    @api.multi
    def action_reset_draft(self):
        for plan in self:
            if plan.state != 'approved':
                raise UserError(_('Audit plan "%s": only an approved plan can be reset to draft.') % plan.name)
        self.write({'state': 'draft', 'approved_by_id': False, 'date_approved': False})
        return True

    @api.multi
    def action_view_missions(self):
        self.ensure_one()
        action = self.env.ref('ccis_internal_audit.ccis_audit_mission_action').read()[0]
        action['domain'] = [('plan_id', '=', self.id)]
        action['context'] = {'default_plan_id': self.id}
        return action

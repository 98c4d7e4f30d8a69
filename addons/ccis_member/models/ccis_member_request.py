import datetime

from odoo import _, api, fields, models
from odoo.exceptions import UserError

REQUEST_STATES = [
    ('new', 'New'),
    ('assigned', 'Dispatched'),
    ('answered', 'Replied'),
    ('closed', 'Concluded'),
    ('rejected', 'Rejected'),
]


class CcisMemberRequest(models.Model):
    """A member's request to the orientation desk (fiscal, legal, financial questions,
    requests for a study...), assigned to a unit and answered."""
    _name = 'ccis.member.request'
    _description = 'Member Request'
    _inherit = ['mail.thread', 'mail.activity.mixin', 'ccis.unit.mixin']
    _order = 'date desc, id desc'
    _ccis_unit_scope = ['unit_id', 'user_id', 'create_uid']  # record rules: ir.rule._ccis_unit_rules

    name = fields.Char(string='Reference', required=True, copy=False, readonly=True,
                       default='/', index=True)
    partner_id = fields.Many2one(
        'res.partner', string='Member', required=True, index=True,
        domain=[('ccis_is_member', '=', True)], track_visibility='onchange')
    contact_name = fields.Char(string='Claimant')
    channel = fields.Selection(
        [('visit', 'Visit'), ('phone', 'Phone'), ('email', 'E-mail'),
         ('letter', 'Mail'), ('web', 'Website')],
        string='Channel', required=True, default='visit')
    category_id = fields.Many2one(
        'ccis.member.request.category', string='Category', required=True, index=True,
        ondelete='restrict')
    subject = fields.Char(string='Subject', required=True)
    description = fields.Text(string='Description')
    date = fields.Date(string='Received on', required=True, default=fields.Date.context_today,
                       index=True)
    deadline = fields.Date(string='Due Date', index=True, track_visibility='onchange')
    user_id = fields.Many2one('res.users', string='Request Handler', index=True,
                              track_visibility='onchange')
    is_overdue = fields.Boolean(
        string='Overdue', compute='_compute_is_overdue', search='_search_is_overdue')
    answer = fields.Text(string='Reply')
    answer_date = fields.Date(string='Replied On', readonly=True, copy=False)
    reject_reason = fields.Text(string='Rejection Reason', copy=False)
    satisfaction = fields.Selection(
        [('1', 'Very Dissatisfied'), ('2', 'Dissatisfied'), ('3', 'Neutral'),
         ('4', 'Satisfied'), ('5', 'Very Satisfied')], string='Satisfaction')
    state = fields.Selection(
        REQUEST_STATES, string='State', required=True, default='new', index=True,
        track_visibility='onchange', copy=False)
    member_site_id = fields.Many2one(
        related='partner_id.ccis_site_id', string="Member's Site", store=True,
        readonly=True)

    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for request in self:
            request.is_overdue = bool(
                request.deadline and request.deadline < today
                and request.state in ('new', 'assigned'))

    def _search_is_overdue(self, operator, value):
        today = fields.Date.context_today(self)
        domain = ['&', ('deadline', '<', today), ('state', 'in', ('new', 'assigned'))]
        if (operator == '=') == bool(value):
            return domain
        return ['|', ('deadline', '=', False), '|', ('deadline', '>=', today),
                ('state', 'not in', ('new', 'assigned'))]

    @api.onchange('category_id', 'date')
    def _onchange_category_id(self):
        if self.category_id:
            if self.category_id.default_unit_id and not self.unit_id:
                self.unit_id = self.category_id.default_unit_id
            if self.date and self.category_id.delay_days:
                self.deadline = fields.Date.to_string(
                    fields.Date.from_string(self.date)
                    + datetime.timedelta(days=self.category_id.delay_days))

    @api.model
    def create(self, vals):
        if vals.get('name', '/') == '/':
            vals['name'] = self.env['ir.sequence'].next_by_code('ccis.member.request') or '/'
        request = super().create(vals)
        request.partner_id._ccis_touch_activity()
        return request

    def _check_state(self, allowed, action):
        for request in self:
            if request.state not in allowed:
                raise UserError(_('Request "%s": action "%s" is not possible in state "%s".')
                                % (request.name, action,
                                   dict(self._fields['state']._description_selection(self.env))[request.state]))

    @api.multi
    def action_assign(self):
        self._check_state(('new',), _('Assign'))
        for request in self:
            if not request.unit_id:
                raise UserError(_('Request "%s": choose the unit in charge of the answer.') % request.name)
        self.write({'state': 'assigned'})

    @api.multi
    def action_answer(self):
        self._check_state(('new', 'assigned'), _('Answer'))
        for request in self:
            if not (request.answer or '').strip():
                raise UserError(_('Request "%s": enter the answer given to the member.') % request.name)
        self.write({'state': 'answered', 'answer_date': fields.Date.context_today(self)})
        self.mapped('partner_id')._ccis_touch_activity()

    @api.multi
    def action_close(self):
        self._check_state(('answered',), _('Mark as Closed'))
        self.write({'state': 'closed'})

    @api.multi
    def action_reject(self):
        self._check_state(('new', 'assigned'), _('Reject'))
        for request in self:
            if not (request.reject_reason or '').strip():
                raise UserError(_('Request "%s": enter the reason for the rejection.')
                                % request.name)
        self.write({'state': 'rejected'})

    @api.multi
    def action_reset(self):
        self._check_state(('rejected',), _('Reopen'))
        self.write({'state': 'new', 'reject_reason': False})

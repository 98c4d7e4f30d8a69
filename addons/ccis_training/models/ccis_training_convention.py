from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

CONVENTION_STATES = [
    ('draft', 'Draft'),
    ('active', 'In Force'),
    ('expired', 'Expired'),
    ('cancelled', 'Terminated'),
]


class CcisTrainingConvention(models.Model):
    _name = 'ccis.training.convention'
    _description = 'Agreement with a Training Provider'
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _order = 'date_start desc, id desc'
    _ccis_unit_scope = ['unit_id']  # record rules: ir.rule._ccis_unit_rules

    name = fields.Char(string='Reference', required=True, track_visibility='onchange')
    training_body_id = fields.Many2one(
        'res.partner', string='Training Provider', required=True, index=True,
        ondelete='restrict', domain=[('ccis_is_training_body', '=', True)],
        track_visibility='onchange')
    object = fields.Text(string='Subject')
    date_signed = fields.Date(string='Signature Date')
    date_start = fields.Date(string='Effective Date', required=True, index=True)
    date_end = fields.Date(string='Due Date', required=True, index=True,
                           track_visibility='onchange')
    theme_ids = fields.Many2many(
        'ccis.training.theme', 'ccis_training_convention_theme_rel', 'convention_id',
        'theme_id', string='Themes Covered')
    company_id = fields.Many2one('res.company', string='Company', required=True,
                                 default=lambda self: self.env.user.company_id)
    currency_id = fields.Many2one(related='company_id.currency_id', readonly=True,
                                  string='Currency')
    amount = fields.Monetary(string='Agreement Amount')
    hourly_rate = fields.Monetary(string='Hourly Cost')
    state = fields.Selection(CONVENTION_STATES, string='State', default='draft',
                             required=True, index=True, track_visibility='onchange',
                             copy=False)
    event_ids = fields.One2many('event.event', 'ccis_convention_id', string='Sessions')
    session_count = fields.Integer(string='Sessions', compute='_compute_session_count')

    def _compute_session_count(self):
        groups = self.env['event.event'].read_group(
            [('ccis_convention_id', 'in', self.ids)], ['ccis_convention_id'],
            ['ccis_convention_id'])
        counts = {g['ccis_convention_id'][0]: g['ccis_convention_id_count'] for g in groups}
        for convention in self:
            convention.session_count = counts.get(convention.id, 0)

    @api.constrains('date_start', 'date_end')
    def _check_dates(self):
        for convention in self:
            if convention.date_end < convention.date_start:
                raise ValidationError(_(
                    'Agreement "%s": the expiry date (%s) is before the effective date (%s).')
                    % (convention.name, convention.date_end, convention.date_start))

    @api.multi
    def action_activate(self):
        self.write({'state': 'active'})

    @api.multi
    def action_expire(self):
        self.write({'state': 'expired'})

    @api.multi
    def action_cancel(self):
        self.write({'state': 'cancelled'})

    @api.multi
    def action_draft(self):
        self.write({'state': 'draft'})

    @api.model
    def _cron_expire(self):
        today = fields.Date.context_today(self)
        expired = self.search([('state', '=', 'active'), ('date_end', '<', today)])
        expired.write({'state': 'expired'})
        return expired

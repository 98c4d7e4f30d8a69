from odoo import fields, models

STATES = [
    ('prospect', 'Prospect'),
    ('active', 'Active'),
    ('dormant', 'Dormant'),
    ('struck_off', 'Struck Off'),
]


class CcisMemberStatusHistory(models.Model):
    _name = 'ccis.member.status.history'
    _description = 'Member Status History'
    _order = 'date desc, id desc'

    partner_id = fields.Many2one(
        'res.partner', string='Member', required=True, index=True, ondelete='cascade')
    date = fields.Date(string='Date', required=True, default=fields.Date.context_today)
    old_state = fields.Selection(STATES, string='Previous Status')
    new_state = fields.Selection(STATES, string='New Status', required=True)
    reason = fields.Text(string='Reason', required=True)
    user_id = fields.Many2one(
        'res.users', string='Author', required=True, default=lambda self: self.env.user,
        ondelete='restrict')

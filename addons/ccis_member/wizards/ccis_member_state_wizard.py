from odoo import api, fields, models

from ..models.ccis_member_status_history import STATES


class CcisMemberStateWizard(models.TransientModel):
    _name = 'ccis.member.state.wizard'
    _description = 'Member Status Change'

    partner_ids = fields.Many2many(
        'res.partner', string='Members', required=True,
        domain=[('ccis_is_member', '=', True)])
    new_state = fields.Selection(STATES, string='New Status', required=True)
    date = fields.Date(string='Effective On', required=True,
                       default=fields.Date.context_today)
    reason = fields.Text(string='Reason', required=True)

    @api.multi
    def action_confirm(self):
        self.ensure_one()
        self.partner_ids._ccis_set_state(self.new_state, self.reason, self.date)
        return {'type': 'ir.actions.act_window_close'}

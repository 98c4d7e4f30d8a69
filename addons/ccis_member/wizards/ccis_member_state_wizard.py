from odoo import api, fields, models

from ..models.ccis_member_status_history import STATES


class CcisMemberStateWizard(models.TransientModel):
    _name = 'ccis.member.state.wizard'
    _description = 'Changement de statut de ressortissants'

    partner_ids = fields.Many2many(
        'res.partner', string='Ressortissants', required=True,
        domain=[('ccis_is_member', '=', True)])
    new_state = fields.Selection(STATES, string='Nouveau statut', required=True)
    date = fields.Date(string="Date d'effet", required=True,
                       default=fields.Date.context_today)
    reason = fields.Text(string='Motif', required=True)

    @api.multi
    def action_confirm(self):
        self.ensure_one()
        self.partner_ids._ccis_set_state(self.new_state, self.reason, self.date)
        return {'type': 'ir.actions.act_window_close'}

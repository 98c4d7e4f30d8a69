from odoo import api, models


class ResPartner(models.Model):
    _inherit = 'res.partner'

    @api.multi
    def _ccis_pays_member_price(self):
        """An active member of the chamber pays the member price of its services."""
        self.ensure_one()
        member = self.commercial_partner_id
        return bool(member.ccis_is_member and member.ccis_state == 'active')

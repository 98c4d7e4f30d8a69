from odoo import api, fields, models


class ResPartner(models.Model):
    _inherit = 'res.partner'

    ccis_organ_member_ids = fields.One2many(
        'ccis.organ.member', 'partner_id', 'Elective Terms')
    ccis_is_elected = fields.Boolean(
        'Elected Member of the Chamber', compute='_compute_ccis_is_elected', store=True, index=True)

    @api.depends('ccis_organ_member_ids')
    def _compute_ccis_is_elected(self):
        for partner in self:
            partner.ccis_is_elected = bool(partner.ccis_organ_member_ids)

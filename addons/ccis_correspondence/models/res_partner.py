from odoo import _, api, fields, models


class ResPartner(models.Model):
    """The mail exchanged with a correspondent (administration, official, member)."""
    _inherit = 'res.partner'

    ccis_correspondence_ids = fields.One2many(
        'ccis.correspondence', 'partner_id', string="Courrier (bureau d'ordre)")
    ccis_correspondence_count = fields.Integer(
        'Courriers', compute='_compute_ccis_correspondence_count')

    @api.depends('ccis_correspondence_ids')
    def _compute_ccis_correspondence_count(self):
        for partner in self:
            partner.ccis_correspondence_count = 0
        Correspondence = self.env['ccis.correspondence']
        # users without access to the register (elected members...) see no count
        if not Correspondence.check_access_rights('read', raise_exception=False):
            return
        counts = Correspondence.read_group([('partner_id', 'in', self.ids)],
                                           ['partner_id'], ['partner_id'])
        by_partner = {count['partner_id'][0]: count['partner_id_count'] for count in counts}
        for partner in self:
            partner.ccis_correspondence_count = by_partner.get(partner.id, 0)

    @api.multi
    def action_view_ccis_correspondence(self):
        self.ensure_one()
        action = self.env.ref('ccis_correspondence.ccis_correspondence_action').read()[0]
        action.update({
            'name': _('Courrier de %s') % self.display_name,
            'domain': [('partner_id', '=', self.id)],
            'context': {'default_partner_id': self.id},
        })
        return action

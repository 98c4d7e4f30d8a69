from odoo import fields, models


class CcisCommune(models.Model):
    _name = 'ccis.commune'
    _description = 'Commune'
    _order = 'name'

    name = fields.Char(string='Nom', required=True, index=True)
    name_ar = fields.Char(string='Nom (arabe)')
    kind = fields.Selection(
        [('urban', 'Commune urbaine'), ('rural', 'Commune rurale')],
        string='Type', default='urban')
    province_id = fields.Many2one(
        'ccis.province', string='Province ou préfecture', required=True, index=True,
        ondelete='restrict')
    region_id = fields.Many2one(
        'ccis.region', string='Région', related='province_id.region_id', store=True,
        index=True, readonly=True)
    active = fields.Boolean(string='Actif', default=True)

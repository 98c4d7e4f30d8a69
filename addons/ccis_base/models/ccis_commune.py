from odoo import fields, models


class CcisCommune(models.Model):
    _name = 'ccis.commune'
    _inherit = ['ccis.cached.name.mixin']
    _description = 'Commune'
    _order = 'name'

    name = fields.Char(string='Name', required=True, index=True)
    name_ar = fields.Char(string='Name (Arabic)')
    kind = fields.Selection(
        [('urban', 'Urban Commune'), ('rural', 'Rural Commune')],
        string='Type', default='urban')
    province_id = fields.Many2one(
        'ccis.province', string='Province or Prefecture', required=True, index=True,
        ondelete='restrict')
    region_id = fields.Many2one(
        'ccis.region', string='Region', related='province_id.region_id', store=True,
        index=True, readonly=True)
    active = fields.Boolean(string='Active', default=True)

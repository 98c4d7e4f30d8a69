from odoo import fields, models


class CcisProvince(models.Model):
    _name = 'ccis.province'
    _inherit = ['ccis.cached.name.mixin']
    _description = 'Province or Prefecture'
    _order = 'code, name'

    name = fields.Char(string='Name', required=True, index=True)
    name_ar = fields.Char(string='Name (Arabic)')
    code = fields.Char(string='Code', required=True, index=True)
    kind = fields.Selection(
        [('province', 'Province'), ('prefecture', 'Prefecture')],
        string='Type', required=True, default='province')
    region_id = fields.Many2one(
        'ccis.region', string='Region', required=True, index=True, ondelete='restrict')
    commune_ids = fields.One2many('ccis.commune', 'province_id', string='Communes')
    site_ids = fields.Many2many(
        'ccis.site', 'ccis_site_province_rel', 'province_id', 'site_id',
        string='Competent Sites', readonly=True)
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'The province code must be unique.'),
    ]

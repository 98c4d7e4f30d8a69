from odoo import fields, models


class CcisRegion(models.Model):
    _name = 'ccis.region'
    _inherit = ['ccis.cached.name.mixin']
    _description = 'Region'
    _order = 'code, name'

    name = fields.Char(string='Name', required=True, index=True)
    name_ar = fields.Char(string='Name (Arabic)')
    code = fields.Char(string='Code', required=True, index=True)
    province_ids = fields.One2many('ccis.province', 'region_id', string='Provinces and Prefectures')
    province_count = fields.Integer(string='Number of Provinces', compute='_compute_province_count')
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'The region code must be unique.'),
    ]

    def _compute_province_count(self):
        data = self.env['ccis.province'].read_group(
            [('region_id', 'in', self.ids)], ['region_id'], ['region_id'])
        counts = {d['region_id'][0]: d['region_id_count'] for d in data}
        for region in self:
            region.province_count = counts.get(region.id, 0)

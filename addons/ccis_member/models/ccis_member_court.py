from odoo import fields, models


class CcisMemberCourt(models.Model):
    _name = 'ccis.member.court'
    _inherit = ['ccis.cached.name.mixin']
    _description = 'Court (Trade Register)'
    _order = 'name'

    name = fields.Char(string='Court', required=True, index=True)
    name_ar = fields.Char(string='Court (Arabic)')
    code = fields.Char(string='Code', required=True, index=True)
    city = fields.Char(string='City')
    kind = fields.Selection(
        [('commerce', 'Commercial Court'),
         ('first_instance', 'Court of First Instance')],
        string='Type', required=True, default='commerce')
    province_id = fields.Many2one('ccis.province', string='Province', index=True)
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'The court code must be unique.'),
    ]

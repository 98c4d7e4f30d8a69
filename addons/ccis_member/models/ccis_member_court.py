from odoo import fields, models


class CcisMemberCourt(models.Model):
    _name = 'ccis.member.court'
    _description = 'Tribunal (registre du commerce)'
    _order = 'name'

    name = fields.Char(string='Tribunal', required=True, index=True)
    name_ar = fields.Char(string='Tribunal (arabe)')
    code = fields.Char(string='Code', required=True, index=True)
    city = fields.Char(string='Ville')
    kind = fields.Selection(
        [('commerce', 'Tribunal de commerce'),
         ('first_instance', 'Tribunal de première instance')],
        string='Type', required=True, default='commerce')
    province_id = fields.Many2one('ccis.province', string='Province', index=True)
    active = fields.Boolean(string='Actif', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'Le code du tribunal doit être unique.'),
    ]

from odoo import fields, models


class CcisMemberRequestCategory(models.Model):
    _name = 'ccis.member.request.category'
    _description = 'Member Request Category'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Label', required=True, translate=True)
    name_ar = fields.Char(string='Label (Arabic)')
    code = fields.Char(string='Code', required=True, index=True)
    default_unit_id = fields.Many2one(
        'hr.department', string='Usual Unit',
        help='Unit to which requests of this category are usually assigned.')
    delay_days = fields.Integer(
        string='Response Time (Days)', default=15,
        help='Used to suggest the deadline of a new request.')
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'The request category code must be unique.'),
    ]

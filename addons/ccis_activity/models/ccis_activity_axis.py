from odoo import fields, models


class CcisActivityAxis(models.Model):
    """An axis of the action programme (the ten axes of the 2023 review by default)."""

    _name = 'ccis.activity.axis'
    _description = 'Action Programme Axis'
    _order = 'sequence, code, id'

    sequence = fields.Integer(string='Sequence', default=10)
    code = fields.Char(string='Code', required=True, index=True)
    name = fields.Char(string='Axis', required=True, translate=True)
    description = fields.Text(string='Description', translate=True)
    color = fields.Integer(string='Color')
    active = fields.Boolean(string='Active', default=True)
    action_ids = fields.One2many('ccis.activity.action', 'axis_id', string='Actions')

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'The code of an axis must be unique.'),
    ]

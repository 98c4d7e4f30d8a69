from odoo import fields, models


class CcisStructureTemplateMission(models.Model):
    _name = 'ccis.structure.template.mission'
    _description = 'Structure Template Unit Mission'
    _order = 'line_id, sequence, id'

    line_id = fields.Many2one(
        'ccis.structure.template.line', string='Template Unit', required=True, index=True,
        ondelete='cascade')
    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Mission', required=True)
    description = fields.Text(string='Description')

from odoo import fields, models


class CcisStructureTemplateMission(models.Model):
    _name = 'ccis.structure.template.mission'
    _description = "Mission d'une unité du modèle de structure"
    _order = 'line_id, sequence, id'

    line_id = fields.Many2one(
        'ccis.structure.template.line', string='Unité du modèle', required=True, index=True,
        ondelete='cascade')
    sequence = fields.Integer(string='Séquence', default=10)
    name = fields.Char(string='Mission', required=True)
    description = fields.Text(string='Description')

from odoo import fields, models


class CcisStructuringProjectKind(models.Model):
    """A kind of structuring project (business centre, digital business centre, training
    institute, business zone...): the chamber's data, edited by the suite administrator."""
    _name = 'ccis.structuring.project.kind'
    _description = 'Structuring Project Type'
    _order = 'sequence, name'

    sequence = fields.Integer('Sequence', default=10)
    name = fields.Char('Type', required=True, translate=True)
    code = fields.Char('Code', required=True)
    description = fields.Text('Description', translate=True)
    active = fields.Boolean('Active', default=True)
    project_ids = fields.One2many('project.project', 'ccis_kind_id', 'Projects')

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'The code of a structuring project type must be unique.'),
    ]

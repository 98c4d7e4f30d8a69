from odoo import fields, models


class CcisStructuringProjectKind(models.Model):
    """A kind of structuring project (business centre, digital business centre, training
    institute, business zone...): the chamber's data, edited by the suite administrator."""
    _name = 'ccis.structuring.project.kind'
    _description = 'Type de projet structurant'
    _order = 'sequence, name'

    sequence = fields.Integer('Séquence', default=10)
    name = fields.Char('Type', required=True, translate=True)
    code = fields.Char('Code', required=True)
    description = fields.Text('Description', translate=True)
    active = fields.Boolean('Actif', default=True)
    project_ids = fields.One2many('project.project', 'ccis_kind_id', 'Projets')

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'Le code d\'un type de projet structurant doit être '
                                        'unique.'),
    ]

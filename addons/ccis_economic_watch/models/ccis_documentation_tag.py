from odoo import fields, models


class CcisDocumentationTag(models.Model):
    """A keyword of the documentation fund."""
    _name = 'ccis.documentation.tag'
    _description = 'Mot-clé (fonds documentaire)'
    _order = 'name'

    name = fields.Char('Mot-clé', required=True, index=True)
    color = fields.Integer('Couleur')

    _sql_constraints = [
        ('name_unique', 'unique(name)', 'Ce mot-clé existe déjà.'),
    ]

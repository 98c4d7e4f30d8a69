from odoo import fields, models


class CcisDocumentationKind(models.Model):
    """A kind of document of the documentation fund (study, publication, report, economic
    outlook note...): the chamber's data."""
    _name = 'ccis.documentation.kind'
    _description = 'Type de document (fonds documentaire)'
    _order = 'sequence, name'

    sequence = fields.Integer('Séquence', default=10)
    name = fields.Char('Type de document', required=True, translate=True)
    code = fields.Char('Code', required=True, index=True,
                       help='Préfixe des cotes des documents de ce type.')
    active = fields.Boolean('Actif', default=True)

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'Le code du type de document doit être unique.'),
    ]

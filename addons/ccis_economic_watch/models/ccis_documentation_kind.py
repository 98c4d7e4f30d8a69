from odoo import fields, models


class CcisDocumentationKind(models.Model):
    """A kind of document of the documentation fund (study, publication, report, economic
    outlook note...): the chamber's data."""
    _name = 'ccis.documentation.kind'
    _description = 'Document Type (Document Library)'
    _order = 'sequence, name'

    sequence = fields.Integer('Sequence', default=10)
    name = fields.Char('Document Type', required=True, translate=True)
    code = fields.Char('Code', required=True, index=True,
                       help='Call number prefix for documents of this type.')
    active = fields.Boolean('Active', default=True)

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'The document type code must be unique.'),
    ]

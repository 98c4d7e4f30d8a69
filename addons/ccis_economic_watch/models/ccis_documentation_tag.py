from odoo import fields, models


class CcisDocumentationTag(models.Model):
    """A keyword of the documentation fund."""
    _name = 'ccis.documentation.tag'
    _description = 'Keyword (Document Library)'
    _order = 'name'

    name = fields.Char('Keyword', required=True, index=True)
    color = fields.Integer('Color')

    _sql_constraints = [
        ('name_unique', 'unique(name)', 'This keyword already exists.'),
    ]

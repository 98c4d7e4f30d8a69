from odoo import fields, models


class CcisEconomicTheme(models.Model):
    """A theme of the economic watch (business demography, foreign trade, employment...):
    it groups the series and the documents of the documentation fund."""
    _name = 'ccis.economic.theme'
    _description = 'Economic Watch Theme'
    _order = 'sequence, name'

    sequence = fields.Integer('Sequence', default=10)
    name = fields.Char('Theme', required=True, translate=True, index=True)
    code = fields.Char('Code', required=True, index=True)
    description = fields.Text('Description', translate=True)
    color = fields.Integer('Color')
    active = fields.Boolean('Active', default=True)

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'The theme code must be unique.'),
    ]

from odoo import fields, models


class CcisEconomicTheme(models.Model):
    """A theme of the economic watch (business demography, foreign trade, employment...):
    it groups the series and the documents of the documentation fund."""
    _name = 'ccis.economic.theme'
    _description = 'Thème de la veille économique'
    _order = 'sequence, name'

    sequence = fields.Integer('Séquence', default=10)
    name = fields.Char('Thème', required=True, translate=True, index=True)
    code = fields.Char('Code', required=True, index=True)
    description = fields.Text('Description', translate=True)
    color = fields.Integer('Couleur')
    active = fields.Boolean('Actif', default=True)

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'Le code du thème doit être unique.'),
    ]

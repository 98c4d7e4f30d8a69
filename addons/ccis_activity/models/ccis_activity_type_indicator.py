from odoo import fields, models


class CcisActivityTypeIndicator(models.Model):
    """An indicator proposed on the actions of an activity type, with a default target."""

    _name = 'ccis.activity.type.indicator'
    _description = "Modèle d'indicateur d'un type d'activité"
    _order = 'type_id, sequence, id'

    sequence = fields.Integer(string='Séquence', default=10)
    type_id = fields.Many2one(
        'ccis.activity.type', string="Type d'activité", required=True, ondelete='cascade',
        index=True)
    definition_id = fields.Many2one(
        'ccis.indicator.definition', string='Indicateur', required=True, ondelete='cascade')
    target = fields.Float(string='Cible annuelle proposée')
    period_type = fields.Selection(
        [('month', 'Mois'), ('quarter', 'Trimestre')], string='Périodicité', required=True,
        default='quarter')

from odoo import fields, models


class CcisIndicatorDefinition(models.Model):
    """Computed indicators restricted to the records linked to the indicator's action
    (e.g. the events that serve the action), through a field naming the action."""

    _inherit = 'ccis.indicator.definition'

    ccis_action_field = fields.Char(
        string='Champ action',
        help="Champ (vers ccis.activity.action) du modèle source : s'il est renseigné, "
             "l'indicateur d'une action ne compte que les enregistrements rattachés à cette "
             "action (p. ex. les événements qui la servent).")

    def _eval_domain(self):
        domain = super(CcisIndicatorDefinition, self)._eval_domain()
        action_id = self.env.context.get('ccis_indicator_action_id')
        if self.ccis_action_field and action_id:
            domain.append((self.ccis_action_field, '=', action_id))
        return domain

    def compute_measure(self, date_from, date_to, unit=None):
        if self.ccis_action_field and self.env.context.get('ccis_indicator_action_id'):
            # the action already says which records count, whichever unit organised them
            unit = None
        return super(CcisIndicatorDefinition, self).compute_measure(date_from, date_to, unit)

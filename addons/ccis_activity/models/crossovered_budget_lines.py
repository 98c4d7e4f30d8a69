from odoo import fields, models


class CrossoveredBudgetLines(models.Model):
    """Budget lines generated from an action programme are marked, so that bringing the
    budget in step with the programme leaves the lines added by hand alone."""

    _inherit = 'crossovered.budget.lines'

    ccis_generated = fields.Boolean(
        string="Issue du programme d'action", readonly=True, copy=False,
        help="Ligne tenue à jour depuis le programme d'action : le montant prévu est la somme "
             "des budgets prévus des actions sur ce compte analytique et cette position.")

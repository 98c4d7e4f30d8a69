from odoo import fields, models


class CrossoveredBudgetLines(models.Model):
    """Budget lines generated from an action programme are marked, so that bringing the
    budget in step with the programme leaves the lines added by hand alone."""

    _inherit = 'crossovered.budget.lines'

    ccis_generated = fields.Boolean(
        string='From Action Programme', readonly=True, copy=False,
        help='Line kept up to date from the action programme: the planned amount is the sum of the planned '
             'budgets of the actions on this analytic account and budgetary position.')

"""After the update: an action counts only what is booked to it.

Before, an action without its own analytic account took its unit's whole spending over its
period. Each existing action gets its analytic tag (to book its spending on the unit's
account), and every action's realised budget is recomputed by the new rule: what was counted
from the unit's account alone is no longer the action's (the programme's budget
reconciliation shows it as "not assigned").
"""
from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    Action = env['ccis.activity.action'].with_context(
        tracking_disable=True, mail_notrack=True)
    Action.search([('analytic_tag_id', '=', False)])._create_analytic_tag()
    actions = Action.search([])
    for index in range(0, len(actions), 1000):
        actions[index:index + 1000]._refresh_budget_actual()

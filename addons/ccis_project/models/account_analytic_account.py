from odoo import api, models


class AccountAnalyticAccount(models.Model):
    _inherit = 'account.analytic.account'

    @api.multi
    def write(self, vals):
        # Odoo writes the parent of a delegating record (a project's analytic account) even
        # with no value, which needs the right to write analytic accounts: a project of the
        # chamber created on its account by a unit's agent writes nothing on it
        if not vals:
            return True
        return super(AccountAnalyticAccount, self).write(vals)

from odoo import models


class AccountMoveLine(models.Model):
    _inherit = 'account.move.line'

    def _ccis_charge_to(self, analytic_account):
        """Charge the expense and income lines among these (the accounts of the profit and
        loss) that carry no analytic account to ``analytic_account``: the unit that bears the
        cost. The lines of a posted entry get their analytic lines at once."""
        if not analytic_account:
            return self.browse()
        lines = self.filtered(lambda line: not line.analytic_account_id
                              and not line.account_id.user_type_id.include_initial_balance)
        if lines:
            lines.write({'analytic_account_id': analytic_account.id})
            lines.filtered(lambda line: line.move_id.state == 'posted').create_analytic_lines()
        return lines

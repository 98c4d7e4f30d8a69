from odoo import api, models


class AccountAssetDepreciationLine(models.Model):
    """Depreciation entries charge the asset's analytic account (Odoo 11 only knows the
    category's)."""

    _inherit = 'account.asset.depreciation.line'

    @api.multi
    def create_move(self, post_move=True):
        move_ids = super(AccountAssetDepreciationLine, self).create_move(post_move=post_move)
        for line in self.filtered('move_id'):
            line.move_id.line_ids._ccis_charge_to(line.asset_id.account_analytic_id)
        return move_ids

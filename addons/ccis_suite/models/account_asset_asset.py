from odoo import api, fields, models


class AccountAssetAsset(models.Model):
    """An asset is used by a unit, on a site: its depreciation is charged to the unit's
    analytic account."""

    _inherit = 'account.asset.asset'

    ccis_unit_id = fields.Many2one(
        'hr.department', string='User Unit', index=True, ondelete='restrict',
        track_visibility='onchange')
    ccis_site_id = fields.Many2one(
        'ccis.site', string='Site', related='ccis_unit_id.site_id', store=True, index=True,
        readonly=True)
    account_analytic_id = fields.Many2one(
        'account.analytic.account', string='Analytic Account', track_visibility='onchange',
        help='Account that carries the depreciation charges; by default that of the user unit.')

    @api.onchange('ccis_unit_id')
    def _onchange_ccis_unit_id(self):
        if self.ccis_unit_id.analytic_account_id:
            self.account_analytic_id = self.ccis_unit_id.analytic_account_id

    @api.model
    def create(self, vals):
        if vals.get('ccis_unit_id') and not vals.get('account_analytic_id'):
            unit = self.env['hr.department'].browse(vals['ccis_unit_id'])
            vals = dict(vals, account_analytic_id=unit.analytic_account_id.id)
        return super(AccountAssetAsset, self).create(vals)

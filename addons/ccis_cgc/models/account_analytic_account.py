from odoo import api, fields, models


class AccountAnalyticAccount(models.Model):
    """The OCA contract of a CGC subscription invoices on the analytic account of the unit in
    charge (the revenue of the chamber's units is followed by unit), not on the contract."""
    _inherit = 'account.analytic.account'

    ccis_cgc_subscription_id = fields.Many2one(
        'ccis.cgc.subscription', string='CGC Subscription', readonly=True, index=True,
        ondelete='restrict', copy=False)

    @api.model
    def _prepare_invoice_line(self, line, invoice_id):
        vals = super(AccountAnalyticAccount, self)._prepare_invoice_line(line, invoice_id)
        subscription = line.analytic_account_id.ccis_cgc_subscription_id
        analytic = subscription.unit_id.sudo().analytic_account_id
        if vals and analytic:
            vals['account_analytic_id'] = analytic.id
        return vals

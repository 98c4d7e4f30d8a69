from odoo import api, fields, models


class PurchaseOrderLine(models.Model):
    """A purchase is charged to the unit of the person who asks for it: the analytic account
    of a new line defaults to the user's unit's (the department of their employee record);
    the vendor bill takes it from the order line."""

    _inherit = 'purchase.order.line'

    account_analytic_id = fields.Many2one(
        default=lambda self: self._default_account_analytic_id())

    @api.model
    def _default_account_analytic_id(self):
        return self.env.user._ccis_default_unit().analytic_account_id

from odoo import fields, models


class ProductTemplate(models.Model):
    """The CGC's subscriptions are services of the chamber's fee schedule."""
    _inherit = 'product.template'

    ccis_service_kind = fields.Selection(selection_add=[('cgc', 'Subscription to the CGC')])

from odoo import api, models


class ProductProduct(models.Model):
    _inherit = 'product.product'

    @api.multi
    def ccis_compute_fee(self, value=0.0, partner=None):
        """The fee of one unit of this service (see ``product.template.ccis_compute_fee``)."""
        self.ensure_one()
        return self.product_tmpl_id.ccis_compute_fee(value=value, partner=partner)

from odoo import fields, models


class CcisServiceFeeScale(models.Model):
    """A bracket of a fee scale by amount (the ``scale`` price rule of a service)."""
    _name = 'ccis.service.fee.scale'
    _description = 'Service Fee Scale Bracket'
    _order = 'product_tmpl_id, from_amount'

    product_tmpl_id = fields.Many2one(
        'product.template', string='Service', required=True, index=True, ondelete='cascade')
    from_amount = fields.Float(
        string='From (MAD)', required=True, digits=(16, 2),
        help='The bracket applies to amounts equal to or greater than this amount.')
    price = fields.Float(string='Fixed Amount (MAD)', digits=(16, 2))
    rate = fields.Float(
        string='Rate (%)', digits=(16, 4),
        help='Percentage applied to the part of the amount above the start of the bracket.')

    _sql_constraints = [
        ('from_amount_uniq', 'unique(product_tmpl_id, from_amount)',
         'Two brackets of the scale cannot start at the same amount.'),
        ('amounts_positive', 'check(from_amount >= 0 AND price >= 0 AND rate >= 0)',
         'Scale amounts and rates cannot be negative.'),
    ]

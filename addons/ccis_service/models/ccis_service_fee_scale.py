from odoo import fields, models


class CcisServiceFeeScale(models.Model):
    """A bracket of a fee scale by amount (the ``scale`` price rule of a service)."""
    _name = 'ccis.service.fee.scale'
    _description = "Tranche du barème d'un service"
    _order = 'product_tmpl_id, from_amount'

    product_tmpl_id = fields.Many2one(
        'product.template', string='Service', required=True, index=True, ondelete='cascade')
    from_amount = fields.Float(
        string='À partir de (MAD)', required=True, digits=(16, 2),
        help='La tranche s\'applique aux montants égaux ou supérieurs à ce montant.')
    price = fields.Float(string='Montant fixe (MAD)', digits=(16, 2))
    rate = fields.Float(
        string='Taux (%)', digits=(16, 4),
        help='Pourcentage appliqué à la part du montant qui dépasse le début de la tranche.')

    _sql_constraints = [
        ('from_amount_uniq', 'unique(product_tmpl_id, from_amount)',
         'Deux tranches du barème ne peuvent pas commencer au même montant.'),
        ('amounts_positive', 'check(from_amount >= 0 AND price >= 0 AND rate >= 0)',
         'Les montants et taux du barème ne peuvent pas être négatifs.'),
    ]

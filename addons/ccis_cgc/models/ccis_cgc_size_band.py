from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import schedule


class CcisCgcSizeBand(models.Model):
    """A size band of the CGC's clients (très petite, petite, moyenne entreprise) by yearly
    turnover, with the subscription product of the fee schedule that sets its fee."""
    _name = 'ccis.cgc.size.band'
    _description = 'Tranche de taille des clients du CGC'
    _order = 'sequence, turnover_min'

    sequence = fields.Integer(string='Séquence', default=10)
    name = fields.Char(string='Tranche', required=True, translate=True)
    code = fields.Char(string='Code', required=True, index=True)
    turnover_min = fields.Float(
        string="Chiffre d'affaires à partir de (MAD)", digits=(16, 2), required=True,
        default=0.0)
    turnover_max = fields.Float(
        string="Chiffre d'affaires inférieur à (MAD)", digits=(16, 2), default=0.0,
        help='0 : pas de plafond.')
    product_id = fields.Many2one(
        'product.product', string="Produit d'abonnement", required=True, ondelete='restrict',
        domain=[('ccis_is_service', '=', True), ('ccis_service_kind', '=', 'cgc')],
        help="Service du barème des tarifs qui donne la redevance annuelle (tarif "
             "ressortissant compris) et le compte de produit des factures.")
    yearly_fee = fields.Float(
        string='Redevance annuelle (MAD)', related='product_id.lst_price', readonly=True)
    deliverable_type_ids = fields.Many2many(
        'ccis.cgc.deliverable.type', 'ccis_cgc_size_band_deliverable_type_rel', 'band_id',
        'type_id', string='Livrables habituels',
        help="Livrables proposés par défaut aux abonnements de cette tranche.")
    active = fields.Boolean(string='Actif', default=True)

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'Le code d\'une tranche de taille doit être unique.'),
    ]

    @api.constrains('turnover_min', 'turnover_max')
    def _check_turnover(self):
        for band in self:
            if band.turnover_min < 0 or band.turnover_max < 0:
                raise ValidationError(_(
                    "Tranche « %s » : les bornes de chiffre d'affaires ne peuvent pas être "
                    "négatives.") % band.name)
            if band.turnover_max and band.turnover_max <= band.turnover_min:
                raise ValidationError(_(
                    "Tranche « %s » : le plafond de chiffre d'affaires (%.2f MAD) doit "
                    "dépasser le plancher (%.2f MAD).")
                    % (band.name, band.turnover_max, band.turnover_min))

    @api.multi
    def _fits(self, turnover):
        self.ensure_one()
        return schedule.in_band(turnover, self.turnover_min, self.turnover_max)

    @api.model
    def _for_turnover(self, turnover):
        """The band of a yearly turnover (the first by sequence), or an empty record."""
        return self.search([]).filtered(lambda band: band._fits(turnover))[:1]

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import schedule


class CcisCgcSizeBand(models.Model):
    """A size band of the CGC's clients (très petite, petite, moyenne entreprise) by yearly
    turnover, with the subscription product of the fee schedule that sets its fee."""
    _name = 'ccis.cgc.size.band'
    _description = 'CGC Client Size Band'
    _order = 'sequence, turnover_min'

    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Band', required=True, translate=True)
    code = fields.Char(string='Code', required=True, index=True)
    turnover_min = fields.Float(
        string='Turnover From (MAD)', digits=(16, 2), required=True,
        default=0.0)
    turnover_max = fields.Float(
        string='Turnover Below (MAD)', digits=(16, 2), default=0.0,
        help='0: no ceiling.')
    product_id = fields.Many2one(
        'product.product', string='Subscription Product', required=True, ondelete='restrict',
        domain=[('ccis_is_service', '=', True), ('ccis_service_kind', '=', 'cgc')],
        help='Service of the price list that gives the annual fee (member rate included) and the income '
             'account of the invoices.')
    yearly_fee = fields.Float(
        string='Annual Fee (MAD)', related='product_id.lst_price', readonly=True)
    deliverable_type_ids = fields.Many2many(
        'ccis.cgc.deliverable.type', 'ccis_cgc_size_band_deliverable_type_rel', 'band_id',
        'type_id', string='Usual Deliverables',
        help='Deliverables proposed by default for the subscriptions of this band.')
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_unique', 'unique(code)', 'The code of a size band must be unique.'),
    ]

    @api.constrains('turnover_min', 'turnover_max')
    def _check_turnover(self):
        for band in self:
            if band.turnover_min < 0 or band.turnover_max < 0:
                raise ValidationError(_(
                    'Band "%s": the turnover bounds cannot be negative.') % band.name)
            if band.turnover_max and band.turnover_max <= band.turnover_min:
                raise ValidationError(_(
                    'Band "%s": the turnover ceiling (%.2f MAD) must exceed the floor (%.2f MAD).')
                    % (band.name, band.turnover_max, band.turnover_min))

    @api.multi
    def _fits(self, turnover):
        self.ensure_one()
        return schedule.in_band(turnover, self.turnover_min, self.turnover_max)

    @api.model
    def _for_turnover(self, turnover):
        """The band of a yearly turnover (the first by sequence), or an empty record."""
        return self.search([]).filtered(lambda band: band._fits(turnover))[:1]

import re

from odoo import api, fields, models


class CcisCertificateOriginLine(models.Model):
    """Goods of a certificate: description, HS code, origin, quantity, weights, value."""
    _name = 'ccis.certificate.origin.line'
    _description = 'Certificate of Origin Goods Line'
    _order = 'certificate_id, sequence, id'
    _ccis_unit_scope = ['certificate_id.unit_id']

    certificate_id = fields.Many2one(
        'ccis.certificate.origin', string='Certificate', required=True, index=True,
        ondelete='cascade')
    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Designation')
    hs_code = fields.Char(
        string='HS Code', help='Harmonized System tariff heading (6 to 10 digits).')
    hs_chapter = fields.Char(string='HS Chapter', compute='_compute_hs_chapter', store=True,
                             index=True)
    origin_country_id = fields.Many2one('res.country', string='Country of Origin',
                                        ondelete='restrict')
    quantity = fields.Float(string='Quantity', digits=(16, 3))
    uom = fields.Char(string='Unit', default='colis')
    gross_weight = fields.Float(string='Gross Weight (kg)', digits=(16, 3))
    net_weight = fields.Float(string='Net Weight (kg)', digits=(16, 3))
    value = fields.Float(string='Invoiced Value (MAD)', digits=(16, 2))

    @api.depends('hs_code')
    def _compute_hs_chapter(self):
        for line in self:
            digits = re.sub(r'\D', '', line.hs_code or '')
            line.hs_chapter = digits[:2] if len(digits) >= 2 else False

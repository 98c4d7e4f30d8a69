import re

from odoo import api, fields, models


class CcisCertificateOriginLine(models.Model):
    """Goods of a certificate: description, HS code, origin, quantity, weights, value."""
    _name = 'ccis.certificate.origin.line'
    _description = "Marchandise d'un certificat d'origine"
    _order = 'certificate_id, sequence, id'
    _ccis_unit_scope = ['certificate_id.unit_id']

    certificate_id = fields.Many2one(
        'ccis.certificate.origin', string='Certificat', required=True, index=True,
        ondelete='cascade')
    sequence = fields.Integer(string='Séquence', default=10)
    name = fields.Char(string='Désignation')
    hs_code = fields.Char(
        string='Code SH', help='Position tarifaire du Système harmonisé (6 à 10 chiffres).')
    hs_chapter = fields.Char(string='Chapitre SH', compute='_compute_hs_chapter', store=True,
                             index=True)
    origin_country_id = fields.Many2one('res.country', string="Pays d'origine",
                                        ondelete='restrict')
    quantity = fields.Float(string='Quantité', digits=(16, 3))
    uom = fields.Char(string='Unité', default='colis')
    gross_weight = fields.Float(string='Poids brut (kg)', digits=(16, 3))
    net_weight = fields.Float(string='Poids net (kg)', digits=(16, 3))
    value = fields.Float(string='Valeur facturée (MAD)', digits=(16, 2))

    @api.depends('hs_code')
    def _compute_hs_chapter(self):
        for line in self:
            digits = re.sub(r'\D', '', line.hs_code or '')
            line.hs_chapter = digits[:2] if len(digits) >= 2 else False

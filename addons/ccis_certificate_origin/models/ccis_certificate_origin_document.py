from odoo import fields, models


class CcisCertificateOriginDocument(models.Model):
    _name = 'ccis.certificate.origin.document'
    _description = "Pièce jointe d'un certificat d'origine"
    _order = 'certificate_id, type_id'
    _ccis_unit_scope = ['certificate_id.unit_id']

    certificate_id = fields.Many2one(
        'ccis.certificate.origin', string='Certificat', required=True, index=True,
        ondelete='cascade')
    type_id = fields.Many2one(
        'ccis.certificate.document.type', string='Type de pièce', required=True,
        ondelete='restrict')
    reference = fields.Char(string='Référence', help='N° de la facture, de la DUM...')
    file = fields.Binary(string='Fichier', attachment=True)
    file_name = fields.Char(string='Nom du fichier')

from odoo import fields, models


class CcisCertificateOriginDocument(models.Model):
    _name = 'ccis.certificate.origin.document'
    _description = 'Certificate of Origin Attachment'
    _order = 'certificate_id, type_id'
    _ccis_unit_scope = ['certificate_id.unit_id']

    certificate_id = fields.Many2one(
        'ccis.certificate.origin', string='Certificate', required=True, index=True,
        ondelete='cascade')
    type_id = fields.Many2one(
        'ccis.certificate.document.type', string='Document Type', required=True,
        ondelete='restrict')
    reference = fields.Char(string='Reference', help='Invoice no., DUM no....')
    file = fields.Binary(string='File', attachment=True)
    file_name = fields.Char(string='File Name')

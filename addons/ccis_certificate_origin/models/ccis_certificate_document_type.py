from odoo import fields, models


class CcisCertificateDocumentType(models.Model):
    """A document the exporter attaches to an application (commercial invoice, DUM...)."""
    _name = 'ccis.certificate.document.type'
    _description = 'Certificate of Origin Document Type'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Name', required=True, translate=True)
    code = fields.Char(string='Code', required=True)
    required = fields.Boolean(
        string='Mandatory', help='The certificate cannot be issued without this document.')
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'The document type code must be unique.'),
    ]

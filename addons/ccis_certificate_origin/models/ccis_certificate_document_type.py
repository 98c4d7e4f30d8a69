from odoo import fields, models


class CcisCertificateDocumentType(models.Model):
    """A document the exporter attaches to an application (commercial invoice, DUM...)."""
    _name = 'ccis.certificate.document.type'
    _description = "Type de pièce d'un certificat d'origine"
    _order = 'sequence, name'

    sequence = fields.Integer(string='Séquence', default=10)
    name = fields.Char(string='Nom', required=True, translate=True)
    code = fields.Char(string='Code', required=True)
    required = fields.Boolean(
        string='Obligatoire', help='Le certificat ne peut être émis sans cette pièce.')
    active = fields.Boolean(string='Actif', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'Le code du type de pièce doit être unique.'),
    ]

from odoo import fields, models


class CcisMemberDocumentType(models.Model):
    _name = 'ccis.member.document.type'
    _description = 'Type de document du dossier juridique'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Séquence', default=10)
    name = fields.Char(string='Libellé', required=True, translate=True)
    name_ar = fields.Char(string='Libellé (arabe)')
    code = fields.Char(string='Code', required=True, index=True)
    validity_months = fields.Integer(
        string='Validité (mois)',
        help="Durée de validité habituelle ; sert à proposer la date d'expiration. "
             "0 : sans expiration.")
    member_kinds = fields.Char(
        string='Types de ressortissants concernés',
        help='Codes des types concernés séparés par des virgules (vide : tous).')
    active = fields.Boolean(string='Actif', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'Le code du type de document doit être unique.'),
    ]

from odoo import fields, models


class CcisMemberDocumentType(models.Model):
    _name = 'ccis.member.document.type'
    _description = 'Legal Record Document Type'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Label', required=True, translate=True)
    name_ar = fields.Char(string='Label (Arabic)')
    code = fields.Char(string='Code', required=True, index=True)
    validity_months = fields.Integer(
        string='Validity (Months)',
        help='Usual validity period; used to suggest the expiry date. 0: no expiry.')
    member_kinds = fields.Char(
        string='Applicable Member Types',
        help='Codes of the applicable types, separated by commas (empty: all).')
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'The document type code must be unique.'),
    ]

from odoo import fields, models


class CcisMemberLegalForm(models.Model):
    _name = 'ccis.member.legal.form'
    _description = 'Forme juridique'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Séquence', default=10)
    name = fields.Char(string='Libellé', required=True, translate=True)
    name_ar = fields.Char(string='Libellé (arabe)')
    code = fields.Char(string='Sigle', required=True, index=True)
    member_kind = fields.Selection(
        selection=lambda self: self.env['res.partner']._fields[
            'ccis_member_kind'].selection,
        string='Type de ressortissant habituel')
    active = fields.Boolean(string='Actif', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'Le sigle de la forme juridique doit être unique.'),
    ]

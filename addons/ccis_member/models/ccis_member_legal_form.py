from odoo import fields, models


class CcisMemberLegalForm(models.Model):
    _name = 'ccis.member.legal.form'
    _description = 'Legal Form'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Label', required=True, translate=True)
    name_ar = fields.Char(string='Label (Arabic)')
    code = fields.Char(string='Acronym', required=True, index=True)
    member_kind = fields.Selection(
        selection=lambda self: self.env['res.partner']._fields[
            'ccis_member_kind']._description_selection(self.env),
        string='Usual Member Type')
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'The legal form abbreviation must be unique.'),
    ]

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import identifiers


class CcisMemberBureauLine(models.Model):
    _name = 'ccis.member.bureau.line'
    _description = 'Bureau Member (Cooperative, Association)'
    _order = 'partner_id, sequence, id'

    sequence = fields.Integer(string='Sequence', default=10)
    partner_id = fields.Many2one(
        'res.partner', string='Member', required=True, index=True, ondelete='cascade')
    name = fields.Char(string='Full Name', required=True)
    name_ar = fields.Char(string='Name (Arabic)')
    role = fields.Selection(
        [('president', 'President'),
         ('vice_president', 'Vice-President'),
         ('secretary', 'Secretary General'),
         ('deputy_secretary', 'Deputy Secretary'),
         ('treasurer', 'Treasurer'),
         ('deputy_treasurer', 'Deputy Treasurer'),
         ('manager', 'Managing Director'),
         ('member', 'Assessor / Member')],
        string='Function', required=True, default='member')
    gender = fields.Selection(
        [('female', 'Female'), ('male', 'Male')], string='Gender')
    cin = fields.Char(string='CIN')
    phone = fields.Char(string='Phone')
    date_start = fields.Date(string='Since')

    @api.constrains('cin')
    def _check_cin(self):
        for line in self:
            if identifiers.check_cin(line.cin):
                raise ValidationError(_(
                    'Member "%s": CIN "%s" of bureau member "%s" must have one or two letters followed by '
                    'digits (e.g. A123456).')
                    % (line.partner_id.name, line.cin, line.name))

    @api.model
    def create(self, vals):
        if vals.get('cin'):
            vals['cin'] = identifiers.clean_cin(vals['cin'])
        return super().create(vals)

    @api.multi
    def write(self, vals):
        if vals.get('cin'):
            vals['cin'] = identifiers.clean_cin(vals['cin'])
        return super().write(vals)

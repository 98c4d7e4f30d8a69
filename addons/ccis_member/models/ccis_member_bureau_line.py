from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import identifiers


class CcisMemberBureauLine(models.Model):
    _name = 'ccis.member.bureau.line'
    _description = "Membre du bureau (coopérative, association)"
    _order = 'partner_id, sequence, id'

    sequence = fields.Integer(string='Séquence', default=10)
    partner_id = fields.Many2one(
        'res.partner', string='Ressortissant', required=True, index=True, ondelete='cascade')
    name = fields.Char(string='Nom et prénom', required=True)
    name_ar = fields.Char(string='Nom (arabe)')
    role = fields.Selection(
        [('president', 'Président(e)'),
         ('vice_president', 'Vice-président(e)'),
         ('secretary', 'Secrétaire général(e)'),
         ('deputy_secretary', 'Secrétaire adjoint(e)'),
         ('treasurer', 'Trésorier(ère)'),
         ('deputy_treasurer', 'Trésorier(ère) adjoint(e)'),
         ('manager', 'Gérant(e)'),
         ('member', 'Assesseur / membre')],
        string='Fonction', required=True, default='member')
    gender = fields.Selection(
        [('female', 'Femme'), ('male', 'Homme')], string='Sexe')
    cin = fields.Char(string='CIN')
    phone = fields.Char(string='Téléphone')
    date_start = fields.Date(string='Depuis le')

    @api.constrains('cin')
    def _check_cin(self):
        for line in self:
            if identifiers.check_cin(line.cin):
                raise ValidationError(_(
                    "Ressortissant « %s » : la CIN « %s » du membre du bureau « %s » doit "
                    "compter une ou deux lettres suivies de chiffres (ex. : A123456).")
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

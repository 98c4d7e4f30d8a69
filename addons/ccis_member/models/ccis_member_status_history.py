from odoo import fields, models

STATES = [
    ('prospect', 'Prospect'),
    ('active', 'Actif'),
    ('dormant', 'En sommeil'),
    ('struck_off', 'Radié'),
]


class CcisMemberStatusHistory(models.Model):
    _name = 'ccis.member.status.history'
    _description = 'Historique des statuts du ressortissant'
    _order = 'date desc, id desc'

    partner_id = fields.Many2one(
        'res.partner', string='Ressortissant', required=True, index=True, ondelete='cascade')
    date = fields.Date(string='Date', required=True, default=fields.Date.context_today)
    old_state = fields.Selection(STATES, string='Ancien statut')
    new_state = fields.Selection(STATES, string='Nouveau statut', required=True)
    reason = fields.Text(string='Motif', required=True)
    user_id = fields.Many2one(
        'res.users', string='Auteur', required=True, default=lambda self: self.env.user,
        ondelete='restrict')

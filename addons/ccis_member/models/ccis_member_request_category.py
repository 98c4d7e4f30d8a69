from odoo import fields, models


class CcisMemberRequestCategory(models.Model):
    _name = 'ccis.member.request.category'
    _description = 'Catégorie de demande de ressortissant'
    _order = 'sequence, name'

    sequence = fields.Integer(string='Séquence', default=10)
    name = fields.Char(string='Libellé', required=True, translate=True)
    name_ar = fields.Char(string='Libellé (arabe)')
    code = fields.Char(string='Code', required=True, index=True)
    default_unit_id = fields.Many2one(
        'hr.department', string='Unité habituelle',
        help="Unité à laquelle les demandes de cette catégorie sont d'ordinaire confiées.")
    delay_days = fields.Integer(
        string='Délai de réponse (jours)', default=15,
        help="Sert à proposer l'échéance d'une nouvelle demande.")
    active = fields.Boolean(string='Actif', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'Le code de la catégorie de demande doit être unique.'),
    ]

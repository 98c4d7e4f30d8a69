from odoo import fields, models


class ResCompany(models.Model):
    _inherit = 'res.company'

    ccis_chamber_ids = fields.One2many('ccis.chamber', 'company_id', string='Chambres')
    ccis_unit_analytic_account = fields.Boolean(
        string='Compte analytique par unité', default=True,
        help="Créer un compte analytique pour chaque nouvelle unité de la chambre.")

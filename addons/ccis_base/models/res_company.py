from odoo import fields, models


class ResCompany(models.Model):
    _inherit = 'res.company'

    ccis_chamber_ids = fields.One2many('ccis.chamber', 'company_id', string='Chambers')
    ccis_unit_analytic_account = fields.Boolean(
        string='Analytic Account per Unit', default=True,
        help='Create an analytic account for each new unit of the chamber.')

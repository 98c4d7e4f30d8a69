from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = 'res.config.settings'

    ccis_unit_analytic_account = fields.Boolean(
        related='company_id.ccis_unit_analytic_account', string='Analytic Account per Unit')

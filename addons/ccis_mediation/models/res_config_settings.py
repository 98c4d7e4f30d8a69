from odoo import api, fields, models

# the legal delays, in months (data/ir_config_parameter_data.xml): law 95-17 lets the parties
# agree on others; the chamber adjusts them here (Chambre › Configuration › Paramètres)
PARAM_DELAY = {
    'mediation': 'ccis_mediation.mediation_delay_months',
    'arbitration': 'ccis_mediation.arbitration_delay_months',
}


class ResConfigSettings(models.TransientModel):
    _inherit = 'res.config.settings'

    ccis_mediation_delay_months = fields.Integer(
        string='Mediation Time Limit (Months)',
        help="Duration of the mediation from the mediator's acceptance, unless otherwise agreed by the parties.")
    ccis_arbitration_delay_months = fields.Integer(
        string='Arbitral Award Time Limit (Months)',
        help='Time limit within which the arbitral tribunal renders its award, from its constitution, unless '
             'otherwise agreed by the parties.')

    @api.model
    def _ccis_mediation_delay(self, case_type):
        """The legal delay (months) of a procedure of ``case_type``, from the settings."""
        value = self.env['ir.config_parameter'].sudo().get_param(PARAM_DELAY[case_type], '0')
        try:
            return max(int(value), 0)
        except ValueError:
            return 0

    @api.model
    def get_values(self):
        res = super(ResConfigSettings, self).get_values()
        res.update(ccis_mediation_delay_months=self._ccis_mediation_delay('mediation'),
                   ccis_arbitration_delay_months=self._ccis_mediation_delay('arbitration'))
        return res

    @api.multi
    def set_values(self):
        res = super(ResConfigSettings, self).set_values()
        Param = self.env['ir.config_parameter'].sudo()
        Param.set_param(PARAM_DELAY['mediation'], str(self.ccis_mediation_delay_months))
        Param.set_param(PARAM_DELAY['arbitration'], str(self.ccis_arbitration_delay_months))
        return res

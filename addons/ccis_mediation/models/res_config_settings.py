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
        string='Délai de la médiation (mois)',
        help="Durée de la médiation à compter de l'acceptation du médiateur, sauf accord "
             "contraire des parties.")
    ccis_arbitration_delay_months = fields.Integer(
        string='Délai de la sentence arbitrale (mois)',
        help="Délai dans lequel le tribunal arbitral rend sa sentence, à compter de sa "
             "constitution, sauf accord contraire des parties.")

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

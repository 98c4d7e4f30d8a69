from odoo import api, fields, models

PARAM_PREPAYMENT = 'ccis_certificate_origin.prepayment'


class ResConfigSettings(models.TransientModel):
    _inherit = 'res.config.settings'

    ccis_certificate_prepayment = fields.Boolean(
        string="Émettre les certificats d'origine après paiement",
        help="Coché : la demande est d'abord facturée, et le certificat n'est émis (numéroté, "
             "imprimable) qu'une fois sa facture payée. Non coché : l'émission crée la facture, "
             "payée ensuite.")

    @api.model
    def _ccis_certificate_prepayment(self):
        """Whether a certificate of origin waits for its invoice to be paid before issue."""
        value = self.env['ir.config_parameter'].sudo().get_param(PARAM_PREPAYMENT, 'False')
        return value == 'True'

    @api.model
    def get_values(self):
        res = super(ResConfigSettings, self).get_values()
        res.update(ccis_certificate_prepayment=self._ccis_certificate_prepayment())
        return res

    @api.multi
    def set_values(self):
        res = super(ResConfigSettings, self).set_values()
        self.env['ir.config_parameter'].sudo().set_param(
            PARAM_PREPAYMENT, repr(bool(self.ccis_certificate_prepayment)))
        return res

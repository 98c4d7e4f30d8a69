from odoo import api, fields, models

PARAM_PREPAYMENT = 'ccis_certificate_origin.prepayment'


class ResConfigSettings(models.TransientModel):
    _inherit = 'res.config.settings'

    ccis_certificate_prepayment = fields.Boolean(
        string='Issue Certificates of Origin after Payment',
        help='Checked: the request is invoiced first, and the certificate is only issued (numbered, '
             'printable) once its invoice is paid. Unchecked: issuance creates the invoice, which is paid '
             'afterwards.')

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

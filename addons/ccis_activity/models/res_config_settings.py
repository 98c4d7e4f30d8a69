from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import kpi

PARAM_WARNING = 'ccis_activity.rate_threshold_warning'
PARAM_SUCCESS = 'ccis_activity.rate_threshold_success'


class ResConfigSettings(models.TransientModel):
    _inherit = 'res.config.settings'

    ccis_rate_threshold_warning = fields.Float(
        string='Monitoring Threshold (%)', default=kpi.DEFAULT_WARNING_THRESHOLD,
        help='Below this achievement rate, an indicator is considered insufficient (red).')
    ccis_rate_threshold_success = fields.Float(
        string='Achieved Threshold (%)', default=kpi.DEFAULT_SUCCESS_THRESHOLD,
        help='From this achievement rate, an indicator is considered achieved (green).')

    @api.model
    def _ccis_rate_thresholds(self):
        """(warning, success) thresholds of the achievement rate, in percent."""
        get_param = self.env['ir.config_parameter'].sudo().get_param
        try:
            warning = float(get_param(PARAM_WARNING, kpi.DEFAULT_WARNING_THRESHOLD))
            success = float(get_param(PARAM_SUCCESS, kpi.DEFAULT_SUCCESS_THRESHOLD))
        except (TypeError, ValueError):
            warning, success = kpi.DEFAULT_WARNING_THRESHOLD, kpi.DEFAULT_SUCCESS_THRESHOLD
        return warning, success

    @api.model
    def get_values(self):
        res = super(ResConfigSettings, self).get_values()
        warning, success = self._ccis_rate_thresholds()
        res.update(ccis_rate_threshold_warning=warning, ccis_rate_threshold_success=success)
        return res

    @api.multi
    def set_values(self):
        res = super(ResConfigSettings, self).set_values()
        self._ccis_set_rate_thresholds(self.ccis_rate_threshold_warning,
                                       self.ccis_rate_threshold_success)
        return res

    @api.model
    def _ccis_set_rate_thresholds(self, warning, success):
        """Store the thresholds (callers check who may: the administrators through the
        settings, the direction through ccis.activity.settings.wizard)."""
        if warning > success:
            raise ValidationError(_('The monitoring threshold (%s %%) must be lower than the achieved '
                                    'threshold (%s %%).') % (warning, success))
        set_param = self.env['ir.config_parameter'].sudo().set_param
        set_param(PARAM_WARNING, repr(warning))
        set_param(PARAM_SUCCESS, repr(success))

from odoo import _, api, fields, models
from odoo.exceptions import AccessError


class CcisActivitySettingsWizard(models.TransientModel):
    """The action programme's settings for the direction, who set them but may not use
    Odoo's general settings (res.config.settings, reserved to the administrators)."""
    _name = 'ccis.activity.settings.wizard'
    _description = 'Action Programme Settings'

    def _default_threshold(self, index):
        return self.env['res.config.settings']._ccis_rate_thresholds()[index]

    rate_threshold_warning = fields.Float(
        string='Monitoring Threshold (%)', default=lambda self: self._default_threshold(0),
        help='Below this achievement rate, an indicator is considered insufficient (red).')
    rate_threshold_success = fields.Float(
        string='Achieved Threshold (%)', default=lambda self: self._default_threshold(1),
        help='From this achievement rate, an indicator is considered achieved (green).')

    @api.multi
    def action_save(self):
        self.ensure_one()
        if not self.env.user.has_group('ccis_base.group_ccis_direction'):
            raise AccessError(_('Only the management sets the action programme thresholds.'))
        self.env['res.config.settings']._ccis_set_rate_thresholds(
            self.rate_threshold_warning, self.rate_threshold_success)
        return {'type': 'ir.actions.act_window_close'}

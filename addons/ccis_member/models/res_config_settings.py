from odoo import api, fields, models

from .ccis_member_document import DEFAULT_ALERT_DAYS, PARAM_ALERT_DAYS
from .res_partner_lifecycle import DEFAULT_DORMANCY_MONTHS, PARAM_DORMANCY_MONTHS


class ResConfigSettings(models.TransientModel):
    _inherit = 'res.config.settings'

    ccis_member_dormancy_months = fields.Integer(
        string='Propose Dormancy After (Months Without Activity)',
        default=DEFAULT_DORMANCY_MONTHS)
    ccis_member_document_alert_days = fields.Integer(
        string='Document Expiry Alert (Days Before)',
        default=DEFAULT_ALERT_DAYS)
    group_ccis_member_site_read = fields.Boolean(
        string='Member Read Access Limited to Site',
        implied_group='ccis_member.group_ccis_member_site_read',
        help='Checked: staff only see the members served by their site (management, audit and the Bureau see '
             'everything). Unchecked: all staff read all members.')

    @api.model
    def get_values(self):
        res = super().get_values()
        # settings are saved only by administrators (res.config.settings.execute checks
        # base.group_system); ir.config_parameter is admin-only
        params = self.env['ir.config_parameter'].sudo()
        res.update(
            ccis_member_dormancy_months=int(params.get_param(
                PARAM_DORMANCY_MONTHS, DEFAULT_DORMANCY_MONTHS)),
            ccis_member_document_alert_days=int(params.get_param(
                PARAM_ALERT_DAYS, DEFAULT_ALERT_DAYS)),
        )
        return res

    @api.multi
    def set_values(self):
        res = super().set_values()
        params = self.env['ir.config_parameter'].sudo()
        params.set_param(PARAM_DORMANCY_MONTHS, self.ccis_member_dormancy_months)
        params.set_param(PARAM_ALERT_DAYS, self.ccis_member_document_alert_days)
        # the site-read rule depends on the users' groups: drop cached rule domains
        self.env['ir.rule'].clear_caches()
        return res

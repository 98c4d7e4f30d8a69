from odoo import fields, models


class AuditlogLogLine(models.Model):
    """A changed field, listed with its change (who, when, which record) so that the audit
    service reads the trail field by field."""

    _inherit = 'auditlog.log.line'

    log_date = fields.Datetime(related='log_id.create_date', string='Date', readonly=True)
    user_id = fields.Many2one(related='log_id.user_id', string='User', readonly=True)
    model_id = fields.Many2one(related='log_id.model_id', string='Model', readonly=True)
    res_id = fields.Integer(related='log_id.res_id', string='Record ID',
                            readonly=True)
    res_name = fields.Char(related='log_id.name', string='Record', readonly=True)
    method = fields.Char(related='log_id.method', string='Operation', readonly=True)

from odoo import fields, models


class AuditlogLogLine(models.Model):
    """A changed field, listed with its change (who, when, which record) so that the audit
    service reads the trail field by field."""

    _inherit = 'auditlog.log.line'

    log_date = fields.Datetime(related='log_id.create_date', string='Date', readonly=True)
    user_id = fields.Many2one(related='log_id.user_id', string='Utilisateur', readonly=True)
    model_id = fields.Many2one(related='log_id.model_id', string='Modèle', readonly=True)
    res_id = fields.Integer(related='log_id.res_id', string='N° d\'enregistrement',
                            readonly=True)
    res_name = fields.Char(related='log_id.name', string='Enregistrement', readonly=True)
    method = fields.Char(related='log_id.method', string='Opération', readonly=True)

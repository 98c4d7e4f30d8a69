from odoo import fields, models


class CcisRepresentationReport(models.Model):
    """A report of the representative on a meeting of the external body."""
    _name = 'ccis.representation.report'
    _description = 'Representation Report'
    _order = 'date desc, id desc'
    _ccis_unit_scope = ['representation_id.unit_id']  # record rules: ir.rule._ccis_unit_rules

    representation_id = fields.Many2one(
        'ccis.representation', 'Representation', required=True, index=True,
        ondelete='cascade')
    external_body_id = fields.Many2one(
        related='representation_id.external_body_id', store=True, readonly=True)
    partner_id = fields.Many2one(
        related='representation_id.partner_id', store=True, readonly=True)
    date = fields.Date('Meeting Date', required=True,
                       default=lambda self: fields.Date.context_today(self))
    name = fields.Char('Subject', required=True)
    summary = fields.Html('Summary')
    attachment_ids = fields.Many2many(
        'ir.attachment', 'ccis_representation_report_attachment_rel', 'report_id',
        'attachment_id', 'Attachments')

from odoo import fields, models


class EventRegistration(models.Model):
    _inherit = 'event.registration'

    ccis_theme_id = fields.Many2one(
        related='event_id.ccis_theme_id', string='Training Theme', store=True,
        readonly=True, index=True)
    ccis_plan_line_id = fields.Many2one(
        related='event_id.ccis_plan_line_id', string='Training Plan Action',
        store=True, readonly=True, index=True)

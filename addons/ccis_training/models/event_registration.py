from odoo import fields, models


class EventRegistration(models.Model):
    _inherit = 'event.registration'

    ccis_theme_id = fields.Many2one(
        related='event_id.ccis_theme_id', string='Thème de formation', store=True,
        readonly=True, index=True)
    ccis_plan_line_id = fields.Many2one(
        related='event_id.ccis_plan_line_id', string='Action du plan de formation',
        store=True, readonly=True, index=True)

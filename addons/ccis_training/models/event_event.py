from odoo import api, fields, models


class EventEvent(models.Model):
    _inherit = 'event.event'

    ccis_plan_line_id = fields.Many2one(
        'ccis.training.plan.line', string='Training Plan Action', index=True,
        ondelete='set null')
    ccis_theme_id = fields.Many2one(
        'ccis.training.theme', string='Training Theme', index=True, ondelete='restrict')
    ccis_convention_id = fields.Many2one(
        'ccis.training.convention', string='Agreement', ondelete='set null')

    @api.onchange('ccis_plan_line_id')
    def _onchange_ccis_plan_line_id(self):
        line = self.ccis_plan_line_id
        if line:
            self.ccis_theme_id = line.theme_id
            self.ccis_hours = self.ccis_hours or line.hours_per_session
            self.ccis_trainer_id = self.ccis_trainer_id or line.trainer_id
            self.ccis_training_body_id = self.ccis_training_body_id or line.training_body_id
            self.ccis_convention_id = self.ccis_convention_id or line.convention_id

    @api.model
    def create(self, vals):
        if vals.get('ccis_plan_line_id'):
            line = self.env['ccis.training.plan.line'].browse(vals['ccis_plan_line_id'])
            vals.setdefault('ccis_theme_id', line.theme_id.id)
            vals.setdefault('ccis_hours', line.hours_per_session)
            vals.setdefault('ccis_trainer_id', line.trainer_id.id)
            vals.setdefault('ccis_training_body_id', line.training_body_id.id)
            vals.setdefault('ccis_convention_id', line.convention_id.id)
        return super(EventEvent, self).create(vals)

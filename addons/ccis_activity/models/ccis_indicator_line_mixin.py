from odoo import api, fields, models


class CcisIndicatorLineMixin(models.AbstractModel):
    """What a period and a realised value of an indicator share: their indicator line, and
    its definition, programme, year, axis and action stored beside them so that the dashboards
    group them directly. Their unit follows the line's (set at creation)."""

    _name = 'ccis.indicator.line.mixin'
    _description = 'Indicator Link'
    _inherit = ['ccis.unit.mixin']

    line_id = fields.Many2one('ccis.indicator.line', string='Indicator', required=True,
                              index=True, ondelete='cascade')
    definition_id = fields.Many2one(related='line_id.definition_id', store=True, readonly=True,
                                    string='Definition', index=True)
    programme_id = fields.Many2one(related='line_id.programme_id', store=True, readonly=True,
                                   string='Action Programme', index=True)
    year = fields.Integer(related='line_id.year', store=True, readonly=True, string='Year',
                          index=True)
    axis_id = fields.Many2one(related='line_id.axis_id', store=True, readonly=True,
                              string='Axis', index=True)
    action_id = fields.Many2one(related='line_id.action_id', store=True, readonly=True,
                                string='Action', index=True)

    @api.model
    def _default_unit_id(self):
        # no default from the user's unit: the line's unit is set at creation
        return self.env['hr.department']

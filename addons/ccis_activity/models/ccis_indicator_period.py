from odoo import api, fields, models


class CcisIndicatorPeriod(models.Model):
    """A month or quarter of an indicator: its target and its realised figure (the engine's
    combination of the values dated in it, see tools/indicator.py). Stored with the axis,
    unit, site and programme so that the dashboards group them directly; grouped, their
    figures are recomputed (ccis.indicator.figure.mixin), never summed across indicators."""

    _name = 'ccis.indicator.period'
    _description = 'Indicator Period'
    _inherit = ['ccis.indicator.line.mixin', 'ccis.indicator.figure.mixin',
                'ccis.indicator.stored.figure.mixin']
    _order = 'line_id, sequence'
    _figure_line_size = "CASE l.period_type WHEN 'month' THEN 12 ELSE 4 END"
    _figure_date_column = 'date_end'
    _figure_rate_field = 'rate'
    _figure_has_values_column = 'has_values'

    sequence = fields.Integer(string='N°', default=1)
    name = fields.Char(string='Period', required=True)
    date_start = fields.Date(string='Start', required=True, index=True)
    date_end = fields.Date(string='End', required=True)
    target = fields.Float(string='Target')
    value_ids = fields.One2many('ccis.indicator.value', 'period_id', string='Values')

    @api.depends('value_ids.value', 'value_ids.numerator', 'value_ids.denominator',
                 'value_ids.date', 'target', 'line_id.definition_id.measure',
                 'line_id.definition_id.ratio_factor', 'line_id.definition_id.direction')
    def _compute_realised(self):
        return super(CcisIndicatorPeriod, self)._compute_realised()

    def _figure_definition(self):
        return self.line_id.definition_id

    @api.model_cr
    def init(self):
        # figures are rewritten by every computation: room on each page lets PostgreSQL
        # update a row in place, without touching the indexes (HOT updates)
        self.env.cr.execute('ALTER TABLE ccis_indicator_period SET (fillfactor = 80)')

    @api.model
    def create(self, vals):
        if vals.get('line_id') and 'unit_id' not in vals:
            vals['unit_id'] = self.env['ccis.indicator.line'].browse(
                vals['line_id']).unit_id.id
        return super(CcisIndicatorPeriod, self).create(vals)

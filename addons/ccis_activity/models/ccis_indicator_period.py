from odoo import api, fields, models

from ..tools import kpi


class CcisIndicatorPeriod(models.Model):
    """A month or quarter of an indicator: its target and its realised value. Stored with the
    axis, unit, site and programme so that the dashboards group them directly."""

    _name = 'ccis.indicator.period'
    _description = "Période d'un indicateur"
    _inherit = ['ccis.indicator.line.mixin']
    _order = 'line_id, sequence'

    sequence = fields.Integer(string='N°', default=1)
    name = fields.Char(string='Période', required=True)
    date_start = fields.Date(string='Début', required=True, index=True)
    date_end = fields.Date(string='Fin', required=True)
    target = fields.Float(string='Cible')
    value_ids = fields.One2many('ccis.indicator.value', 'period_id', string='Valeurs')
    realised = fields.Float(string='Réalisé', compute='_compute_realised', store=True)
    rate = fields.Float(string='Taux (%)', compute='_compute_realised', store=True,
                        group_operator='avg')

    @api.depends('value_ids.value', 'value_ids.date', 'target',
                 'line_id.definition_id.aggregation', 'line_id.definition_id.direction')
    def _compute_realised(self):
        for period in self:
            definition = period.line_id.definition_id
            realised = kpi.aggregate([(value.date, value.value) for value in period.value_ids],
                                     definition.aggregation or 'sum')
            period.realised = realised or 0.0
            period.rate = kpi.achievement_rate(realised, period.target,
                                               definition.direction or 'higher') or 0.0

    @api.model
    def create(self, vals):
        if vals.get('line_id') and 'unit_id' not in vals:
            vals['unit_id'] = self.env['ccis.indicator.line'].browse(
                vals['line_id']).unit_id.id
        return super(CcisIndicatorPeriod, self).create(vals)

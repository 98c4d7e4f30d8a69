from odoo import fields, models


class CcisActivityAxis(models.Model):
    """An axis of the programmes serves objectives of the strategic plans: the indicators of
    its actions not linked to an objective of their own count for these objectives."""

    _inherit = 'ccis.activity.axis'

    objective_ids = fields.Many2many(
        'ccis.strategy.objective', 'ccis_activity_axis_strategy_objective_rel', 'axis_id',
        'objective_id', string='Strategic Objectives',
        help='Strategic plan objectives that the axis serves.')

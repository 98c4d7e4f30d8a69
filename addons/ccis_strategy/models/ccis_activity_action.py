from odoo import api, fields, models


class CcisActivityAction(models.Model):
    """An action of an annual programme serves one objective of the plan covering its year;
    its indicators measure that objective."""

    _inherit = 'ccis.activity.action'

    objective_id = fields.Many2one(
        'ccis.strategy.objective', string='Strategic Objective', index=True,
        ondelete='set null', track_visibility='onchange',
        help='Strategic plan objective the action serves; otherwise, the objectives of its axis.')
    strategic_axis = fields.Char(related='objective_id.strategic_axis', store=True,
                                 readonly=True, string='Strategic Axis')

    @api.constrains('objective_id', 'programme_id')
    def _check_objective_id(self):
        # a check of years only: whether the user may read the action is the record rules'
        # business (an action of another unit must fail on them, not here)
        for action in self.sudo().filtered('objective_id'):
            action.objective_id.sudo()._check_action_year(action)

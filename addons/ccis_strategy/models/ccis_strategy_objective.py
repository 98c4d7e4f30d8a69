from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.ccis_activity.models.ccis_indicator_definition_twin import RETIRED_SUFFIX


class CcisStrategyObjective(models.Model):
    """A strategic objective of a plan: measured by indicator definitions with a target per
    year (and a final target), served by axes and actions of the annual programmes."""

    _name = 'ccis.strategy.objective'
    _description = 'Strategic Objective'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'plan_id desc, sequence, code, id'

    sequence = fields.Integer(string='Sequence', default=10)
    plan_id = fields.Many2one('ccis.strategy.plan', string='Strategic Plan', required=True,
                              index=True, ondelete='cascade', track_visibility='onchange')
    plan_state = fields.Selection(related='plan_id.state', string='Plan Status', store=True,
                                  readonly=True)
    first_year = fields.Integer(related='plan_id.first_year', string='First Year',
                                readonly=True)
    last_year = fields.Integer(related='plan_id.last_year', string='Last Year',
                               readonly=True)
    code = fields.Char(string='Code', required=True, index=True, track_visibility='onchange')
    name = fields.Char(string='Objective', required=True, track_visibility='onchange')
    strategic_axis = fields.Char(
        string='Strategic Axis', index=True, track_visibility='onchange',
        help='The plan pillar the objective belongs to, e.g. "Business competitiveness".')
    unit_id = fields.Many2one('hr.department', string='Lead Unit', index=True,
                              ondelete='restrict', track_visibility='onchange')
    user_id = fields.Many2one('res.users', string='Responsible', index=True,
                              track_visibility='onchange')
    description = fields.Text(string='Description')
    definition_ids = fields.Many2many(
        'ccis.indicator.definition', 'ccis_strategy_objective_definition_rel',
        'objective_id', 'definition_id', string='Measurement Indicators',
        help='The annual programme indicators that measure the objective.')
    target_ids = fields.One2many('ccis.strategy.target', 'objective_id', string='Targets',
                                 copy=True)
    axis_ids = fields.Many2many(
        'ccis.activity.axis', 'ccis_activity_axis_strategy_objective_rel', 'objective_id',
        'axis_id', string='Programme Axes',
        help='Axes of the annual programmes that serve the objective: their actions not linked to an '
             'objective count towards it.')
    action_ids = fields.One2many('ccis.activity.action', 'objective_id',
                                 string='Linked Actions')
    action_count = fields.Integer(string='Number of Actions', compute='_compute_action_count')
    progress_ids = fields.One2many('ccis.strategy.progress', 'objective_id',
                                   string='Progress', readonly=True)
    color = fields.Integer(string='Color')

    _sql_constraints = [
        ('code_plan_unique', 'unique(plan_id, code)',
         'The code of an objective must be unique within its strategic plan.'),
    ]

    def _compute_action_count(self):
        groups = self.env['ccis.activity.action'].read_group(
            [('objective_id', 'in', self.ids)], ['objective_id'], ['objective_id'])
        counts = {group['objective_id'][0]: group['objective_id_count'] for group in groups}
        for objective in self:
            objective.action_count = counts.get(objective.id, 0)

    @api.constrains('definition_ids')
    def _check_definitions(self):
        self.mapped('target_ids')._check_definition()

    @api.multi
    def name_get(self):
        return [(objective.id, '%s %s' % (objective.code, objective.name))
                for objective in self]

    @api.model
    def name_search(self, name='', args=None, operator='ilike', limit=100):
        args = list(args or [])
        if name:
            args = ['|', ('code', '=ilike', name + '%'), ('name', operator, name)] + args
        return self.search(args, limit=limit).name_get()

    @api.multi
    def action_view_actions(self):
        self.ensure_one()
        action = self.env.ref('ccis_activity.ccis_activity_action_action').read()[0]
        action['domain'] = [('objective_id', '=', self.id)]
        action['context'] = {'default_objective_id': self.id}
        return action

    def _check_action_year(self, action):
        """An action serves an objective of a plan that covers its programme's year."""
        self.ensure_one()
        plan = self.plan_id
        if not plan.first_year <= action.year <= plan.last_year:
            raise ValidationError(_(
                'Action "%s": its programme (%s) is not covered by plan "%s" (%s-%s) of objective "%s".')
                % (action.name, action.year, plan.name, plan.first_year, plan.last_year,
                   self.display_name))

    # ---------------------------------------------------------------- retired indicators

    @api.model
    def _ccis_replace_definitions(self, olds, new):
        """The objectives measured by the definitions ``olds`` (retired: replaced by a
        computed one) are measured by ``new``, and their targets follow."""
        objectives = self.with_context(active_test=False).search(
            [('definition_ids', 'in', olds.ids)])
        if not objectives:
            return True
        objectives.write({'definition_ids': [(4, new.id)]})
        self.env['ccis.strategy.target'].with_context(active_test=False).search(
            [('definition_id', 'in', olds.ids)]).write({'definition_id': new.id})
        objectives.write({'definition_ids': [(3, old.id) for old in olds]})
        return True

    @api.model
    def _ccis_follow_retired(self):
        """Objectives set on definitions retired before this addon knew (an addon that
        replaces typed indicators installed first): each follows the definition that took the
        retired one's code (ccis_activity: ccis_indicator_definition_twin.py)."""
        Definition = self.env['ccis.indicator.definition'].with_context(active_test=False)
        retired = self.with_context(active_test=False).search([]).mapped(
            'definition_ids').filtered(
            lambda definition: not definition.active
            and (definition.code or '').endswith(RETIRED_SUFFIX))
        for old in retired:
            new = Definition.search([('code', '=', old.code[:-len(RETIRED_SUFFIX)]),
                                     ('active', '=', True)], limit=1)
            if new:
                self._ccis_replace_definitions(old, new)
        return True

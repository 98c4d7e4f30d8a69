from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

TARGET_TYPES = [
    ('year', 'Yearly'),
    ('final', 'Final (End of Plan)'),
]


class CcisStrategyTarget(models.Model):
    """The target of an objective's indicator for one year of the plan, or its final target
    (what the plan aims at by its end: a total for a count, a level for a rate or a stock)."""

    _name = 'ccis.strategy.target'
    _description = 'Multi-Year Target of an Objective'
    _order = 'objective_id, definition_id, target_type desc, year, id'

    objective_id = fields.Many2one('ccis.strategy.objective', string='Objective',
                                   required=True, index=True, ondelete='cascade')
    plan_id = fields.Many2one(related='objective_id.plan_id', string='Strategic Plan',
                              store=True, readonly=True, index=True)
    definition_id = fields.Many2one('ccis.indicator.definition', string='Indicator',
                                    required=True, index=True, ondelete='restrict')
    uom = fields.Char(related='definition_id.uom', string='Unit of Measure', readonly=True)
    measure = fields.Selection(related='definition_id.measure', string='Measure',
                               readonly=True)
    target_type = fields.Selection(TARGET_TYPES, string='Target Type', required=True,
                                   default='year')
    year = fields.Integer(string='Year', index=True,
                          help='Plan year targeted (empty for the final target).')
    target = fields.Float(string='Target', required=True)

    @api.onchange('target_type')
    def _onchange_target_type(self):
        if self.target_type == 'final':
            self.year = 0

    @api.constrains('year', 'target_type', 'objective_id')
    def _check_year(self):
        for target in self:
            plan = target.objective_id.plan_id
            label = target.definition_id.name
            if target.target_type == 'final':
                if target.year:
                    raise ValidationError(_(
                        'Objective "%s", indicator "%s": a '
                        'final target has no year.') % (target.objective_id.display_name, label))
            elif not plan.first_year <= target.year <= plan.last_year:
                raise ValidationError(_(
                    'Objective "%s", indicator "%s": the target year (%s) is outside plan "%s" (%s-%s).')
                    % (target.objective_id.display_name, label, target.year or '',
                       plan.name, plan.first_year, plan.last_year))
            twins = self.search_count([
                ('id', '!=', target.id), ('objective_id', '=', target.objective_id.id),
                ('definition_id', '=', target.definition_id.id),
                ('target_type', '=', target.target_type), ('year', '=', target.year)])
            if twins:
                raise ValidationError(_(
                    'Objective "%s", indicator "%s": only one target per indicator (%s).')
                    % (target.objective_id.display_name, label,
                       _('final') if target.target_type == 'final'
                       else _('for year %s') % target.year))

    @api.constrains('definition_id', 'objective_id')
    def _check_definition(self):
        for target in self:
            # an indicator retired since (replaced by a computed one) still measures it
            measured = target.objective_id.with_context(active_test=False).definition_ids
            if target.definition_id not in measured:
                raise ValidationError(_(
                    'Objective "%s": the target indicator "%s" must be one of the objective\'s measurement '
                    'indicators.')
                    % (target.objective_id.display_name, target.definition_id.name))

    @api.multi
    def name_get(self):
        return [(target.id, '%s — %s' % (
            target.definition_id.name,
            target.year if target.target_type == 'year' else _('final target')))
            for target in self]

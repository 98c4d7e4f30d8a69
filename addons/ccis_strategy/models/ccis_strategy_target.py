from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

TARGET_TYPES = [
    ('year', 'Annuelle'),
    ('final', 'Finale (fin du plan)'),
]


class CcisStrategyTarget(models.Model):
    """The target of an objective's indicator for one year of the plan, or its final target
    (what the plan aims at by its end: a total for a count, a level for a rate or a stock)."""

    _name = 'ccis.strategy.target'
    _description = "Cible pluriannuelle d'un objectif"
    _order = 'objective_id, definition_id, target_type desc, year, id'

    objective_id = fields.Many2one('ccis.strategy.objective', string='Objectif',
                                   required=True, index=True, ondelete='cascade')
    plan_id = fields.Many2one(related='objective_id.plan_id', string='Plan stratégique',
                              store=True, readonly=True, index=True)
    definition_id = fields.Many2one('ccis.indicator.definition', string='Indicateur',
                                    required=True, index=True, ondelete='restrict')
    uom = fields.Char(related='definition_id.uom', string='Unité de mesure', readonly=True)
    measure = fields.Selection(related='definition_id.measure', string='Mesure',
                               readonly=True)
    target_type = fields.Selection(TARGET_TYPES, string='Type de cible', required=True,
                                   default='year')
    year = fields.Integer(string='Année', index=True,
                          help="Année du plan visée (vide pour la cible finale).")
    target = fields.Float(string='Cible', required=True)

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
                        "Objectif « %s », indicateur « %s » : une cible finale ne porte pas "
                        "d'année.") % (target.objective_id.display_name, label))
            elif not plan.first_year <= target.year <= plan.last_year:
                raise ValidationError(_(
                    "Objectif « %s », indicateur « %s » : l'année de la cible (%s) est hors "
                    "du plan « %s » (%s-%s).")
                    % (target.objective_id.display_name, label, target.year or '',
                       plan.name, plan.first_year, plan.last_year))
            twins = self.search_count([
                ('id', '!=', target.id), ('objective_id', '=', target.objective_id.id),
                ('definition_id', '=', target.definition_id.id),
                ('target_type', '=', target.target_type), ('year', '=', target.year)])
            if twins:
                raise ValidationError(_(
                    "Objectif « %s », indicateur « %s » : une seule cible %s par indicateur.")
                    % (target.objective_id.display_name, label,
                       _('finale') if target.target_type == 'final'
                       else _('pour l\'année %s') % target.year))

    @api.constrains('definition_id', 'objective_id')
    def _check_definition(self):
        for target in self:
            # an indicator retired since (replaced by a computed one) still measures it
            measured = target.objective_id.with_context(active_test=False).definition_ids
            if target.definition_id not in measured:
                raise ValidationError(_(
                    "Objectif « %s » : l'indicateur « %s » de la cible doit figurer parmi les "
                    "indicateurs de mesure de l'objectif.")
                    % (target.objective_id.display_name, target.definition_id.name))

    @api.multi
    def name_get(self):
        return [(target.id, '%s — %s' % (
            target.definition_id.name,
            target.year if target.target_type == 'year' else _('cible finale')))
            for target in self]

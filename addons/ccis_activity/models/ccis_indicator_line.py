from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import kpi
from .ccis_indicator_definition import AGGREGATION_SELECTION, DIRECTION_SELECTION

COLOUR_SELECTION = [
    ('none', 'Non évalué'),
    ('danger', 'Insuffisant'),
    ('warning', 'À surveiller'),
    ('success', 'Atteint'),
]
PERIOD_TYPE_SELECTION = [('month', 'Mois'), ('quarter', 'Trimestre')]


class CcisIndicatorLine(models.Model):
    """An indicator followed on an action (or directly on an axis of a programme): a yearly
    target split into period targets, the realised values, the achievement rate."""

    _name = 'ccis.indicator.line'
    _description = "Indicateur du programme"
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _order = 'programme_id desc, axis_id, action_id, sequence, id'

    sequence = fields.Integer(string='Séquence', default=10)
    definition_id = fields.Many2one(
        'ccis.indicator.definition', string='Indicateur', required=True, index=True,
        ondelete='restrict', track_visibility='onchange')
    name = fields.Char(related='definition_id.name', string='Intitulé', readonly=True,
                       store=True)
    uom = fields.Char(related='definition_id.uom', string='Unité de mesure', readonly=True)
    aggregation = fields.Selection(AGGREGATION_SELECTION, related='definition_id.aggregation',
                                   string='Agrégation', readonly=True, store=True)
    direction = fields.Selection(DIRECTION_SELECTION, related='definition_id.direction',
                                 string='Sens', readonly=True)
    source = fields.Selection(related='definition_id.source', string='Source', readonly=True,
                              store=True)
    programme_id = fields.Many2one(
        'ccis.activity.programme', string="Programme d'action", required=True, index=True,
        ondelete='cascade')
    year = fields.Integer(related='programme_id.year', store=True, readonly=True,
                          string='Année', index=True)
    axis_id = fields.Many2one('ccis.activity.axis', string='Axe', required=True, index=True,
                              ondelete='restrict')
    action_id = fields.Many2one('ccis.activity.action', string='Action', index=True,
                                ondelete='cascade')
    user_id = fields.Many2one('res.users', string='Responsable', index=True,
                              default=lambda self: self.env.user)
    period_type = fields.Selection(PERIOD_TYPE_SELECTION, string='Périodicité', required=True,
                                   default='quarter', track_visibility='onchange')
    target = fields.Float(string='Cible annuelle', track_visibility='onchange')
    period_ids = fields.One2many('ccis.indicator.period', 'line_id', string='Périodes')
    value_ids = fields.One2many('ccis.indicator.value', 'line_id', string='Valeurs réalisées')
    realised = fields.Float(string='Réalisé', compute='_compute_realised', store=True)
    has_values = fields.Boolean(string='Valeurs saisies', compute='_compute_realised',
                                store=True)
    rate = fields.Float(string='Taux de réalisation (%)', compute='_compute_realised',
                        store=True, group_operator='avg')
    colour = fields.Selection(COLOUR_SELECTION, string='Appréciation',
                              compute='_compute_colour')
    target_to_date = fields.Float(string='Cible à date', compute='_compute_to_date')
    realised_to_date = fields.Float(string='Réalisé à date', compute='_compute_to_date')
    rate_to_date = fields.Float(string='Taux à date (%)', compute='_compute_to_date')
    value_count = fields.Integer(string='Nombre de valeurs', compute='_compute_realised',
                                 store=True)

    @api.depends('value_ids.value', 'value_ids.date', 'target', 'definition_id.aggregation',
                 'definition_id.direction')
    def _compute_realised(self):
        for line in self:
            values = [(value.date, value.value) for value in line.value_ids]
            realised = kpi.aggregate(values, line.definition_id.aggregation or 'sum')
            rate = kpi.achievement_rate(realised, line.target,
                                        line.definition_id.direction or 'higher')
            line.realised = realised or 0.0
            line.has_values = realised is not None
            line.rate = rate or 0.0
            line.value_count = len(values)

    def _rate_or_none(self):
        self.ensure_one()
        realised = self.realised if self.has_values else None
        return kpi.achievement_rate(realised, self.target, self.direction or 'higher')

    def _compute_colour(self):
        warning, success = self.env['res.config.settings']._ccis_rate_thresholds()
        for line in self:
            line.colour = kpi.rate_colour(line._rate_or_none(), warning, success)

    def _figures_to_date(self, date):
        """(target, realised, rate) over the periods started on or before ``date``."""
        self.ensure_one()
        method = self.aggregation or 'sum'
        periods = self.period_ids.sorted('date_start').filtered(lambda p: p.date_start <= date)
        target = kpi.aggregate_targets(periods.mapped('target'), method)
        realised = kpi.aggregate(
            [(value.date, value.value) for value in self.value_ids if value.date <= date],
            method)
        return target, realised, kpi.achievement_rate(realised, target,
                                                      self.direction or 'higher')

    def _compute_to_date(self):
        today = fields.Date.context_today(self)
        for line in self:
            target, realised, rate = line._figures_to_date(today)
            line.target_to_date = target or 0.0
            line.realised_to_date = realised or 0.0
            line.rate_to_date = rate or 0.0

    @api.constrains('action_id', 'programme_id', 'axis_id')
    def _check_action(self):
        for line in self.sudo().filtered("action_id"):
            if line.action_id.programme_id != line.programme_id:
                raise ValidationError(_(
                    "Indicateur « %s » : il doit appartenir au programme de son action « %s ».")
                    % (line.name, line.action_id.name))

    @api.onchange('action_id')
    def _onchange_action_id(self):
        if self.action_id:
            self.programme_id = self.action_id.programme_id
            self.axis_id = self.action_id.axis_id
            self.unit_id = self.action_id.unit_id
            self.user_id = self.action_id.user_id

    @api.model
    def _complete_from_action(self, vals):
        if vals.get('action_id'):
            action = self.env['ccis.activity.action'].browse(vals['action_id'])
            vals.update({
                'programme_id': action.programme_id.id,
                'axis_id': action.axis_id.id,
                'unit_id': action.unit_id.id,
            })
            vals.setdefault('user_id', action.user_id.id)
        return vals

    @api.model
    def create(self, vals):
        vals = self._complete_from_action(dict(vals))
        line = super(CcisIndicatorLine, self.with_context(mail_create_nolog=True)).create(vals)
        if not line.period_ids:
            line._generate_periods()
        return line

    @api.multi
    def write(self, vals):
        if vals.get('action_id'):
            vals = self._complete_from_action(dict(vals))
        res = super(CcisIndicatorLine, self).write(vals)
        if 'period_type' in vals or 'programme_id' in vals:
            self._generate_periods()
        elif 'target' in vals and not self.env.context.get('ccis_keep_period_targets'):
            self._split_target()
        if 'unit_id' in vals:
            for line in self:
                line.period_ids.write({'unit_id': line.unit_id.id})
                line.value_ids.with_context(ccis_value_sync=True).write(
                    {'unit_id': line.unit_id.id})
        return res

    def _generate_periods(self):
        """(Re)create the periods of the programme's year and split the target over them."""
        periods = self.env['ccis.indicator.period']
        for line in self:
            line.period_ids.unlink()
            bounds = kpi.period_bounds(line.programme_id.year, line.period_type)
            targets = kpi.split_target(line.target, len(bounds), line.aggregation or 'sum')
            for (index, name, start, end), target in zip(bounds, targets):
                periods.create({
                    'line_id': line.id,
                    'sequence': index,
                    'name': name,
                    'date_start': fields.Date.to_string(start),
                    'date_end': fields.Date.to_string(end),
                    'target': target,
                })
            line.value_ids._assign_period()

    def _split_target(self):
        for line in self:
            periods = line.period_ids.sorted('sequence')
            targets = kpi.split_target(line.target, len(periods), line.aggregation or 'sum')
            for period, target in zip(periods, targets):
                period.target = target

    @api.multi
    def name_get(self):
        result = []
        for line in self:
            label = line.definition_id.name or ''
            if line.action_id:
                label = '%s — %s' % (label, line.action_id.name)
            result.append((line.id, label))
        return result

    # ---------------------------------------------------------------- computed indicators

    @api.multi
    def action_compute_values(self):
        """Count the realised values of computed indicators, one value per period started
        by today; validated values are left as they are."""
        today = fields.Date.context_today(self)
        values = self.env['ccis.indicator.value'].sudo().with_context(
            mail_create_nolog=True, mail_notrack=True, tracking_disable=True,
            ccis_value_sync=True)
        for line in self.filtered(lambda record: record.source == 'computed'):
            definition = line.definition_id
            if not definition.model_available:
                continue
            existing = {value.period_id.id: value for value in line.value_ids
                        if value.source == 'computed'}
            for period in line.period_ids.filtered(lambda p: p.date_start <= today):
                end = min(period.date_end, today)
                measure = definition.compute_measure(period.date_start, end, line.unit_id,
                                                     action=line.action_id)
                value = existing.get(period.id)
                if value and value.state == 'validated':
                    continue
                if value:
                    if value.value != measure or value.date != end:
                        value.write({'value': measure, 'date': end})
                else:
                    values.create({
                        'line_id': line.id,
                        'date': end,
                        'value': measure,
                        'source': 'computed',
                        'comment': _('Calcul automatique (%s)') % definition.model_name,
                    })
        return True

    @api.model
    def _cron_compute_values(self):
        lines = self.search([('source', '=', 'computed'),
                             ('programme_id.state', 'in', ('approved', 'execution'))])
        lines.action_compute_values()

    # ---------------------------------------------------------------- follow-up

    @api.model
    def _cron_follow_up(self):
        """Indicators behind target to date: a follow-up activity for their responsible."""
        activity_type = self.env.ref('ccis_activity.mail_activity_type_ccis_follow_up')
        warning, _success = self.env['res.config.settings']._ccis_rate_thresholds()
        today = fields.Date.context_today(self)
        lines = self.search([('programme_id.state', '=', 'execution'),
                             ('action_id.state', 'not in', ('cancelled', 'draft'))])
        already = set(self.env['mail.activity'].search([
            ('res_model', '=', self._name), ('res_id', 'in', lines.ids),
            ('activity_type_id', '=', activity_type.id)]).mapped('res_id'))
        model_id = self.env['ir.model']._get(self._name).id
        activities = self.env['mail.activity']
        for line in lines:
            if line.id in already:
                continue
            user = line.user_id or line.unit_id.manager_id.user_id
            if not user:
                continue
            ended = line.period_ids.filtered(lambda p: p.date_end < today)
            if not ended:
                continue
            target, realised, rate = line._figures_to_date(max(ended.mapped('date_end')))
            if rate is None or rate >= warning:
                continue
            activities |= activities.create({
                'res_model_id': model_id,
                'res_id': line.id,
                'activity_type_id': activity_type.id,
                'user_id': user.id,
                'date_deadline': today,
                'summary': _('Indicateur en retard sur sa cible'),
                'note': _("<p>« %s » : réalisé %s pour une cible à date de %s (%s %%).</p>")
                % (line.display_name, round(realised or 0.0, 2), round(target or 0.0, 2),
                   int(round(rate))),
            })
        return activities

    @api.multi
    def unlink(self):
        if self.mapped('value_ids').filtered(lambda v: v.state == 'validated') and \
                not self.env.user.has_group('ccis_base.group_ccis_direction'):
            raise UserError(_("Des valeurs validées par l'audit sont rattachées à ces "
                              "indicateurs : seule la direction peut les supprimer."))
        return super(CcisIndicatorLine, self).unlink()

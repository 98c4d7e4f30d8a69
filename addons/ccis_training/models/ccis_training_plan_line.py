from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.ccis_event.tools import satisfaction

FUNDING = [
    ('chamber', 'Chamber Budget'),
    ('csf', 'Special Training Contracts (OFPPT)'),
    ('partner', 'Partner or Donor'),
    ('participants', 'Beneficiary Contribution'),
    ('mixed', 'Mixed Funding'),
]


class CcisTrainingPlanLine(models.Model):
    """A training action of the plan: a theme for an audience, a number of sessions of a
    given length by a trainer or a training body, its cost and funding; executed as
    sessions (events of nature training)."""

    _name = 'ccis.training.plan.line'
    _description = 'Training Plan Action'
    _order = 'plan_id, sequence, id'
    _ccis_unit_scope = ['plan_id.unit_id']  # record rules: ir.rule._ccis_unit_rules

    sequence = fields.Integer(string='Sequence', default=10)
    plan_id = fields.Many2one('ccis.training.plan', string='Training Plan', required=True,
                              index=True, ondelete='cascade')
    unit_id = fields.Many2one(related='plan_id.unit_id', string='Unit', store=True,
                              readonly=True, index=True)
    site_id = fields.Many2one(related='plan_id.site_id', string='Site', store=True,
                              readonly=True, index=True)
    year = fields.Integer(related='plan_id.year', string='Year', store=True, readonly=True)
    name = fields.Char(string='Training Action', required=True)
    theme_id = fields.Many2one('ccis.training.theme', string='Theme', required=True,
                               index=True, ondelete='restrict')
    audience = fields.Char(string='Target Audience')
    sector_ids = fields.Many2many('ccis.member.sector', 'ccis_training_line_sector_rel',
                                  'line_id', 'sector_id', string='Target Sectors')
    planned_sessions = fields.Integer(string='Planned Sessions', default=1)
    hours_per_session = fields.Float(string='Hours per Session', default=7.0)
    planned_hours = fields.Float(string='Planned Hours', compute='_compute_planned_hours',
                                 store=True)
    planned_participants = fields.Integer(string='Planned Participants')
    trainer_id = fields.Many2one('res.partner', string='Trainer')
    training_body_id = fields.Many2one(
        'res.partner', string='Training Provider',
        domain=[('ccis_is_training_body', '=', True)])
    convention_id = fields.Many2one('ccis.training.convention', string='Agreement',
                                    ondelete='set null')
    currency_id = fields.Many2one(related='plan_id.currency_id', readonly=True,
                                  string='Currency')
    cost_planned = fields.Monetary(string='Planned Cost')
    funding = fields.Selection(FUNDING, string='Financing', default='chamber')
    funding_partner_id = fields.Many2one('res.partner', string='Funder')
    need_ids = fields.One2many('ccis.training.need', 'plan_line_id', string='Needs')
    need_headcount = fields.Integer(string='People Requesting',
                                    compute='_compute_execution')
    event_ids = fields.One2many('event.event', 'ccis_plan_line_id', string='Sessions')
    done_sessions = fields.Integer(string='Delivered Sessions', compute='_compute_execution')
    delivered_hours = fields.Float(string='Delivered Hours', compute='_compute_execution',
                                   help='Hours of the delivered sessions.')
    participant_count = fields.Integer(string='Participants Present',
                                       compute='_compute_execution')
    participant_hours = fields.Float(string='Participant Hours',
                                     compute='_compute_execution')
    cost_actual = fields.Monetary(string='Actual Cost', compute='_compute_execution')
    satisfaction = fields.Float(string='Satisfaction (out of 5)', compute='_compute_execution')
    execution_rate = fields.Float(string='Execution Rate (%)',
                                  compute='_compute_execution')

    @api.depends('planned_sessions', 'hours_per_session')
    def _compute_planned_hours(self):
        for line in self:
            line.planned_hours = line.planned_sessions * line.hours_per_session

    def _compute_execution(self):
        for line in self:
            sessions = line.event_ids.filtered(lambda e: e.state == 'done')
            line.need_headcount = sum(line.need_ids.mapped('headcount'))
            line.done_sessions = len(sessions)
            line.delivered_hours = sum(sessions.mapped('ccis_hours'))
            line.participant_count = sum(sessions.mapped('ccis_present_count'))
            line.participant_hours = sum(sessions.mapped('ccis_hours_delivered'))
            line.cost_actual = sum(line.event_ids.mapped('ccis_cost_actual'))
            score = satisfaction.mean(
                [s.ccis_satisfaction for s in sessions if s.ccis_satisfaction])
            line.satisfaction = score or 0.0
            line.execution_rate = (100.0 * len(sessions) / line.planned_sessions
                                   if line.planned_sessions else 0.0)

    @api.constrains('planned_sessions', 'hours_per_session', 'cost_planned')
    def _check_figures(self):
        for line in self:
            if line.planned_sessions < 0 or line.hours_per_session < 0 \
                    or line.cost_planned < 0:
                raise ValidationError(_(
                    'Training action "%s": the planned sessions, hours and cost cannot be negative.') % line.name)

    @api.onchange('theme_id')
    def _onchange_theme_id(self):
        if self.theme_id and not self.name:
            self.name = self.theme_id.name

    @api.multi
    def action_view_sessions(self):
        self.ensure_one()
        action = self.env.ref('ccis_event.event_event_ccis_action').read()[0]
        action['domain'] = [('ccis_plan_line_id', '=', self.id)]
        training = self.env['event.type'].search([('ccis_kind', '=', 'training')], limit=1)
        action['context'] = {
            'default_ccis_plan_line_id': self.id,
            'default_event_type_id': training.id,
            'default_name': self.name,
            'default_unit_id': self.unit_id.id,
        }
        return action

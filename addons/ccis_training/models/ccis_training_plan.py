from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

PLAN_STATES = [
    ('draft', 'In Preparation'),
    ('approved', 'Adopted'),
    ('execution', 'In Execution'),
    ('closed', 'Closed'),
]


class CcisTrainingPlan(models.Model):
    """The annual training plan of a unit: built from the needs collected from the members
    (a survey), executed as training sessions (events)."""

    _name = 'ccis.training.plan'
    _description = 'Annual Training Plan'
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _order = 'year desc, id desc'
    _ccis_unit_scope = ['unit_id']  # record rules: ir.rule._ccis_unit_rules

    name = fields.Char(string='Plan', required=True, track_visibility='onchange')
    year = fields.Integer(string='Year', required=True, index=True,
                          default=lambda self: fields.Date.from_string(
                              fields.Date.context_today(self)).year)
    state = fields.Selection(PLAN_STATES, string='State', default='draft', required=True,
                             index=True, track_visibility='onchange', copy=False)
    action_id = fields.Many2one('ccis.activity.action', string='Programme Action',
                                index=True, ondelete='set null')
    need_survey_id = fields.Many2one(
        'survey.survey', string='Needs Assessment Survey',
        help='Survey sent to members: ticked choices whose label is that of a theme become needs, and the '
             'numeric answer becomes the number of people to train.')
    company_id = fields.Many2one('res.company', string='Company', required=True,
                                 default=lambda self: self.env.user.company_id)
    currency_id = fields.Many2one(related='company_id.currency_id', readonly=True,
                                  string='Currency')
    line_ids = fields.One2many('ccis.training.plan.line', 'plan_id', string='Training Actions',
                               copy=True)
    need_ids = fields.One2many('ccis.training.need', 'plan_id', string='Expressed Needs')
    need_count = fields.Integer(string='Needs', compute='_compute_totals')
    planned_sessions = fields.Integer(string='Planned Sessions', compute='_compute_totals')
    done_sessions = fields.Integer(string='Delivered Sessions', compute='_compute_totals')
    planned_hours = fields.Float(string='Planned Hours', compute='_compute_totals')
    delivered_hours = fields.Float(string='Delivered Hours', compute='_compute_totals')
    participant_count = fields.Integer(string='Participants Present',
                                       compute='_compute_totals')
    cost_planned = fields.Monetary(string='Planned Cost', compute='_compute_totals')
    cost_actual = fields.Monetary(string='Actual Cost', compute='_compute_totals')
    execution_rate = fields.Float(string='Execution Rate (%)', compute='_compute_totals')
    satisfaction = fields.Float(string='Satisfaction (out of 5)', compute='_compute_totals')
    note = fields.Html(string='Notes')

    _sql_constraints = [
        ('name_year_uniq', 'unique(name, year)',
         'A training plan with this name already exists for this year.'),
    ]

    @api.depends('line_ids', 'need_ids')
    def _compute_totals(self):
        for plan in self:
            lines = plan.line_ids
            plan.need_count = len(plan.need_ids)
            plan.planned_sessions = sum(lines.mapped('planned_sessions'))
            plan.done_sessions = sum(lines.mapped('done_sessions'))
            plan.planned_hours = sum(lines.mapped('planned_hours'))
            plan.delivered_hours = sum(lines.mapped('delivered_hours'))
            plan.participant_count = sum(lines.mapped('participant_count'))
            plan.cost_planned = sum(lines.mapped('cost_planned'))
            plan.cost_actual = sum(lines.mapped('cost_actual'))
            plan.execution_rate = (100.0 * plan.done_sessions / plan.planned_sessions
                                   if plan.planned_sessions else 0.0)
            scored = lines.filtered('satisfaction')
            plan.satisfaction = (sum(scored.mapped('satisfaction')) / len(scored)
                                 if scored else 0.0)

    @api.constrains('year')
    def _check_year(self):
        for plan in self:
            if not 2000 <= plan.year <= 2100:
                raise ValidationError(_('Training plan "%s": the year %s is not valid.') % (plan.name, plan.year))

    # ------------------------------------------------------------------ workflow

    @api.multi
    def action_approve(self):
        for plan in self:
            if not plan.line_ids:
                raise UserError(_('Training plan "%s": add at least one '
                                  'training action before adopting it.') % plan.name)
        self.write({'state': 'approved'})

    @api.multi
    def action_start(self):
        self.write({'state': 'execution'})

    @api.multi
    def action_close(self):
        self.write({'state': 'closed'})

    @api.multi
    def action_draft(self):
        self.write({'state': 'draft'})

    # ------------------------------------------------------------------ needs survey

    @api.multi
    def action_send_need_survey(self):
        """Open the survey invitation with the active members (with an e-mail) of the
        plan's site as recipients."""
        self.ensure_one()
        if not self.need_survey_id:
            raise UserError(_('Training plan "%s": first choose the needs assessment survey.') % self.name)
        domain = [('ccis_is_member', '=', True), ('ccis_state', '=', 'active'),
                  ('email', '!=', False)]
        if self.site_id:
            domain += ['|', ('ccis_site_id', '=', self.site_id.id),
                       ('ccis_site_id', '=', False)]
        members = self.env['res.partner'].search(domain, limit=5000)
        return self.need_survey_id.with_context(
            default_partner_ids=members.ids).action_send_survey()

    @api.multi
    def action_import_needs(self):
        """Read the completed answers of the needs survey into needs (one per member and
        theme; answers already read are skipped)."""
        Need = self.env['ccis.training.need']
        Theme = self.env['ccis.training.theme']
        # the answers of the plan's survey are read as superuser (survey managers only may
        # read them) for users who may modify the plan and create its needs
        self.check_access_rights('write')
        self.check_access_rule('write')
        Need.check_access_rights('create')
        for plan in self:
            if not plan.need_survey_id:
                raise UserError(_('Training plan "%s": first choose the needs assessment survey.') % plan.name)
            themes = {}
            for theme in Theme.search([]):
                themes[theme.name.strip().lower()] = theme
                if theme.code:
                    themes[theme.code.strip().lower()] = theme
            inputs = self.env['survey.user_input'].sudo().search([
                ('survey_id', '=', plan.need_survey_id.id), ('state', '=', 'done')])
            read = set(Need.search([('plan_id', '=', plan.id),
                                    ('user_input_id', 'in', inputs.ids)]).mapped(
                lambda n: (n.user_input_id.id, n.theme_id.id)))
            values = []
            for user_input in inputs:
                lines = user_input.user_input_line_ids.filtered(lambda ln: not ln.skipped)
                numbers = lines.filtered(lambda ln: ln.answer_type == "number")
                headcount = int(numbers[0].value_number) if numbers else 1
                comments = lines.filtered(lambda ln: ln.answer_type in ("free_text", "text"))
                comment = '\n'.join(c.value_free_text or c.value_text or '' for c in comments)
                partner = user_input.partner_id.commercial_partner_id
                for line in lines.filtered(lambda ln: ln.answer_type == "suggestion"):
                    theme = themes.get((line.value_suggested.value or '').strip().lower())
                    if not theme or (user_input.id, theme.id) in read:
                        continue
                    read.add((user_input.id, theme.id))
                    values.append({
                        'plan_id': plan.id,
                        'partner_id': partner.id if partner.ccis_is_member else False,
                        'theme_id': theme.id,
                        'headcount': max(headcount, 0),
                        'comment': comment or False,
                        'source': 'survey',
                        'user_input_id': user_input.id,
                    })
            for vals in values:
                Need.create(vals)
            plan.message_post(body=_('Needs imported from the survey: %s.') % len(values))
        return True

    @api.multi
    def action_lines_from_needs(self):
        """One training action per theme asked for and not yet in the plan; the needs are
        attached to the action of their theme."""
        Line = self.env['ccis.training.plan.line']
        for plan in self:
            by_theme = {}
            for need in plan.need_ids:
                by_theme.setdefault(need.theme_id, self.env['ccis.training.need'])
                by_theme[need.theme_id] |= need
            existing = {line.theme_id: line for line in plan.line_ids}
            for theme, needs in by_theme.items():
                line = existing.get(theme)
                if not line:
                    headcount = sum(needs.mapped('headcount'))
                    line = Line.create({
                        'plan_id': plan.id,
                        'theme_id': theme.id,
                        'name': theme.name,
                        'planned_sessions': max(1, -(-headcount // 20)),
                        'audience': _('Members who expressed the need (%s people)')
                        % headcount,
                    })
                needs.filtered(lambda n: not n.plan_line_id).write({'plan_line_id': line.id})
        return True

    # ------------------------------------------------------------------ export

    def _execution_rows(self):
        funding = dict(self.env['ccis.training.plan.line']._fields['funding']._description_selection(
            self.env))
        rows = []
        for plan in self:
            for line in plan.line_ids:
                rows.append({
                    'plan': plan.name,
                    'theme': line.theme_id.name or '',
                    'action': line.name,
                    'audience': line.audience or '',
                    'provider': (line.training_body_id or line.trainer_id).name or '',
                    'funding': funding.get(line.funding, ''),
                    'needs': line.need_headcount,
                    'planned_sessions': line.planned_sessions,
                    'done_sessions': line.done_sessions,
                    'planned_hours': line.planned_hours,
                    'delivered_hours': line.delivered_hours,
                    'participants': line.participant_count,
                    'cost_planned': line.cost_planned,
                    'cost_actual': line.cost_actual,
                    'satisfaction': line.satisfaction or '',
                })
        return rows

    @api.multi
    def action_export_execution_xlsx(self):
        return self.env.ref('ccis_training.ccis_training_plan_execution_xlsx_report') \
            .report_action(self, config=False)

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import satisfaction
from .event_type import EVENT_KINDS


class EventEvent(models.Model):
    _name = 'event.event'
    _inherit = ['event.event', 'ccis.unit.mixin', 'mail.activity.mixin']

    ccis_kind = fields.Selection(
        EVENT_KINDS, string='Kind', related='event_type_id.ccis_kind', store=True,
        readonly=True, index=True)
    ccis_action_id = fields.Many2one(
        'ccis.activity.action', string='Programme Action', index=True, ondelete='restrict',
        track_visibility='onchange',
        help='Action of the annual action programme that the event serves: its computed indicators count the '
             'linked events and participants.')
    ccis_axis_id = fields.Many2one(
        related='ccis_action_id.axis_id', string='Axis', store=True, readonly=True)
    ccis_partner_ids = fields.Many2many(
        'res.partner', 'ccis_event_partner_rel', 'event_id', 'partner_id',
        string='Partners', help='Co-organizers and institutional partners.')
    ccis_sponsor_ids = fields.Many2many(
        'res.partner', 'ccis_event_sponsor_rel', 'event_id', 'partner_id', string='Sponsors')
    ccis_sector_ids = fields.Many2many(
        'ccis.member.sector', 'ccis_event_sector_rel', 'event_id', 'sector_id',
        string='Target Sectors')
    ccis_country_id = fields.Many2one(
        'res.country', string='Destination Country',
        help='For a business mission abroad.')
    currency_id = fields.Many2one(
        related='company_id.currency_id', string='Currency', readonly=True)
    ccis_budget_planned = fields.Monetary(
        string='Planned Budget', track_visibility='onchange')
    ccis_analytic_account_id = fields.Many2one(
        'account.analytic.account', string='Analytic Account',
        help="Analytic account of the organizing unit; the event's expenses are charged to it with the "
             "event's analytic tag.")
    ccis_analytic_tag_id = fields.Many2one(
        'account.analytic.tag', string='Analytic Tag', readonly=True, copy=False,
        help='Created on confirmation: the entries of the analytic account bearing this tag make up the '
             'actual cost of the event.')
    ccis_cost_actual = fields.Monetary(
        string='Actual Cost', compute='_compute_ccis_cost_actual',
        help="Net expenses of the analytic account bearing the event's tag.")
    ccis_budget_gap = fields.Monetary(
        string='Budget Variance', compute='_compute_ccis_cost_actual')
    # training
    ccis_hours = fields.Float(string='Duration (Hours)', help='Training hours of the session.')
    ccis_trainer_id = fields.Many2one('res.partner', string='Trainer')
    ccis_training_body_id = fields.Many2one(
        'res.partner', string='Training Provider',
        domain=[('ccis_is_training_body', '=', True)])
    ccis_satisfaction_survey_id = fields.Many2one(
        'survey.survey', string='Evaluation Survey',
        help="Satisfaction survey sent to the participants; its scored answers give each participant's "
             'satisfaction rating (out of 5).')
    # attendance figures
    ccis_present_count = fields.Integer(
        string='Attendees', compute='_compute_ccis_attendance', store=True)
    ccis_absent_count = fields.Integer(
        string='Absentees', compute='_compute_ccis_attendance', store=True)
    ccis_excused_count = fields.Integer(
        string='Excused Absences', compute='_compute_ccis_attendance', store=True)
    ccis_member_count = fields.Integer(
        string='Participating Members', compute='_compute_ccis_attendance', store=True)
    ccis_attendance_rate = fields.Float(
        string='Attendance Rate (%)', compute='_compute_ccis_attendance', store=True,
        group_operator='avg')
    ccis_hours_delivered = fields.Float(
        string='Participant-Hours Delivered', compute='_compute_ccis_attendance', store=True,
        help='Session duration multiplied by the number of attendees present.')
    ccis_satisfaction = fields.Float(
        string='Satisfaction (out of 5)', compute='_compute_ccis_attendance', store=True,
        group_operator='avg')

    @api.depends('registration_ids.ccis_attendance', 'registration_ids.state',
                 'registration_ids.ccis_member_id', 'registration_ids.ccis_satisfaction',
                 'ccis_hours')
    def _compute_ccis_attendance(self):
        # the figures of the saved events in one grouped query: an event's hundreds of
        # registrations are not read again at each registration (the registrations'
        # columns counted here are plain fields, written before the event is recomputed)
        saved = self.filtered(lambda event: isinstance(event.id, int))
        counts = {}
        if saved:
            self.env.cr.execute("""
                SELECT event_id,
                       count(*) FILTER (WHERE ccis_attendance = 'present'),
                       count(*) FILTER (WHERE ccis_attendance = 'absent'),
                       count(*) FILTER (WHERE ccis_attendance = 'excused'),
                       count(DISTINCT ccis_member_id),
                       array_agg(ccis_satisfaction) FILTER (
                           WHERE ccis_attendance = 'present' AND ccis_satisfaction <> 0)
                  FROM event_registration
                 WHERE event_id IN %s AND state != 'cancel'
              GROUP BY event_id""", (tuple(saved.ids),))
            counts = {row[0]: row[1:] for row in self.env.cr.fetchall()}
        for event in self:
            if event in saved:
                present, absent, excused, members, scores = counts.get(
                    event.id, (0, 0, 0, 0, None))
            else:  # an event being edited: its registrations as the form holds them
                registrations = event.registration_ids.filtered(lambda r: r.state != 'cancel')
                attended = registrations.filtered(lambda r: r.ccis_attendance == 'present')
                present, absent, excused = (len(registrations.filtered(
                    lambda r, value=value: r.ccis_attendance == value))
                    for value in ('present', 'absent', 'excused'))
                members = len(registrations.mapped('ccis_member_id'))
                scores = [r.ccis_satisfaction for r in attended if r.ccis_satisfaction]
            event.ccis_present_count = present
            event.ccis_absent_count = absent
            event.ccis_excused_count = excused
            event.ccis_member_count = members
            marked = present + absent + excused
            event.ccis_attendance_rate = marked and 100.0 * present / marked or 0.0
            event.ccis_hours_delivered = event.ccis_hours * present
            event.ccis_satisfaction = satisfaction.mean(scores or []) or 0.0

    def _compute_ccis_cost_actual(self):
        """One grouped query over the analytic lines of the events' tags."""
        tagged = self.filtered(lambda e: e.ccis_analytic_tag_id and e.ccis_analytic_account_id)
        costs = {}
        if tagged:
            self.env.cr.execute("""
                SELECT e.id, -COALESCE(SUM(l.amount), 0)
                  FROM event_event e
                  JOIN account_analytic_line_tag_rel r ON r.tag_id = e.ccis_analytic_tag_id
                  JOIN account_analytic_line l
                    ON l.id = r.line_id AND l.account_id = e.ccis_analytic_account_id
                 WHERE e.id IN %s
              GROUP BY e.id""", (tuple(tagged.ids),))
            costs = dict(self.env.cr.fetchall())
        for event in self:
            event.ccis_cost_actual = costs.get(event.id, 0.0)
            event.ccis_budget_gap = event.ccis_budget_planned - event.ccis_cost_actual

    @api.constrains('ccis_hours', 'ccis_budget_planned')
    def _check_ccis_amounts(self):
        for event in self:
            if event.ccis_hours < 0:
                raise ValidationError(_(
                    'Event "%s": the duration in hours cannot be negative.')
                    % event.name)
            if event.ccis_budget_planned < 0:
                raise ValidationError(_(
                    'Event "%s": the planned budget cannot be negative.')
                    % event.name)

    @api.onchange('unit_id')
    def _onchange_ccis_unit_id(self):
        if self.unit_id.analytic_account_id:
            self.ccis_analytic_account_id = self.unit_id.analytic_account_id

    @api.model
    def create(self, vals):
        event = super(EventEvent, self).create(vals)
        if not event.ccis_analytic_account_id and event.unit_id.analytic_account_id:
            event.ccis_analytic_account_id = event.unit_id.analytic_account_id
        return event

    @api.multi
    def button_confirm(self):
        res = super(EventEvent, self).button_confirm()
        self._ccis_ensure_analytic_tag()
        return res

    def _ccis_ensure_analytic_tag(self):
        # event staff may not create analytic tags: the tag is created as superuser, and set
        # on the event as the user (the ORM checks their right to modify it)
        Tag = self.env['account.analytic.tag'].sudo()
        for event in self.filtered(lambda e: not e.ccis_analytic_tag_id):
            event.ccis_analytic_tag_id = Tag.create(
                {'name': _('Event %s — %s') % (event.id, event.name)})

    @api.multi
    def action_ccis_checkin(self):
        """The tablet check-in screen: the registrations of the event as big cards."""
        self.ensure_one()
        action = self.env.ref('ccis_event.event_registration_checkin_action').read()[0]
        action['domain'] = [('event_id', '=', self.id), ('state', '!=', 'cancel')]
        action['context'] = {'default_event_id': self.id}
        return action

    # ------------------------------------------------------------------ satisfaction

    @api.multi
    def action_ccis_import_satisfaction(self):
        """Read the completed answers of the evaluation survey: each participant's score is
        the mean of the marks of their answers (choices marked 1 to 5)."""
        # the answers of the event's survey are read as superuser (survey managers only may
        # read them) for users who may modify the event and its registrations
        self.check_access_rights('write')
        self.check_access_rule('write')
        self.env['event.registration'].check_access_rights('write')
        for event in self:
            survey = event.ccis_satisfaction_survey_id
            if not survey:
                raise UserError(_('Event "%s": first choose the evaluation survey.') % event.name)
            inputs = self.env['survey.user_input'].sudo().search([
                ('survey_id', '=', survey.id), ('state', '=', 'done'),
                ('partner_id', '!=', False)])
            scores = {}
            for user_input in inputs:
                score = satisfaction.score_from_marks(
                    user_input.user_input_line_ids.mapped('quizz_mark'))
                if score is not None:
                    scores.setdefault(user_input.partner_id.id, []).append(score)
            updated = 0
            for registration in event.registration_ids:
                partner = registration.partner_id
                values = scores.get(partner.id)
                if values:
                    registration.ccis_satisfaction = satisfaction.mean(values)
                    updated += 1
            event.message_post(body=_('Evaluations imported: %s participants rated.')
                               % updated)
        return True

    @api.multi
    def action_ccis_send_satisfaction_survey(self):
        self.ensure_one()
        if not self.ccis_satisfaction_survey_id:
            raise UserError(_('Event "%s": first choose the evaluation survey.') % self.name)
        partners = self.registration_ids.filtered(
            lambda r: r.ccis_attendance == 'present' and r.partner_id).mapped('partner_id')
        return self.ccis_satisfaction_survey_id.with_context(
            default_partner_ids=partners.ids).action_send_survey()

    # ------------------------------------------------------------------ exports

    def _ccis_participant_rows(self):
        attendance = dict(self.env['event.registration']._fields['ccis_attendance']._description_selection(
            self.env))
        kinds = dict(self._fields['ccis_kind']._description_selection(self.env))
        rows = []
        for event in self:
            for registration in event.registration_ids.filtered(lambda r: r.state != 'cancel'):
                member = registration.ccis_member_id
                rows.append({
                    'event': event.name,
                    'kind': kinds.get(event.ccis_kind, ''),
                    'date': event.date_begin and event.date_begin[:10] or '',
                    'site': event.site_id.name or '',
                    'name': registration.name or registration.partner_id.name or '',
                    'function': registration.ccis_function or '',
                    'company': member.name or '',
                    'ice': member.ccis_ice or '',
                    'sector': member.ccis_sector_id.complete_name or '',
                    'email': registration.email or '',
                    'phone': registration.phone or '',
                    'attendance': attendance.get(registration.ccis_attendance, ''),
                    'hours': registration.ccis_hours,
                    'satisfaction': registration.ccis_satisfaction or '',
                })
        return rows

    @api.multi
    def action_ccis_export_participants_xlsx(self):
        return self.env.ref('ccis_event.ccis_event_participants_xlsx_report').report_action(
            self, config=False)

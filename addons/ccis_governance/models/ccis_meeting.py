import base64
from datetime import timedelta

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import html_escape

from ..tools import rules


class CcisMeeting(models.Model):
    """A meeting (séance) of an organ: convocation, agenda, attendance, quorum."""
    _name = 'ccis.meeting'
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _description = 'Organ Meeting'
    _order = 'date desc, id desc'

    name = fields.Char('Title', required=True, track_visibility='onchange')
    organ_id = fields.Many2one(
        'ccis.organ', 'Organ', required=True, index=True, ondelete='restrict',
        track_visibility='onchange', readonly=True, states={'draft': [('readonly', False)]})
    organ_kind = fields.Selection(related='organ_id.kind', store=True, readonly=True)
    kind = fields.Selection([
        ('ordinary', 'Ordinary'),
        ('extraordinary', 'Extraordinary'),
    ], 'Kind', required=True, default='ordinary', track_visibility='onchange')
    session = fields.Selection([
        ('first', 'First Ordinary Session (February-April)'),
        ('second', 'Second Ordinary Session (October)'),
        ('other', 'Other'),
    ], 'Session', help='General Assembly session (Law 38-12).')
    year = fields.Integer('Year', compute='_compute_year', store=True, index=True)
    date = fields.Datetime(
        'Date and Time', required=True, index=True, track_visibility='onchange',
        default=lambda self: fields.Datetime.now())
    duration = fields.Float('Duration (Hours)', default=2.0)
    date_end = fields.Datetime('End', compute='_compute_date_end', store=True)
    place = fields.Char('Place', track_visibility='onchange')
    state = fields.Selection([
        ('draft', 'Draft'),
        ('convened', 'Convened'),
        ('held', 'Held'),
        ('closed', 'Concluded'),
        ('cancelled', 'Cancelled'),
    ], 'State', default='draft', required=True, index=True, copy=False,
        track_visibility='onchange', group_expand='_group_expand_states')
    color = fields.Integer('Color')
    chair_id = fields.Many2one(
        'ccis.organ.member', 'Meeting Chair',
        domain="[('organ_id', '=', organ_id)]")
    secretary_id = fields.Many2one(
        'ccis.organ.member', 'Meeting Secretary',
        domain="[('organ_id', '=', organ_id)]")
    convocation_number = fields.Selection([
        ('first', 'First Convocation'),
        ('second', 'Second Convocation'),
    ], 'Convocation', default='first', required=True, readonly=True)
    previous_meeting_id = fields.Many2one(
        'ccis.meeting', 'First Convocation Meeting', readonly=True, copy=False,
        ondelete='set null')
    second_meeting_ids = fields.One2many(
        'ccis.meeting', 'previous_meeting_id', 'Second Convocation', readonly=True)
    no_quorum = fields.Boolean(
        'Postponed for Lack of Quorum', readonly=True, copy=False, track_visibility='onchange')
    convocation_date = fields.Datetime(
        'Convocation Sent On', readonly=True, copy=False, track_visibility='onchange')
    calendar_event_id = fields.Many2one(
        'calendar.event', 'Calendar Event', readonly=True, copy=False,
        ondelete='set null')
    item_ids = fields.One2many('ccis.meeting.item', 'meeting_id', 'Agenda', copy=True)
    attendee_ids = fields.One2many('ccis.meeting.attendee', 'meeting_id', 'Attendances')
    decision_ids = fields.One2many('ccis.decision', 'meeting_id', 'Decisions and Recommendations')
    minutes_ids = fields.One2many('ccis.minutes', 'meeting_id', 'Minutes')
    minutes_id = fields.Many2one('ccis.minutes', 'Minutes Record', compute='_compute_minutes_id')
    approved_minutes_ids = fields.One2many(
        'ccis.minutes', 'approval_meeting_id', 'Minutes Approved at This Meeting')
    note = fields.Html('Notes')
    # quorum (stored so that lists, kanban and reports show it)
    member_count = fields.Integer(
        'Convened Members', compute='_compute_quorum', store=True,
        help='Members with a deliberative vote.')
    present_count = fields.Integer('Attendees', compute='_compute_quorum', store=True)
    represented_count = fields.Integer('Represented', compute='_compute_quorum', store=True)
    excused_count = fields.Integer('Excused Absences', compute='_compute_quorum', store=True)
    absent_count = fields.Integer('Absentees', compute='_compute_quorum', store=True)
    quorum_required = fields.Integer('Required Quorum', compute='_compute_quorum', store=True)
    quorum_counted = fields.Integer('Members Counted', compute='_compute_quorum', store=True)
    quorum_reached = fields.Boolean('Quorum Reached', compute='_compute_quorum', store=True)
    decision_count = fields.Integer('Decisions', compute='_compute_decision_count')

    @api.model
    def _group_expand_states(self, states, domain, order):
        return [key for key, _label in self._fields['state'].selection]

    @api.depends('date')
    def _compute_year(self):
        for meeting in self:
            meeting.year = meeting.date and fields.Datetime.from_string(meeting.date).year

    @api.depends('date', 'duration')
    def _compute_date_end(self):
        for meeting in self:
            if meeting.date:
                start = fields.Datetime.from_string(meeting.date)
                meeting.date_end = fields.Datetime.to_string(
                    start + timedelta(hours=meeting.duration or 1.0))

    def _compute_minutes_id(self):
        for meeting in self:
            meeting.minutes_id = meeting.minutes_ids[:1]

    def _compute_decision_count(self):
        for meeting in self:
            meeting.decision_count = len(meeting.decision_ids)

    @api.depends('attendee_ids.attendance', 'attendee_ids.voting', 'convocation_number',
                 'organ_id.quorum_share', 'organ_id.quorum_strict',
                 'organ_id.quorum_count_proxies', 'organ_id.second_quorum_share')
    def _compute_quorum(self):
        for meeting in self:
            voters = meeting.attendee_ids.filtered('voting')
            counts = {'present': 0, 'proxy': 0, 'excused': 0, 'absent': 0}
            for attendee in voters:
                counts[attendee.attendance] += 1
            meeting.member_count = len(voters)
            meeting.present_count = counts['present']
            meeting.represented_count = counts['proxy']
            meeting.excused_count = counts['excused']
            meeting.absent_count = counts['absent']
            result = meeting._quorum_result(len(voters), counts['present'], counts['proxy'])
            meeting.quorum_required = result.required
            meeting.quorum_counted = result.counted
            meeting.quorum_reached = result.reached

    def _quorum_result(self, members, present, represented):
        """Apply the organ's rule (first or second convocation)."""
        organ = self.organ_id
        if self.convocation_number == 'second':
            share = organ.second_quorum_share
        else:
            share = organ.quorum_share
        return rules.compute_quorum(
            members, present, represented, share=share,
            count_proxies=organ.quorum_count_proxies, strict=organ.quorum_strict)

    @api.onchange('organ_id')
    def _onchange_organ_id(self):
        if self.organ_id:
            self.unit_id = self.organ_id.unit_id
            if not self.name:
                self.name = self._default_name(self.organ_id, self.kind, self.date)
            president = self.organ_id.get_president(self.date and self.date[:10])
            self.chair_id = president

    @api.model
    def _default_name(self, organ, kind, date):
        kinds = dict(self._fields['kind']._description_selection(self.env))
        day = fields.Date.from_string(date[:10]) if date else fields.Date.today()
        return _('%s — %s meeting of %s') % (
            organ.name, kinds.get(kind or 'ordinary', '').lower(), day.strftime('%d/%m/%Y'))

    @api.model
    def create(self, vals):
        organ = self.env['ccis.organ'].browse(vals.get('organ_id'))
        if organ and not vals.get('unit_id') and organ.unit_id:
            vals['unit_id'] = organ.unit_id.id
        if organ and not vals.get('name'):
            vals['name'] = self._default_name(organ, vals.get('kind'), vals.get('date'))
        return super(CcisMeeting, self).create(vals)

    @api.multi
    def write(self, vals):
        res = super(CcisMeeting, self).write(vals)
        if {'date', 'duration', 'place', 'name'} & set(vals):
            self._sync_calendar_event()
        return res

    @api.multi
    def unlink(self):
        for meeting in self:
            if meeting.state not in ('draft', 'cancelled'):
                raise UserError(_(
                    'Meeting "%s": only a draft or cancelled meeting can be deleted.') % meeting.name)
        return super(CcisMeeting, self).unlink()

    # ------------------------------------------------------------------ actions
    @api.multi
    def action_load_members(self):
        """(Re)create the attendance sheet from the organ's members at the meeting date."""
        Attendee = self.env['ccis.meeting.attendee']
        for meeting in self:
            if meeting.state not in ('draft', 'convened'):
                raise UserError(_(
                    'Meeting "%s": the member list can only be loaded before the meeting is held.') % meeting.name)
            known = meeting.attendee_ids.mapped('member_id')
            members = meeting.organ_id.get_members_at(meeting.date[:10]) - known
            for member in members:
                Attendee.create({'meeting_id': meeting.id, 'member_id': member.id})
        return True

    @api.multi
    def action_convene(self):
        """Convene: check the agenda, create the calendar event, e-mail the convocation."""
        for meeting in self:
            if meeting.state != 'draft':
                raise UserError(_(
                    'Meeting "%s": only a draft meeting can be convened.')
                    % meeting.name)
            if not meeting.item_ids:
                raise UserError(_(
                    'Meeting "%s": the agenda is empty; add at least one item before convening.') % meeting.name)
            if not meeting.attendee_ids:
                meeting.action_load_members()
            if not meeting.attendee_ids:
                raise UserError(_(
                    'Meeting "%s": organ "%s" has no member '
                    'in office on the meeting date.') % (meeting.name, meeting.organ_id.name))
            meeting.state = 'convened'
            meeting._sync_calendar_event()
            meeting._send_convocation()
        return True

    @api.multi
    def action_send_convocation(self):
        """Send the convocation to members who have not received it yet."""
        for meeting in self:
            if meeting.state != 'convened':
                raise UserError(_(
                    'Meeting "%s": the convocation can only be sent for a convened meeting.') % meeting.name)
            meeting._send_convocation()
        return True

    def _render_agenda_attachment(self):
        """Render the agenda PDF once and store it as an attachment of the meeting."""
        self.ensure_one()
        report = self.env.ref('ccis_governance.action_report_ccis_meeting_agenda')
        content, _format = report.render_qweb_pdf(self.ids)
        if isinstance(content, str):
            content = content.encode('utf-8')
        filename = _('Agenda - %s.pdf') % self.name.replace('/', '-')
        return self.env['ir.attachment'].create({
            'name': filename,
            'datas_fname': filename,
            'datas': base64.b64encode(content),
            'res_model': self._name,
            'res_id': self.id,
            'mimetype': 'application/pdf',
        })

    def _send_convocation(self):
        """One e-mail per member not yet convened, each with the agenda PDF."""
        self.ensure_one()
        attendees = self.attendee_ids.filtered(lambda a: not a.convocation_sent)
        if not attendees:
            return self.env['mail.mail']
        template = self.env.ref('ccis_governance.mail_template_ccis_meeting_convocation')
        attachment = self._render_agenda_attachment()
        mails = self.env['mail.mail']
        now = fields.Datetime.now()
        without_email = attendees.filtered(lambda a: not a.partner_id.email)
        for attendee in attendees - without_email:
            mail_id = template.send_mail(
                attendee.id, email_values={'attachment_ids': [attachment.id]})
            mails |= self.env['mail.mail'].browse(mail_id)
        (attendees - without_email).write({
            'convocation_sent': True, 'convocation_sent_date': now})
        self.convocation_date = now
        body = _('Convocation sent to %d member(s) with the agenda.') % len(mails)
        if without_email:
            body += ' ' + _('No email address (to be convened by post): %s.') % \
                html_escape(', '.join(without_email.mapped('partner_id.name')))
        self.message_post(body=body, attachment_ids=[attachment.id])
        return mails

    def _sync_calendar_event(self):
        """Create or update the calendar event of convened meetings (no invitation mail:
        the convocation is the invitation)."""
        # the calendar event mirrors the meeting the user has just changed (rights checked
        # by the ORM on the meeting); attendees' calendars are not the user's to edit
        Event = self.env['calendar.event'].sudo().with_context(no_mail_to_attendees=True)
        for meeting in self:
            if meeting.state in ('draft', 'cancelled') and not meeting.calendar_event_id:
                continue
            vals = {
                'name': meeting.name,
                'start': meeting.date,
                'stop': meeting.date_end,
                'duration': meeting.duration or 1.0,
                'allday': False,
                'location': meeting.place or '',
                'partner_ids': [(6, 0, meeting.attendee_ids.mapped('partner_id').ids)],
                'res_model_id': self.env['ir.model']._get(self._name).id,
                'res_id': meeting.id,
            }
            if meeting.calendar_event_id:
                Event.browse(meeting.calendar_event_id.id).write(vals)
            else:
                meeting.calendar_event_id = Event.create(vals)

    @api.multi
    def action_hold(self):
        for meeting in self:
            if meeting.state != 'convened':
                raise UserError(_(
                    'Meeting "%s": only a convened meeting can be declared held.')
                    % meeting.name)
            if not meeting.quorum_reached:
                raise UserError(_(
                    'Meeting "%s": the quorum is not reached (%d member(s) counted for %d required). Record '
                    'the attendance or create a second convocation.') % (meeting.name, meeting.quorum_counted,
                                                                         meeting.quorum_required))
            meeting.state = 'held'
        return True

    @api.multi
    def action_close(self):
        for meeting in self:
            if meeting.state != 'held':
                raise UserError(_(
                    'Meeting "%s": only a held meeting can be closed.')
                    % meeting.name)
            meeting.decision_ids.filtered(lambda d: d.state == 'draft').action_open()
            meeting.state = 'closed'
        return True

    @api.multi
    def action_cancel(self):
        for meeting in self:
            if meeting.state in ('held', 'closed'):
                raise UserError(_(
                    'Meeting "%s": a held meeting can no longer be cancelled.')
                    % meeting.name)
            meeting.state = 'cancelled'
            if meeting.calendar_event_id:
                meeting.calendar_event_id.sudo().with_context(
                    no_mail_to_attendees=True).unlink()
        return True

    @api.multi
    def action_draft(self):
        for meeting in self:
            if meeting.state != 'cancelled':
                raise UserError(_(
                    'Meeting "%s": only a cancelled meeting can be reset to draft.')
                    % meeting.name)
            meeting.write({'state': 'draft', 'no_quorum': False})
        return True

    @api.multi
    def action_second_convocation(self):
        """Without quorum: postpone to a second convocation with the organ's quorum for it."""
        self.ensure_one()
        if self.state != 'convened' or self.quorum_reached:
            raise UserError(_(
                'Meeting "%s": a second convocation is only possible for a convened meeting whose quorum is '
                'not reached.') % self.name)
        if self.convocation_number == 'second':
            raise UserError(_(
                'Meeting "%s": this meeting is already a second convocation.') % self.name)
        start = fields.Datetime.from_string(self.date) + timedelta(
            days=self.organ_id.second_convocation_delay)
        second = self.copy({
            'name': _('%s (second convocation)') % self.name,
            'date': fields.Datetime.to_string(start),
            'convocation_number': 'second',
            'previous_meeting_id': self.id,
        })
        for attendee in self.attendee_ids:
            attendee.copy({'meeting_id': second.id, 'attendance': 'absent',
                           'proxy_holder_id': False})
        self.write({'state': 'cancelled', 'no_quorum': True})
        if self.calendar_event_id:
            self.calendar_event_id.sudo().with_context(no_mail_to_attendees=True).unlink()
        self.message_post(body=_(
            'Quorum not reached (%d/%d): meeting postponed to a second convocation on %s.')
            % (self.quorum_counted, self.quorum_required, start.strftime('%d/%m/%Y')))
        return {
            'type': 'ir.actions.act_window',
            'res_model': self._name,
            'res_id': second.id,
            'view_mode': 'form',
            'target': 'current',
        }

    @api.multi
    def action_generate_minutes(self):
        """Create (or regenerate while draft) the PV from the meeting."""
        self.ensure_one()
        if self.state not in ('held', 'closed'):
            raise UserError(_(
                'Meeting "%s": the minutes can only be drafted for a held meeting.')
                % self.name)
        minutes = self.minutes_ids[:1]
        if not minutes:
            minutes = self.env['ccis.minutes'].create({'meeting_id': self.id})
        minutes.action_generate_body()
        return {
            'type': 'ir.actions.act_window',
            'res_model': 'ccis.minutes',
            'res_id': minutes.id,
            'view_mode': 'form',
            'target': 'current',
        }

    @api.multi
    def action_view_decisions(self):
        self.ensure_one()
        action = self.env.ref('ccis_governance.ccis_decision_action').read()[0]
        action['domain'] = [('meeting_id', '=', self.id)]
        action['context'] = {'default_meeting_id': self.id,
                             'default_organ_id': self.organ_id.id}
        return action

    @api.constrains('previous_meeting_id', 'organ_id')
    def _check_previous_meeting(self):
        for meeting in self:
            previous = meeting.previous_meeting_id
            if previous and previous.organ_id != meeting.organ_id:
                raise ValidationError(_(
                    'Meeting "%s": the first convocation meeting must be of the same organ.') % meeting.name)

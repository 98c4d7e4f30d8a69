import datetime

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import b2b_scheduler


class EventEvent(models.Model):
    _inherit = 'event.event'

    ccis_b2b_start = fields.Datetime(string='Meetings Start')
    ccis_b2b_slot_minutes = fields.Integer(string='Slot Duration (min)', default=20)
    ccis_b2b_break_minutes = fields.Integer(string='Break Between Slots (min)', default=5)
    ccis_b2b_slot_count = fields.Integer(string='Number of Slots', default=12)
    ccis_b2b_table_count = fields.Integer(string='Number of Tables', default=10)
    ccis_b2b_max_meetings = fields.Integer(
        string='Max. Meetings per Company', default=0,
        help='0: no limit other than the number of slots.')
    ccis_wish_ids = fields.One2many('ccis.b2b.wish', 'event_id', string='Offers and Wishes')
    ccis_meeting_ids = fields.One2many('ccis.b2b.meeting', 'event_id', string='Meetings')
    ccis_meeting_count = fields.Integer(
        string='Number of Meetings', compute='_compute_ccis_meeting_count')

    def _compute_ccis_meeting_count(self):
        Meeting = self.env['ccis.b2b.meeting']
        meetings = {g['event_id'][0]: g['event_id_count'] for g in Meeting.read_group(
            [('event_id', 'in', self.ids)], ['event_id'], ['event_id'])}
        for event in self:
            event.ccis_meeting_count = meetings.get(event.id, 0)

    @api.constrains('ccis_b2b_slot_minutes', 'ccis_b2b_slot_count', 'ccis_b2b_table_count',
                    'ccis_b2b_break_minutes', 'ccis_b2b_max_meetings')
    def _check_ccis_b2b(self):
        for event in self:
            if min(event.ccis_b2b_slot_count, event.ccis_b2b_table_count,
                   event.ccis_b2b_break_minutes, event.ccis_b2b_max_meetings) < 0 \
                    or event.ccis_b2b_slot_minutes <= 0:
                raise ValidationError(_(
                    'Event "%s": the slot duration must be positive; the numbers of slots and tables and the '
                    'break cannot be negative.')
                    % event.name)

    # ------------------------------------------------------------------ B2B schedule

    def _ccis_slot_bounds(self, slot):
        self.ensure_one()
        start = fields.Datetime.from_string(self.ccis_b2b_start or self.date_begin)
        step = datetime.timedelta(
            minutes=self.ccis_b2b_slot_minutes + self.ccis_b2b_break_minutes)
        begin = start + step * slot
        end = begin + datetime.timedelta(minutes=self.ccis_b2b_slot_minutes)
        return fields.Datetime.to_string(begin), fields.Datetime.to_string(end)

    @api.multi
    def action_ccis_generate_b2b_schedule(self):
        """Replace the planned meetings by a new schedule built from the stated wishes;
        meetings already held or with an outcome are kept and their slots stay taken."""
        Meeting = self.env['ccis.b2b.meeting']
        for event in self:
            if event.ccis_kind != 'b2b':
                raise UserError(_('Event "%s": the meeting schedule only '
                                  'applies to B2B matchmaking events.') % event.name)
            if not event.ccis_b2b_slot_count or not event.ccis_b2b_table_count:
                raise UserError(_('Event "%s": specify the number of slots and tables before generating the '
                                  'schedule.') % event.name)
            registrations = event.registration_ids.filtered(
                lambda r: r.state != 'cancel' and r.ccis_attendance != 'absent')
            kept = event.ccis_meeting_ids.filtered(lambda m: m.state != 'planned')
            (event.ccis_meeting_ids - kept).unlink()
            wishes = [{
                'company': wish.registration_id.id,
                'kind': wish.kind,
                'sector': wish.sector_id.id or None,
                'target': wish.target_registration_id.id or None,
                'priority': int(wish.priority or 1),
            } for wish in event.ccis_wish_ids
                if wish.registration_id in registrations
                and (not wish.target_registration_id
                     or wish.target_registration_id in registrations)]
            requests = b2b_scheduler.match_wishes(wishes)
            met = {frozenset((m.registration_a_id.id, m.registration_b_id.id)) for m in kept}
            requests = [r for r in requests if frozenset(r[:2]) not in met]
            # slots already taken by kept meetings: the company is unavailable there; the
            # tables of those slots are reserved by shifting table numbers
            unavailable = {}
            for meeting in kept:
                for registration in (meeting.registration_a_id, meeting.registration_b_id):
                    unavailable.setdefault(registration.id, set()).add(meeting.slot)
            meetings, unscheduled = b2b_scheduler.schedule(
                requests, event.ccis_b2b_slot_count, event.ccis_b2b_table_count,
                unavailable=unavailable, max_per_company=event.ccis_b2b_max_meetings or None)
            taken = {(m.slot, m.table) for m in kept}
            values = []
            for meeting in meetings:
                table = meeting.table
                if (meeting.slot, table) in taken:
                    free = [t for t in range(event.ccis_b2b_table_count)
                            if (meeting.slot, t) not in taken]
                    if not free:
                        continue
                    table = free[0]
                taken.add((meeting.slot, table))
                start, end = event._ccis_slot_bounds(meeting.slot)
                values.append({
                    'event_id': event.id,
                    'slot': meeting.slot,
                    'table': table + 1,
                    'slot_start': start,
                    'slot_end': end,
                    'registration_a_id': meeting.company_a,
                    'registration_b_id': meeting.company_b,
                    'priority': meeting.priority,
                })
            for vals in values:
                Meeting.create(vals)
            event.message_post(body=_(
                'B2B schedule generated: %s meetings '
                'scheduled, %s requests not satisfied.') % (len(values), len(unscheduled)))
        return True

    @api.multi
    def action_ccis_print_agendas(self):
        """Every participant's agenda of the B2B meeting, in one PDF."""
        self.ensure_one()
        meetings = self.ccis_meeting_ids.filtered(lambda m: m.state != 'cancelled')
        registrations = (meetings.mapped('registration_a_id')
                         | meetings.mapped('registration_b_id')).sorted('name')
        if not registrations:
            raise UserError(_('Event "%s": no meeting scheduled, generate the B2B schedule first.') % self.name)
        return self.env.ref('ccis_b2b.ccis_event_b2b_agenda_report').report_action(
            registrations)

    @api.multi
    def action_ccis_view_meetings(self):
        self.ensure_one()
        action = self.env.ref('ccis_b2b.ccis_b2b_meeting_action').read()[0]
        action['domain'] = [('event_id', '=', self.id)]
        action['context'] = {'default_event_id': self.id, 'search_default_group_slot': 1}
        return action

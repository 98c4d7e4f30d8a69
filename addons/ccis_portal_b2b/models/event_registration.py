import pytz

from odoo import _, api, fields, models


class EventRegistration(models.Model):
    _inherit = 'event.registration'

    # ------------------------------------------------------------------
    # B2B meetings: the member's wishes and schedule
    # ------------------------------------------------------------------
    @api.multi
    def _ccis_portal_b2b_closed(self):
        """Why the wishes of this registration (of the user's company) can no longer change
        online, or False while they can: a B2B event not begun, whose meetings the staff
        have not planned yet (the matchmaking uses the wishes as they are then)."""
        self.ensure_one()
        event = self.event_id
        if self.state == 'cancel':
            return _('Your registration for "%s" is cancelled.') % event.name
        if event.state not in ('draft', 'confirm') or \
                event.date_begin <= fields.Datetime.now():
            return _('Event "%s" has started or is over: meeting wishes can no longer be changed.') % event.name
        if self.env['ccis.b2b.meeting'].sudo().search_count(
                [('event_id', '=', event.id), ('state', '!=', 'cancelled')]):
            return _('The meeting schedule for "%s" has been drawn up: wishes can no longer be changed '
                     'online; for any change, contact the chamber.') \
                % event.name
        return False

    @api.multi
    def _ccis_portal_b2b_companies(self):
        """The participants of this registration's B2B event as the member sees them:
        ``({registration id: company name}, [(registration id, company name)])``, all the
        registrations, then those a wish may name (the other companies still registered,
        one registration each, by name). Read as superuser: the member reads the other
        companies' names, nothing else of their registrations."""
        self.ensure_one()
        mine = self.sudo().ccis_member_id
        names, targets, seen = {}, [], set()
        for registration in self.sudo().event_id.registration_ids:
            company = registration.ccis_member_id or \
                registration.partner_id.commercial_partner_id
            names[registration.id] = company.name or registration.name
            if registration.state == 'cancel' or (company and company == mine) or \
                    (company and company.id in seen):
                continue
            if company:
                seen.add(company.id)
            targets.append((registration.id, names[registration.id]))
        return names, sorted(targets, key=lambda target: (target[1] or '').lower())

    @api.multi
    def _ccis_portal_b2b_schedule(self):
        """The meetings of this registration (read with the user's rights: the portal's rule
        gives those of its company), not cancelled, in time order, as the member's schedule:
        dicts with the day and times in the event's time zone, the table, the company met and
        the state."""
        self.ensure_one()
        meetings = self.env['ccis.b2b.meeting'].search(
            [('state', '!=', 'cancelled'), '|', ('registration_a_id', '=', self.id),
             ('registration_b_id', '=', self.id)], order='slot, table')
        names = self._ccis_portal_b2b_companies()[0]
        event = self.event_id
        tz = pytz.timezone(event.date_tz or 'UTC')
        lang = self.env['res.lang']._lang_get(self.env.lang or 'fr_FR')
        states = dict(meetings._fields['state']._description_selection(self.env))
        schedule = []
        for meeting in meetings:
            other = meeting.registration_b_id if meeting.registration_a_id == self \
                else meeting.registration_a_id
            start = end = day = ''
            if meeting.slot_start:
                begin = pytz.utc.localize(fields.Datetime.from_string(meeting.slot_start))
                day = begin.astimezone(tz).strftime(lang.date_format or '%d/%m/%Y')
                start = begin.astimezone(tz).strftime('%H:%M')
            if meeting.slot_end:
                finish = pytz.utc.localize(fields.Datetime.from_string(meeting.slot_end))
                end = finish.astimezone(tz).strftime('%H:%M')
            schedule.append({
                'id': meeting.id, 'day': day, 'start': start, 'end': end,
                'slot': meeting.slot + 1, 'table': meeting.table,
                'company': names.get(other.id, ''), 'state': states.get(meeting.state),
            })
        return schedule

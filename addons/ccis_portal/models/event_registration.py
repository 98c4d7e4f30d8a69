import pytz

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError


class EventRegistration(models.Model):
    _inherit = 'event.registration'

    @api.model
    def _ccis_portal_member(self):
        member = self.env.user.commercial_partner_id
        if not member.ccis_is_member:
            raise AccessError(_("Votre compte n'est rattaché à aucun ressortissant."))
        return member

    @api.model
    def _ccis_portal_events(self):
        """The events and trainings open to registration: confirmed, not begun."""
        return self.env['event.event'].search([
            ('state', '=', 'confirm'), ('date_begin', '>', fields.Datetime.now())],
            order='date_begin', limit=50)

    @api.model
    def _ccis_portal_register(self, event_id, contact_id):
        """Register a contact of the current (portal) user's company to an open event;
        checked with the user's own rights first, created as superuser (a portal user has
        no right to create registrations directly)."""
        member = self._ccis_portal_member()
        event = self._ccis_portal_events().filtered(lambda e: e.id == event_id)
        if not event:
            raise UserError(_("Cet événement n'est pas ouvert aux inscriptions."))
        contact = self.env['res.partner'].search([('id', '=', contact_id)], limit=1)
        if not contact or contact.commercial_partner_id != member:
            raise UserError(_("Choisissez un contact de votre entreprise."))
        if self.sudo().search_count([('event_id', '=', event.id),
                                     ('partner_id', '=', contact.id),
                                     ('state', '!=', 'cancel')]):
            raise UserError(_("« %s » est déjà inscrit à « %s ».") % (contact.name, event.name))
        if event.seats_availability == 'limited' and event.seats_available <= 0:
            raise UserError(_("L'événement « %s » est complet.") % event.name)
        registration = self.sudo().create({
            'event_id': event.id, 'partner_id': contact.id, 'ccis_member_id': member.id,
            'name': contact.name, 'email': contact.email, 'phone': contact.phone,
            'ccis_function': contact.function,
        })
        registration.sudo(self.env.user).check_access_rule('read')
        return registration.sudo(self.env.user)

    @api.multi
    def _ccis_portal_cancel(self):
        """Cancel registrations of the user's company, before the event begins."""
        member = self._ccis_portal_member()
        self.check_access_rule('read')
        now = fields.Datetime.now()
        for registration in self:
            if registration.ccis_member_id != member:
                raise AccessError(_("Cette inscription n'est pas celle de votre entreprise."))
            if registration.state not in ('draft', 'open') or \
                    registration.event_id.date_begin <= now:
                raise UserError(
                    _("L'inscription de « %s » à « %s » ne peut plus être annulée.")
                    % (registration.name, registration.event_id.name))
        self.sudo().button_reg_cancel()
        return True

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
            return _("Votre inscription à « %s » est annulée.") % event.name
        if event.state not in ('draft', 'confirm') or \
                event.date_begin <= fields.Datetime.now():
            return _("La rencontre « %s » a commencé ou est terminée : les souhaits de "
                     "rendez-vous ne se modifient plus.") % event.name
        if self.env['ccis.b2b.meeting'].sudo().search_count(
                [('event_id', '=', event.id), ('state', '!=', 'cancelled')]):
            return _("Le planning des rendez-vous de « %s » est établi : les souhaits ne se "
                     "modifient plus en ligne ; pour un changement, contactez la chambre.") \
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

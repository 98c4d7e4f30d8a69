from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError


class EventRegistration(models.Model):
    _inherit = 'event.registration'

    @api.model
    def _ccis_portal_member(self):
        member = self.env.user.commercial_partner_id
        if not member.ccis_is_member:
            raise AccessError(_('Your account is not linked to any member.'))
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
            raise UserError(_('This event is not open for registration.'))
        contact = self.env['res.partner'].search([('id', '=', contact_id)], limit=1)
        if not contact or contact.commercial_partner_id != member:
            raise UserError(_('Choose a contact from your company.'))
        if self.sudo().search_count([('event_id', '=', event.id),
                                     ('partner_id', '=', contact.id),
                                     ('state', '!=', 'cancel')]):
            raise UserError(_('"%s" is already registered for "%s".') % (contact.name, event.name))
        if event.seats_availability == 'limited' and event.seats_available <= 0:
            raise UserError(_('Event "%s" is full.') % event.name)
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
                raise AccessError(_('This registration does not belong to your company.'))
            if registration.state not in ('draft', 'open') or \
                    registration.event_id.date_begin <= now:
                raise UserError(
                    _('The registration of "%s" to "%s" can no longer be cancelled.')
                    % (registration.name, registration.event_id.name))
        self.sudo().button_reg_cancel()
        return True

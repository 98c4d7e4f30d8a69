from odoo import _, api, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.ccis_portal.tools.numbers import parse_integer

MAX_DESCRIPTION = 200


class CcisB2bWish(models.Model):
    _inherit = 'ccis.b2b.wish'

    @api.model
    def _ccis_portal_add(self, registration, values):
        """A meeting wish of ``registration`` (a registration of the current (portal) user's
        company to a B2B event, read with the user's rights), from the posted ``values``
        (``target_registration_id``, ``sector_id``, ``kind``, ``priority``,
        ``description``): everything checked first (French messages naming the field), then
        created as superuser (the portal creates no wish directly) and read back with the
        user's rights."""
        member = registration._ccis_portal_member()
        registration.check_access_rule('read')
        if registration.ccis_member_id != member or registration.event_id.ccis_kind != 'b2b':
            raise AccessError(_("This registration is not your company's registration for a B2B meeting."))
        closed = registration._ccis_portal_b2b_closed()
        if closed:
            raise UserError(closed)
        errors = []
        fields_ = self._fields
        kind = values.get('kind') or 'seek'
        if kind not in dict(fields_['kind'].selection):
            errors.append(_('Choose the type of wish ("%s" field).')
                          % fields_['kind'].get_description(self.env)['string'])
        priority = values.get('priority') or '1'
        if priority not in dict(fields_['priority'].selection):
            errors.append(_('Choose the priority ("%s" field).')
                          % fields_['priority'].get_description(self.env)['string'])
        names, targets = registration._ccis_portal_b2b_companies()
        target_id = parse_integer(values.get('target_registration_id')) or 0
        if target_id and target_id not in dict(targets):
            errors.append(_('Choose another company taking part in "%s" ("%s" field).') % (
                registration.event_id.name,
                fields_['target_registration_id'].get_description(self.env)['string']))
            target_id = 0
        sector = self.env['ccis.member.sector'].search(
            [('id', '=', parse_integer(values.get('sector_id')) or 0)], limit=1)
        if not target_id and not sector and not errors:
            errors.append(_('Enter the company you wish to meet ("%s" field) or a sector ("%s" field).')
                          % (fields_['target_registration_id'].get_description(self.env)['string'],
                             fields_['sector_id'].get_description(self.env)['string']))
        if target_id and self.search_count([('registration_id', '=', registration.id),
                                            ('target_registration_id', '=', target_id)]):
            errors.append(_('You have already asked to meet "%s".') % names[target_id])
        description = (values.get('description') or '').strip()
        if len(description) > MAX_DESCRIPTION:
            errors.append(_('Field "%s": %d characters at most.')
                          % (fields_['description'].get_description(self.env)['string'], MAX_DESCRIPTION))
        if errors:
            raise ValidationError('\n'.join(errors))
        wish = self.sudo().create({
            'registration_id': registration.id,
            'kind': kind,
            'priority': priority,
            'target_registration_id': target_id or False,
            'sector_id': sector.id or False,
            'description': description or False,
        })
        wish.sudo(self.env.user).check_access_rule('read')
        return wish.sudo(self.env.user)

    @api.multi
    def _ccis_portal_withdraw(self):
        """Withdraw wishes of the user's company while its event's meetings are not
        planned (deleted as superuser once checked with the user's rights)."""
        member = self.env['event.registration']._ccis_portal_member()
        self.check_access_rule('read')
        for wish in self:
            if wish.member_id != member:
                raise AccessError(_('This wish does not belong to your company.'))
            closed = wish.registration_id._ccis_portal_b2b_closed()
            if closed:
                raise UserError(closed)
        self.sudo().unlink()
        return True

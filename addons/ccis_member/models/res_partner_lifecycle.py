"""The member's lifecycle: prospect -> active -> dormant -> struck off, changed with a
reason kept in the history and the chatter; last activity and the proposed dormancy."""
from odoo import _, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import html_escape

from ..tools import lifecycle
from .ccis_member_status_history import STATES

PARAM_DORMANCY_MONTHS = 'ccis_member.dormancy_months'
DEFAULT_DORMANCY_MONTHS = 24


class ResPartner(models.Model):
    _inherit = 'res.partner'

    ccis_state = fields.Selection(
        STATES, string='Standing', index=True, copy=False,
        track_visibility='onchange')
    ccis_state_date = fields.Date(string='Status Since', readonly=True, copy=False)
    ccis_status_history_ids = fields.One2many(
        'ccis.member.status.history', 'partner_id', string='Status History',
        readonly=True)
    ccis_last_activity_date = fields.Date(
        string='Last Activity', index=True, copy=False,
        help='Last exchange recorded with the member (status change, document, message, participation...).')
    ccis_dormancy_proposed = fields.Boolean(
        string='Proposed Dormancy', index=True, readonly=True, copy=False)
    ccis_dormancy_proposed_date = fields.Date(
        string='Proposed On', readonly=True, copy=False)

    @api.model
    def _ccis_lifecycle_defaults(self, vals, today):
        """Complete the values of a new member (in place): prospect since its registration,
        registered and last active today unless said otherwise."""
        vals['ccis_state'] = vals.get('ccis_state') or 'prospect'
        vals['ccis_registration_date'] = vals.get('ccis_registration_date') or today
        vals['ccis_state_date'] = vals.get('ccis_state_date') or vals['ccis_registration_date']
        vals['ccis_last_activity_date'] = vals.get('ccis_last_activity_date') or \
            vals['ccis_registration_date']
        return vals

    @api.model
    def create(self, vals):
        # a member flag may come from the context (menus, Odoo's import) as well as from vals
        if vals.get('ccis_is_member', self.env.context.get('default_ccis_is_member')):
            self._ccis_lifecycle_defaults(vals, fields.Date.context_today(self))
        partner = super().create(vals)
        if partner.ccis_is_member and not self.env.context.get('ccis_no_history'):
            # the history is read-only for users: written as superuser once the ORM has
            # checked the user's right to create this member (rights and rules)
            self.env['ccis.member.status.history'].sudo().create({
                'partner_id': partner.id,
                'date': partner.ccis_state_date,
                'new_state': partner.ccis_state,
                'reason': self.env.context.get('ccis_history_reason')
                or _('Member registration'),
            })
        return partner

    @api.multi
    def write(self, vals):
        if 'ccis_state' in vals and not self.env.context.get('ccis_state_change'):
            if any(p.ccis_is_member and p.ccis_state != vals['ccis_state'] for p in self):
                raise UserError(_(
                    "A member's status is changed with the form buttons (Activate, Set to Dormant, Strike "
                    'Off, Reactivate) so that the reason is recorded.'))
        return super().write(vals)

    @api.multi
    def message_post(self, **kwargs):
        message = super().message_post(**kwargs)
        if kwargs.get('message_type', 'notification') == 'comment' and \
                not self.env.context.get('ccis_no_touch'):
            self.filtered('ccis_is_member')._ccis_touch_activity()
        return message

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------
    def _ccis_state_wizard(self, new_state):
        self.ensure_one()
        return {
            'type': 'ir.actions.act_window',
            'name': _('Status Change'),
            'res_model': 'ccis.member.state.wizard',
            'view_mode': 'form',
            'target': 'new',
            'context': {'default_partner_ids': [(6, 0, self.ids)],
                        'default_new_state': new_state},
        }

    @api.multi
    def action_ccis_activate(self):
        return self._ccis_state_wizard('active')

    @api.multi
    def action_ccis_set_dormant(self):
        return self._ccis_state_wizard('dormant')

    @api.multi
    def action_ccis_strike_off(self):
        return self._ccis_state_wizard('struck_off')

    @api.multi
    def action_ccis_reactivate(self):
        return self._ccis_state_wizard('active')

    @api.multi
    def action_ccis_dismiss_dormancy(self):
        """The member is still active: withdraw the dormancy proposal."""
        self.write({'ccis_dormancy_proposed': False, 'ccis_dormancy_proposed_date': False,
                    'ccis_last_activity_date': fields.Date.context_today(self)})
        for partner in self:
            partner.with_context(ccis_no_touch=True).message_post(
                body=_('Dormancy proposal dismissed.'), subtype='mail.mt_note')
        return True

    # ------------------------------------------------------------------
    # business methods
    # ------------------------------------------------------------------
    @api.multi
    def _ccis_touch_activity(self, date=None):
        """Record that something happened with these members today (other addons call it
        for events, requests, services...)."""
        # what happened is recorded by users who may not edit the member (an event of
        # another unit, a request): as superuser, but only on the members they may read
        refused = self._ccis_refused_ids(self.ids, 'read')
        date = date or fields.Date.context_today(self)
        # a member already touched that day is not written again: no update of its row
        # for every request of the day, which would make two agents' transactions on the
        # same member wait for each other and the second one start over
        members = self.browse([pid for pid in self.ids if pid not in refused]).sudo().filtered(
            lambda member: member.ccis_is_member and (
                member.ccis_last_activity_date != date or member.ccis_dormancy_proposed
                or member.ccis_dormancy_proposed_date))
        if members:
            members.write({
                'ccis_last_activity_date': date,
                'ccis_dormancy_proposed': False,
                'ccis_dormancy_proposed_date': False,
            })

    @api.multi
    def _ccis_responsible_user(self):
        """Who gets the member's follow-up activities."""
        self.ensure_one()
        return (self.user_id or self.ccis_site_id.director_id.user_id
                or self.env.user)

    @api.multi
    def _ccis_set_state(self, new_state, reason, date=None):
        """Change the status of members, with the reason in the history and the chatter."""
        if not reason or not reason.strip():
            raise UserError(_('Enter the reason for the status change.'))
        labels = dict(self._fields['ccis_state']._description_selection(self.env))
        date = date or fields.Date.context_today(self)
        History = self.env['ccis.member.status.history']
        for partner in self:
            if not partner.ccis_is_member:
                raise UserError(_('"%s" is not a member.') % partner.name)
            old = partner.ccis_state
            if not lifecycle.can_transition(old, new_state):
                raise UserError(_(
                    'Member "%s": changing from status "%s" '
                    'to status "%s" is not possible.') % (partner.name, labels.get(old, old), labels[new_state]))
            partner.with_context(ccis_state_change=True).write({
                'ccis_state': new_state,
                'ccis_state_date': date,
                'ccis_dormancy_proposed': False,
                'ccis_dormancy_proposed_date': False,
                'ccis_last_activity_date': fields.Date.context_today(self),
            })
            # read-only for users: written once the user's write above passed the rules
            History.sudo().create({
                'partner_id': partner.id, 'date': date, 'old_state': old,
                'new_state': new_state, 'reason': reason, 'user_id': self.env.uid,
            })
            partner.with_context(ccis_no_touch=True).message_post(
                body=_('Status: %s → %s. Reason: %s') % (
                    labels.get(old, old), labels[new_state], html_escape(reason)),
                subtype='mail.mt_note')
        return True

    @api.model
    def _ccis_dormancy_months(self):
        # a setting every user's actions depend on (ir.config_parameter is admin-only)
        value = self.env['ir.config_parameter'].sudo().get_param(
            PARAM_DORMANCY_MONTHS, DEFAULT_DORMANCY_MONTHS)
        try:
            return int(value)
        except (TypeError, ValueError):
            return DEFAULT_DORMANCY_MONTHS

    @api.model
    def _cron_propose_dormancy(self, batch=1000, commit=False):
        """Flag active members without activity over the configured period and give their
        responsible an activity. The status itself is never changed here. By ``batch``
        members at a time, each batch committed when ``commit`` (the scheduled action): the
        first run on an imported registry may flag hundreds of thousands of members, which
        neither fit in memory at once nor in one request's time, and a run stopped halfway
        keeps what it has done."""
        today = fields.Date.from_string(fields.Date.context_today(self))
        threshold = fields.Date.to_string(
            lifecycle.dormancy_threshold(today, self._ccis_dormancy_months()))
        domain = [
            ('ccis_is_member', '=', True), ('ccis_state', '=', 'active'),
            ('ccis_dormancy_proposed', '=', False),
            ('ccis_last_activity_date', '<', threshold)]
        summary = _('Proposed Dormancy')
        note = _('No activity recorded since %s: check the situation of member "%s", then set '
                 'it to dormant or dismiss the proposal.')
        proposed = []
        while True:
            # the members flagged are out of the domain: the next batch is the next members
            members = self.search(domain, limit=batch, order='id')
            if not members:
                break
            members.write({'ccis_dormancy_proposed': True,
                           'ccis_dormancy_proposed_date': fields.Date.to_string(today)})
            self.env['mail.activity']._ccis_schedule_todos(
                members, lambda partner: summary,
                note=lambda partner: note % (partner.ccis_last_activity_date, partner.name),
                user=lambda partner: partner._ccis_responsible_user(),
                deadline=lambda partner: fields.Date.to_string(today))
            proposed += members.ids
            if commit:
                self.env.cr.commit()  # pylint: disable=invalid-commit
            self.invalidate_cache()
        return self.browse(proposed)

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import plaintext2html

# The context value (key ``ccis_lock``) that lets a write through the lock: the reopening's,
# and the ORM's own bookkeeping on locked records. An object, not a flag: a context that comes
# from the web client or XML-RPC is JSON and can never hold it.
LOCK_BYPASS = object()
# fields a locked document still accepts: its chatter and activities
CHATTER_PREFIXES = ('message_', 'activity_', 'website_message')


class CcisLockMixin(models.AbstractModel):
    """A document locked once it reaches a final state (approved minutes, validated indicator
    values): nobody changes or deletes it, not even an administrator. The superuser (``admin``
    in Odoo 11) bypasses access rights and record rules, not this check, which is Python code
    in ``write`` and ``unlink``. A user of the reopening group (the direction) reopens it with
    a reason: the reason is posted in the chatter and written on the document, so the audit
    trail keeps it beside the change of state.

    The model sets ``_lock_states`` (states that lock), ``_lock_reopen_values`` (what a
    reopening writes) and, if needed, ``_lock_free_fields`` (fields the ORM keeps in step)."""

    _name = 'ccis.lock.mixin'
    _description = 'Locked Document (Reopening with Reason)'

    _lock_states = ()
    _lock_reopen_values = {}
    _lock_free_fields = ()
    _lock_reopen_group = 'ccis_base.group_ccis_direction'

    reopen_reason = fields.Text(string='Last Reopening Reason', readonly=True,
                                copy=False)

    def _is_locked(self):
        self.ensure_one()
        return self.state in self._lock_states

    def _lock_error(self):
        """The message of the lock for this record (models give a better one)."""
        self.ensure_one()
        return _('"%s" is locked: nobody can edit or delete it, not even an administrator, unless it is '
                 'reopened with a reason.') % self.display_name

    def _check_unlocked(self):
        for record in self:
            if record._is_locked():
                raise UserError(record._lock_error())

    @api.multi
    def write(self, vals):
        if self.env.context.get('ccis_lock') is not LOCK_BYPASS and any(
                not name.startswith(CHATTER_PREFIXES) and name not in self._lock_free_fields
                for name in vals):
            self._check_unlocked()
        return super(CcisLockMixin, self).write(vals)

    @api.multi
    def unlink(self):
        self._check_unlocked()
        return super(CcisLockMixin, self).unlink()

    def _reopen(self, reason):
        """Reopen locked records for ``reason``, with the rights of the current user (who must
        belong to the reopening group, superuser included)."""
        reason = (reason or '').strip()
        if not reason:
            raise UserError(_('Please give the reason for reopening.'))
        if not self.env.user.has_group(self._lock_reopen_group):
            raise AccessError(_(
                'Only a user of the "%s" group can reopen a locked document.')
                % self.env.ref(self._lock_reopen_group).name)
        for record in self:
            if not record._is_locked():
                raise UserError(_('"%s" is not locked: there is nothing to reopen.')
                                % record.display_name)
        for record in self:
            record.message_post(body=_('<p>Document reopened by %s.</p>%s') % (
                plaintext2html(self.env.user.name), plaintext2html(reason)),
                subtype='mail.mt_note')
            vals = dict(self._lock_reopen_values, reopen_reason=reason)
            record.with_context(ccis_lock=LOCK_BYPASS).write(vals)
        return True

    @api.multi
    def action_reopen(self):
        """The "Rouvrir" button: asks for the reason."""
        return {
            'type': 'ir.actions.act_window',
            'name': _('Reopen'),
            'res_model': 'ccis.reopen.wizard',
            'view_mode': 'form',
            'target': 'new',
            'context': {'default_res_model': self._name,
                        'default_res_ids': ','.join(str(i) for i in self.ids)},
        }

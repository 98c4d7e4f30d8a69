from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..tools.conflict import CHECKED_TYPES, same_value

# What the web client sends with a save (static/src/js/ccis_audit.js), in the context:
# {'ccis_original_values': {'res.partner,42': {'phone': '0522 11 22 33', 'city': 'Rabat'}}}
ORIGINAL_VALUES = 'ccis_original_values'


class Base(models.AbstractModel):
    """Two users editing the same record: the second to save gets a conflict message instead
    of silently overwriting what the first saved.

    Odoo 11's web client writes only the fields the user changed, so changes to different
    fields merge by themselves; what gets lost is a field both changed. With each save the
    client sends the value each changed field had when the form was loaded; if the stored
    value is no longer that one, someone else saved it in between, and the write is refused.
    (Odoo's own check, ``__last_update`` against ``write_date``, is not used: the 11.0 client
    does not send it, and ``write_date`` also moves when a follower is added or a related
    record recomputes a field, which would refuse saves that conflict with nobody.)

    A save that arrives while the other user's transaction is still open waits for its row
    lock, then fails to serialise, and Odoo's request layer retries it: the retry sees the
    committed value and reports the conflict."""

    _inherit = 'base'

    @api.multi
    def write(self, vals):
        originals = self.env.context.get(ORIGINAL_VALUES)
        if originals and len(self) == 1 and isinstance(originals, dict):
            # checked once per save: not again for the writes this one triggers
            seen = originals.pop('%s,%s' % (self._name, self.id), None)
            if seen:
                self._ccis_check_edit_conflict(seen, vals)
        return super(Base, self).write(vals)

    def _ccis_edit_conflicts(self, seen, vals):
        """The fields written by ``vals`` whose stored value is no longer the ``seen`` one."""
        names = [name for name in seen if name in vals and name in self._fields
                 and self._fields[name].type in CHECKED_TYPES and self._fields[name].store]
        self.invalidate_cache(names, self.ids)
        return [self._fields[name] for name in names if not same_value(
            self._fields[name].type,
            self._fields[name].convert_to_write(self[name], self), seen[name])]

    def _ccis_check_edit_conflict(self, seen, vals):
        conflicts = self._ccis_edit_conflicts(seen, vals)
        if not conflicts:
            return
        labels = ', '.join('« %s »' % field.get_description(self.env)['string']
                           for field in conflicts)
        record = self.sudo()
        when = record.write_date or record.create_date
        if when:
            when = fields.Datetime.context_timestamp(
                self, fields.Datetime.from_string(when)).strftime('%d/%m/%Y %H:%M')
        raise UserError(_(
            '"%s" was modified by %s (on %s) while you were editing it: %s. Your changes have not been '
            'saved, so as not to overwrite theirs: click "Cancel" to see the updated record, then redo your '
            'changes.') % (
            self.display_name, record.write_uid.name or '?', when or '?', labels))

from odoo import api, models


class MailMessage(models.Model):
    """The changes a chatter shows (tracking values) read in the reader's language.

    Odoo stores a tracked change in the language of the user who made it: the field's label,
    a choice's label and a linked record's name (a French agent's change shows "Province /
    Préfecture : Salé" to an Arabic-speaking colleague; the records of the demonstration,
    loaded in Odoo's English, show "Member Type: Company"). Here the chatter names the field,
    the choice and the linked record (still existing) as the reader's language names them;
    what no longer exists (a field removed, a record deleted) keeps its stored text."""

    _inherit = 'mail.message'

    @api.model
    def _message_read_dict_postprocess(self, messages, message_tree):
        result = super(MailMessage, self)._message_read_dict_postprocess(messages, message_tree)
        shown = [value for message in messages for value in message.get('tracking_value_ids') or []]
        if shown:
            models_of = {message['id']: message_tree[message['id']].model for message in messages
                         if message.get('tracking_value_ids')}
            self._ccis_relabel_tracking(shown, models_of)
        return result

    @api.model
    def _ccis_relabel_tracking(self, shown, models_of):
        """Rename in place the tracking values ``shown`` (the chatter's dicts), whose
        messages' models are ``models_of`` ({message id: model})."""
        trackings = self.env['mail.tracking.value'].sudo().browse([value['id'] for value in shown])
        by_id = {tracking.id: tracking for tracking in trackings}
        names = self._ccis_tracked_record_names(trackings, models_of)
        selections = {}  # a field's choices, computed once per chatter
        for value in shown:
            tracking = by_id[value['id']]
            model = models_of.get(tracking.mail_message_id.id)
            field = model in self.env and self.env[model]._fields.get(tracking.field)
            if not field:
                continue
            value['changed_field'] = field.get_description(self.env)['string']
            if field.type == 'selection':
                if field not in selections:
                    selections[field] = self._ccis_selection_labels(field)
                labels = selections[field]
                for side in ('old', 'new'):
                    stored = tracking['%s_value_char' % side]
                    value['%s_value' % side] = labels.get(stored, stored)
            elif field.type == 'many2one':
                for side in ('old', 'new'):
                    record_id = tracking['%s_value_integer' % side]
                    if (field.comodel_name, record_id) in names:
                        value['%s_value' % side] = names[(field.comodel_name, record_id)]

    @api.model
    def _ccis_tracked_record_names(self, trackings, models_of):
        """{(model, id): name in the reader's language} of the records the many2one changes
        of ``trackings`` link to, one name_get per model."""
        ids = {}
        for tracking in trackings.filtered(lambda t: t.field_type == 'many2one'):
            model = models_of.get(tracking.mail_message_id.id)
            field = model in self.env and self.env[model]._fields.get(tracking.field)
            if field and field.type == 'many2one':
                ids.setdefault(field.comodel_name, set()).update(
                    record_id for record_id in (tracking.old_value_integer,
                                                tracking.new_value_integer) if record_id)
        names = {}
        for comodel, record_ids in ids.items():
            records = self.env[comodel].sudo().browse(list(record_ids)).exists()
            names.update(((comodel, record_id), name) for record_id, name in records.name_get())
        return names

    @api.model
    def _ccis_selection_labels(self, field):
        """{label of a choice of ``field`` in any installed language: its label in the
        reader's language}."""
        current = dict(field._description_selection(self.env))
        labels = {}
        for lang in ['en_US'] + [code for code, _name in self.env['res.lang'].get_installed()]:
            for key, label in field._description_selection(self.env(context=dict(
                    self.env.context, lang=lang))):
                labels.setdefault(label, current.get(key, label))
        return labels

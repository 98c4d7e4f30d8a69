from odoo import api, fields, models


class MailActivity(models.Model):
    _inherit = 'mail.activity'

    @api.model
    def _ccis_responsible_of(self, record):
        """Who follows ``record`` up: its agent in charge (``user_id``), else the manager of
        its unit, else whoever created it."""
        user = record['user_id'] if 'user_id' in record._fields else None
        if not user and 'unit_id' in record._fields:
            user = record.unit_id.manager_id.user_id
        return user or record.create_uid

    @api.model
    def _ccis_without_open_activity(self, records, activity_type):
        """The part of ``records`` that has no open activity of ``activity_type`` (one
        query for all of them; done activities are deleted in 11.0)."""
        if not records:
            return records
        busy = {row['res_id'] for row in self.search_read([
            ('res_model', '=', records._name), ('res_id', 'in', records.ids),
            ('activity_type_id', '=', activity_type.id)], ['res_id'])}
        return records.filtered(lambda record: record.id not in busy)

    @api.model
    def _ccis_schedule_todos(self, records, summary, note=None, user=None, deadline=None,
                             activity_type=None, skip_open=False):
        """Schedule a to-do activity on each of ``records``: the one path of the suite's
        reminders (late answers, deadlines, expiries...). ``summary`` and ``note`` (HTML) are
        functions of a record giving its texts; ``user`` gives who must act (default:
        :meth:`_ccis_responsible_of`; a record for which it gives nobody is skipped),
        ``deadline`` the activity's date (default today). ``activity_type`` is the
        activity's type (default: the to-do); with ``skip_open``, the records that already
        have an open activity of that type are skipped (one query for all of them).
        Returns the activities."""
        activities = self.browse()
        if not records:
            return activities
        if activity_type is None:
            activity_type = self.env.ref('mail.mail_activity_data_todo',
                                         raise_if_not_found=False)
        if skip_open and activity_type:
            records = self._ccis_without_open_activity(records, activity_type)
        model_id = self.env['ir.model']._get(records._name).id
        today = fields.Date.context_today(self)
        for record in records:
            responsible = user(record) if user else self._ccis_responsible_of(record)
            if not responsible:
                continue
            activities |= self.create({
                'res_model_id': model_id,
                'res_id': record.id,
                'activity_type_id': activity_type.id if activity_type else False,
                'summary': summary(record),
                'note': note(record) if note else False,
                'date_deadline': deadline(record) if deadline else today,
                'user_id': responsible.id,
            })
        return activities

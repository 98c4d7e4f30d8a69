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
    def _ccis_schedule_todos(self, records, summary, note=None, user=None, deadline=None):
        """Schedule a to-do activity on each of ``records``: the one path of the suite's
        reminders (late answers, deadlines, expiries...). ``summary`` and ``note`` (HTML) are
        functions of a record giving its texts; ``user`` gives who must act (default:
        :meth:`_ccis_responsible_of`), ``deadline`` the activity's date (default today).
        Returns the activities."""
        activities = self.browse()
        if not records:
            return activities
        activity_type = self.env.ref('mail.mail_activity_data_todo', raise_if_not_found=False)
        model_id = self.env['ir.model']._get(records._name).id
        today = fields.Date.context_today(self)
        for record in records:
            responsible = user(record) if user else self._ccis_responsible_of(record)
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

"""Long work in the background (OCA queue_job): above a threshold, a button enqueues a job
instead of working inside the web request; the job records its progress on its queue.job
record (models/queue_job.py) and delivers its result (a file, a report of bad rows) to the
user who started it.

Usage, on the model whose button does the long work::

    class Wizard(models.TransientModel):
        _inherit = ['my.wizard', 'ccis.job.mixin']

        def action_go(self):
            if self._ccis_job_wanted('my_key', size, default=5000):
                return self._ccis_job_enqueue('_job_go', _("Libellé"), (arg1, ...))
            return super().action_go()

        @job
        def _job_go(self, arg1):
            with self._ccis_job_guard():
                ...
                self._ccis_job_progress(40, _("Étape"))
                ...
                self._ccis_job_deliver(_("Bilan"), result=('nom.xlsx', content))

Only work asked from the web client goes to the background (see _ccis_job_wanted). The
threshold is the system parameter ``ccis_base.job_threshold.<key>`` (a number of rows; 0 =
never in the background), the default given by the caller when it is not set.
"""
import base64
import logging
from contextlib import contextmanager

import psycopg2

from odoo import _, api, models
from odoo.http import request
from odoo.exceptions import AccessError, UserError, ValidationError

_logger = logging.getLogger(__name__)

PARAM_PREFIX = 'ccis_base.job_threshold.'
MIMETYPES = {
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'pdf': 'application/pdf',
    'csv': 'text/csv',
}


class CcisJobMixin(models.AbstractModel):
    _name = 'ccis.job.mixin'
    _description = 'Background Jobs: Threshold, Progress, Result'

    # ------------------------------------------------------------------ the choice
    @api.model
    def _ccis_job_threshold(self, key, default):
        """The threshold of ``key`` (system parameter), ``default`` when unset or unreadable."""
        value = self.env['ir.config_parameter'].sudo().get_param(PARAM_PREFIX + key)
        if value in (None, False, ''):
            return default
        try:
            return int(value)
        except (TypeError, ValueError):
            _logger.warning("ir.config_parameter %s%s is not a number: %r", PARAM_PREFIX, key,
                            value)
            return default

    @api.model
    def _ccis_job_wanted(self, key, size, default):
        """True when ``size`` (rows, records) is above the threshold of ``key``: the work goes
        to the background. Only for work asked from the web client (an HTTP request of
        odoo.http), which would hold a web worker: XML-RPC callers (which expect the result
        of the call), scripts, crons and shells work inline, unless ``ccis_job_background``
        is in the context (the tests); never inside a job, nor with ``ccis_job_inline`` in
        the context."""
        context = self.env.context
        if context.get('job_uuid') or context.get('ccis_job_inline'):
            return False
        if not context.get('ccis_job_background') and not request:
            return False
        threshold = self._ccis_job_threshold(key, default)
        return threshold > 0 and size > threshold

    # ------------------------------------------------------------------ enqueueing
    def _ccis_job_enqueue(self, method, description, args=(), files=None):
        """Enqueue ``method`` of these records (a @job method) with ``args`` and
        return the action that shows the user the new job (its progress). ``files``
        (attachments the job reads, from _ccis_job_store_file) are attached to the job: only
        who reads the job reads them."""
        delayable = self.with_context(ccis_job_inline=False).with_delay(
            description=description)
        queued = getattr(delayable, method)(*args)
        record = queued.db_record()
        if files:
            files.sudo().write({'res_model': 'queue.job', 'res_id': record.id})
        return record._ccis_action_open()

    @api.model
    def _ccis_job_store_file(self, name, content_b64):
        """An attachment holding a file the job will read (the uploaded file)."""
        return self.env['ir.attachment'].create({
            'name': name or 'fichier', 'datas_fname': name or 'fichier',
            'datas': content_b64, 'type': 'binary',
        })

    # ------------------------------------------------------------------ inside the job
    def _ccis_job_record(self):
        """The queue.job record of the running job (sudo), empty outside a job."""
        uuid = self.env.context.get('job_uuid')
        if not uuid:
            return self.env['queue.job'].sudo()
        return self.env['queue.job'].sudo().search([('uuid', '=', uuid)], limit=1)

    def _ccis_job_progress(self, percent, message=''):
        """Record the job's progress through a separate cursor, committed at once, so the user
        sees it move while the job's own transaction is still open. The progress has its own
        table (ccis.job.progress): the job's transaction, in repeatable read, must not update
        a row that another transaction changed since it began (the queue_job row, which
        queue_job writes when the job ends). A job whose record is not committed (tests run
        it inside their transaction) writes its progress in its own transaction."""
        uuid = self.env.context.get('job_uuid')
        if not uuid:
            return
        percent = max(0.0, min(100.0, float(percent)))
        done = 0
        try:
            with self.pool.cursor() as cr:
                if cr is not self.env.cr:
                    cr.execute("SET LOCAL lock_timeout = '2s'")
                    cr.execute("""
                        INSERT INTO ccis_job_progress (job_uuid, progress, message, write_date)
                        SELECT %s, %s, %s, now() at time zone 'UTC'
                         WHERE EXISTS (SELECT 1 FROM queue_job WHERE uuid = %s)
                        ON CONFLICT (job_uuid) DO UPDATE
                           SET progress = EXCLUDED.progress, message = EXCLUDED.message,
                               write_date = EXCLUDED.write_date""",
                               (uuid, percent, message or None, uuid))
                    done = cr.rowcount
        except psycopg2.Error:
            # not in the job's transaction either: it would conflict with the committed row
            _logger.warning("job %s: progress %s%% not recorded", uuid, percent, exc_info=True)
            return
        if not done:
            self.env['ccis.job.progress'].sudo()._set(uuid, percent, message)
        self._ccis_job_record().invalidate_cache(['ccis_progress', 'ccis_progress_message'])

    def _ccis_job_attachment(self, job_record, name, content):
        """An attachment of the job record holding ``content`` (bytes): readable by whoever
        reads the job (its user, the managers)."""
        extension = name.rsplit('.', 1)[-1].lower() if '.' in name else ''
        return self.env['ir.attachment'].sudo().create({
            'name': name, 'datas_fname': name, 'datas': base64.b64encode(content),
            'res_model': 'queue.job', 'res_id': job_record.id, 'type': 'binary',
            'mimetype': MIMETYPES.get(extension, 'application/octet-stream'),
        })

    def _ccis_job_deliver(self, summary, result=None, report=None):
        """Deliver the job's outcome to its user: ``result`` and ``report`` ((file name,
        bytes) or None) become attachments of the job, ``summary`` its outcome (a delivered
        job shows 100 %), and a message with the files is posted on the job for its user (inbox
        or email, as they chose)."""
        record = self._ccis_job_record()
        if not record:
            return record
        values = {'ccis_summary': summary}
        attachments = self.env['ir.attachment']
        if result:
            values['ccis_result_attachment_id'] = self._ccis_job_attachment(record, *result).id
            attachments |= attachments.browse(values['ccis_result_attachment_id'])
        if report:
            values['ccis_report_attachment_id'] = self._ccis_job_attachment(record, *report).id
            attachments |= attachments.browse(values['ccis_report_attachment_id'])
        record.write(values)
        record.invalidate_cache(['ccis_progress', 'ccis_progress_message'])
        record._ccis_notify(summary, attachments)
        return record

    @contextmanager
    def _ccis_job_guard(self):
        """Inside a job: a refusal (UserError, ValidationError, AccessError) is delivered to
        the user as the job's outcome (the job is done, its work undone) rather than failing
        the job, which would retry it."""
        try:
            with self.env.cr.savepoint():
                yield
        except (UserError, ValidationError, AccessError) as exc:
            message = getattr(exc, 'name', None) or str(exc)
            self._ccis_job_deliver(_('Failure: %s') % message)

"""The suite's view of OCA queue_job's jobs: progress, result files and outcome of the long work
started from the suite's buttons (ccis.job.mixin), for the user who started it."""
from odoo import _, api, fields, models

# the files posted with the message that tells the user a job is done (email included)
MESSAGE_ATTACHMENT_MAX = 5 * 1024 * 1024


class QueueJob(models.Model):
    _inherit = 'queue.job'

    ccis_progress = fields.Float(string='Progress (%)', compute='_compute_ccis_progress')
    ccis_progress_message = fields.Char(string='Current Step',
                                        compute='_compute_ccis_progress')
    ccis_summary = fields.Text(string='Review', readonly=True)
    ccis_result_attachment_id = fields.Many2one(
        'ir.attachment', string='Outcome', readonly=True, ondelete='set null')
    ccis_result_file = fields.Binary(
        related='ccis_result_attachment_id.datas', string='Result File', readonly=True)
    ccis_result_name = fields.Char(
        related='ccis_result_attachment_id.datas_fname', string='Result File Name',
        readonly=True)
    ccis_report_attachment_id = fields.Many2one(
        'ir.attachment', string='Anomaly Report', readonly=True, ondelete='set null')
    ccis_report_file = fields.Binary(
        related='ccis_report_attachment_id.datas', string='Report File', readonly=True)
    ccis_report_name = fields.Char(
        related='ccis_report_attachment_id.datas_fname', string='Report Name',
        readonly=True)

    @api.multi
    def _compute_ccis_progress(self):
        """From the job's progress row (written by the job, ccis.job.progress); a job done
        or delivered is at 100 %."""
        rows = self.env['ccis.job.progress'].sudo().search([('job_uuid', 'in', self.mapped('uuid'))])
        by_uuid = {row.job_uuid: row for row in rows}
        for job in self:
            row = by_uuid.get(job.uuid)
            if job.state == 'done' or job.ccis_summary:
                job.ccis_progress = 100.0
                job.ccis_progress_message = _('Finished')
            else:
                job.ccis_progress = row.progress if row else 0.0
                job.ccis_progress_message = row.message if row else False

    @api.multi
    def _ccis_action_open(self):
        """The job's form in the suite's view, as a window action."""
        self.ensure_one()
        return {
            'type': 'ir.actions.act_window',
            'name': _('Background Job'),
            'res_model': 'queue.job',
            'res_id': self.id,
            'view_mode': 'form',
            'views': [(self.env.ref('ccis_base.ccis_queue_job_view_form').id, 'form')],
            'target': 'current',
        }

    @api.multi
    def _ccis_notify(self, body, attachments=None):
        """Post ``body`` on the job for its user: a message in their inbox, or an email,
        as their preference says. The files go with it up to MESSAGE_ATTACHMENT_MAX bytes
        (an import's report); a larger one (a registry export) stays on the job."""
        partner_root = self.env.ref('base.partner_root', raise_if_not_found=False)
        attachments = (attachments or self.env['ir.attachment']).sudo().filtered(
            lambda a: (a.file_size or 0) <= MESSAGE_ATTACHMENT_MAX)
        for job in self.sudo():
            job.message_post(
                body=body, subject=job.name, message_type='comment',
                subtype='mail.mt_comment',
                author_id=partner_root.id if partner_root else False,
                partner_ids=job.user_id.partner_id.ids,
                attachment_ids=attachments.ids)


class CcisJobProgress(models.Model):
    """The progress of a running job, one row per job, written by the job through its own
    committed cursor (ccis.job.mixin._ccis_job_progress): apart from the queue_job row, which
    the job's transaction updates when it ends."""
    _name = 'ccis.job.progress'
    _description = 'Background Job Progress'
    _log_access = False

    job_uuid = fields.Char(string='Job', required=True, index=True)
    progress = fields.Float(string='Progress (%)')
    message = fields.Char(string='Current Step')
    write_date = fields.Datetime(string='Updated On')

    _sql_constraints = [
        ('job_uuid_unique', 'unique(job_uuid)', 'Only one progress record per job.'),
    ]

    @api.model
    def _set(self, job_uuid, progress, message=''):
        row = self.search([('job_uuid', '=', job_uuid)], limit=1)
        values = {'progress': progress, 'message': message or False,
                  'write_date': fields.Datetime.now()}
        if row:
            row.write(values)
        else:
            self.create(dict(values, job_uuid=job_uuid))
        return True

    @api.model
    def _gc(self):
        """Forget the progress of jobs gone (queue_job's autovacuum removes old jobs)."""
        self.env.cr.execute("""DELETE FROM ccis_job_progress p
                                WHERE NOT EXISTS (SELECT 1 FROM queue_job j
                                                   WHERE j.uuid = p.job_uuid)""")
        return True

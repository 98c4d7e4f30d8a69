"""The annual review of a large programme in the background (ccis_base's ccis.job.mixin): a
programme with more actions and indicator lines in the review's scope than the system
parameter ``ccis_base.job_threshold.activity_review`` is printed (PDF) or exported (XLSX) by
a job, which delivers the file to the user who asked for it. Below the threshold the buttons
print inside the request as before."""
from odoo import _, api, models
from odoo.addons.queue_job.job import job

DEFAULT_THRESHOLD = 2000


class CcisActivityReviewWizard(models.TransientModel):
    _name = 'ccis.activity.review.wizard'
    _inherit = ['ccis.activity.review.wizard', 'ccis.job.mixin']

    def _ccis_review_size(self):
        """The actions and indicator lines of the reviewed programme (or of the dates)."""
        self.ensure_one()
        if self.programme_id:
            domain = [('programme_id', '=', self.programme_id.id)]
        else:
            domain = [('programme_id.date_start', '<=', self.date_to),
                      ('programme_id.date_end', '>=', self.date_from)]
        return (self.env['ccis.activity.action'].search_count(domain)
                + self.env['ccis.indicator.line'].search_count(domain))

    def _ccis_review_in_background(self):
        self.ensure_one()
        if self.env.context.get('job_uuid'):
            return False
        return self._ccis_job_wanted('activity_review', self._ccis_review_size(),
                                     DEFAULT_THRESHOLD)

    def _ccis_review_values(self):
        """The wizard's choices as create() values (what the job re-creates)."""
        self.ensure_one()
        return {
            'programme_id': self.programme_id.id or False,
            'date_range_id': self.date_range_id.id or False,
            'date_from': self.date_from, 'date_to': self.date_to, 'compare': self.compare,
            'axis_ids': [(6, 0, self.axis_ids.ids)], 'unit_ids': [(6, 0, self.unit_ids.ids)],
        }

    def _ccis_review_enqueue(self, output):
        label = self.programme_id.display_name or '%s – %s' % (self.date_from, self.date_to)
        description = (_('Action Programme Review (PDF): %s') if output == 'pdf'
                       else _('Action Programme Review (XLSX): %s')) % label
        return self.browse()._ccis_job_enqueue(
            '_ccis_job_review', description, (self._ccis_review_values(), output))

    @api.multi
    def action_print_pdf(self):
        self.ensure_one()
        if self._ccis_review_in_background():
            return self._ccis_review_enqueue('pdf')
        return super().action_print_pdf()

    @api.multi
    def action_export_xlsx(self):
        self.ensure_one()
        if self._ccis_review_in_background():
            return self._ccis_review_enqueue('xlsx')
        return super().action_export_xlsx()

    @job
    def _ccis_job_review(self, values, output):
        """Print (``output`` 'pdf') or export ('xlsx') the review the wizard would with
        ``values`` and deliver the file."""
        self = self.with_context(lang=self.env.user.lang or self.env.context.get('lang'))
        with self._ccis_job_guard():
            wizard = self.create(values)
            self._ccis_job_progress(5, _('Preparing the review'))
            if output == 'pdf':
                report = self.env.ref('ccis_activity.ccis_activity_review_report')
                content = report.render_qweb_pdf(wizard.ids)[0]
            else:
                content = wizard._xlsx_content()
            name = '%s.%s' % (wizard._xlsx_report_name(), output)
            self._ccis_job_deliver(_('Action programme review ready: %s.') % name,
                                   result=(name, content))
        return 'done'

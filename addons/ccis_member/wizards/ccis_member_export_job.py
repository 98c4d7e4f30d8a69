"""Member registry XLSX export in the background above a threshold (ccis_base's
ccis.job.mixin): a registry of more members than the system parameter
``ccis_base.job_threshold.member_export`` is written by a job, which delivers the workbook to
the user who asked for it. Below the threshold the wizard prints it inside the request as
before."""
from odoo import _, api, models
from odoo.addons.queue_job.job import job

DEFAULT_THRESHOLD = 20000
FILTERS = ('report', 'site_id', 'region_id', 'member_kind', 'category_id', 'state')


class CcisMemberExportWizard(models.TransientModel):
    _name = 'ccis.member.export.wizard'
    _inherit = ['ccis.member.export.wizard', 'ccis.job.mixin']

    def _ccis_export_in_background(self):
        self.ensure_one()
        if self.report != 'registry' or self.env.context.get('job_uuid'):
            return False
        size = self.env['res.partner'].search_count(self._domain())
        return self._ccis_job_wanted('member_export', size, DEFAULT_THRESHOLD)

    def _ccis_export_filters(self):
        """The wizard's choices as create() values (what the job re-creates)."""
        values = {}
        for name in FILTERS:
            value = self[name]
            values[name] = value.id if hasattr(value, '_name') else value
        return values

    @api.multi
    def action_export_xlsx(self):
        self.ensure_one()
        if self._ccis_export_in_background():
            return self.browse()._ccis_job_enqueue(
                '_ccis_job_export_xlsx', _('Member Register XLSX Export'),
                (self._ccis_export_filters(),))
        return super().action_export_xlsx()

    @job
    def _ccis_job_export_xlsx(self, values):
        """Write the workbook the wizard would print with ``values`` and deliver it."""
        self = self.with_context(lang=self.env.user.lang or self.env.context.get('lang'))
        with self._ccis_job_guard():
            wizard = self.create(values)
            count = self.env['res.partner'].search_count(wizard._domain())
            self._ccis_job_progress(5, _('Export of %s members') % count)
            content = wizard._xlsx_content()
            name = '%s.xlsx' % wizard._xlsx_report_name()
            self._ccis_job_deliver(
                _('Register export ready: %s member(s) in file %s.')
                % (count, name), result=(name, content))
        return 'done'

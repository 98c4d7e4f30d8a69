"""Indicator computation of a programme in the background above a threshold (ccis_base's
ccis.job.mixin): the button "Calculer les indicateurs" of programmes holding more computed
indicator lines than the system parameter ``ccis_base.job_threshold.indicator_compute``
enqueues a job, which measures the lines one definition at a time (progress) and tells the
user when done. Below the threshold the button computes inside the request as before."""
from odoo import _, api, fields, models
from odoo.addons.queue_job.job import job

DEFAULT_THRESHOLD = 2000


class CcisActivityProgramme(models.Model):
    _name = 'ccis.activity.programme'
    _inherit = ['ccis.activity.programme', 'ccis.job.mixin']

    def _ccis_computed_lines(self):
        return self.env['ccis.indicator.line'].search([
            ('programme_id', 'in', self.ids), ('source', '=', 'computed')])

    @api.multi
    def action_compute_indicators(self):
        if self and not self.env.context.get('job_uuid'):
            count = self.env['ccis.indicator.line'].search_count([
                ('programme_id', 'in', self.ids), ('source', '=', 'computed')])
            if self._ccis_job_wanted('indicator_compute', count, DEFAULT_THRESHOLD):
                return self._ccis_job_enqueue(
                    '_ccis_job_compute_indicators',
                    _('Indicator computation: %s') % ', '.join(self.mapped('display_name')),
                    (fields.Date.context_today(self),))
        return super().action_compute_indicators()

    @job
    def _ccis_job_compute_indicators(self, as_of):
        """Measure the programmes' computed indicators as of ``as_of`` (the day the user
        asked), one definition at a time, and tell the user."""
        self = self.with_context(lang=self.env.user.lang or self.env.context.get('lang'))
        with self._ccis_job_guard():
            lines = self._ccis_computed_lines()
            by_definition = {}
            for line in lines:
                by_definition.setdefault(line.definition_id.id, []).append(line.id)
            done = 0
            for definition_id in sorted(by_definition):
                ids = by_definition[definition_id]
                self._ccis_job_progress(
                    100.0 * done / max(len(lines), 1),
                    _('%s / %s indicator lines computed') % (done, len(lines)))
                lines.browse(ids)._compute_values(as_of)
                done += len(ids)
            self._ccis_job_deliver(
                _('Indicators computed as of %s for %s: %s indicator line(s).') % (
                    fields.Date.from_string(as_of).strftime('%d/%m/%Y'),
                    ', '.join(self.mapped('display_name')), len(lines)))
        return 'done'

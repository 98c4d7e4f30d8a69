from odoo.addons.ccis_base.tests.common import run_job
from odoo.exceptions import AccessError
from odoo.tests.common import SavepointCase


class TestComputeJob(SavepointCase):
    """"Calculer les indicateurs" of a programme above its threshold runs as a background job
    giving the same values as inline."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.programme = cls.env.ref('ccis_activity.ccis_activity_programme_current_demo')
        cls.programme = cls.programme.with_context(ccis_job_background=True)
        cls.user = cls.env.ref('ccis_base.user_direction_demo')
        cls.other = cls.env.ref('ccis_base.user_agent_appui_demo')
        cls.ICP = cls.env['ir.config_parameter'].sudo()
        cls.lines = cls.env['ccis.indicator.line'].search([
            ('programme_id', '=', cls.programme.id), ('source', '=', 'computed')])

    def _threshold(self, value):
        self.ICP.set_param('ccis_base.job_threshold.indicator_compute', str(value))

    def _jobs(self):
        return self.env['queue.job'].sudo().search(
            [('method_name', '=', '_ccis_job_compute_indicators')])

    def _snapshot(self):
        self.env['ccis.indicator.value'].invalidate_cache()
        self.env.cr.execute("""
            SELECT line_id, period_id, date, value, numerator, denominator, state
              FROM ccis_indicator_value
             WHERE line_id IN %s AND source = 'computed'
             ORDER BY line_id, period_id, date""", (tuple(self.lines.ids),))
        return self.env.cr.fetchall()

    def _forget_measures(self):
        self.env.cr.execute("""DELETE FROM ccis_indicator_value
                                WHERE line_id IN %s AND source = 'computed'
                                  AND state = 'draft'""", (tuple(self.lines.ids),))
        self.env['ccis.indicator.value'].invalidate_cache()

    def test_below_threshold_computes_inline(self):
        self.assertTrue(self.lines)
        self._threshold(len(self.lines))
        before = self._jobs()
        self._forget_measures()
        result = self.programme.sudo(self.user).action_compute_indicators()
        self.assertIs(result, True)
        self.assertEqual(self._jobs(), before)
        self.assertTrue(self._snapshot())

    def test_job_computes_the_same_values(self):
        self._threshold(len(self.lines))
        self._forget_measures()
        self.programme.sudo(self.user).action_compute_indicators()
        inline = self._snapshot()
        self.assertTrue(inline)
        self._forget_measures()
        self._threshold(len(self.lines) - 1)
        before = self._jobs()
        action = self.programme.sudo(self.user).action_compute_indicators()
        job = self._jobs() - before
        self.assertEqual(action['res_id'], job.id)
        self.assertEqual(job.user_id, self.user)
        self.assertEqual(job.record_ids, self.programme.ids)
        self.assertFalse(self._snapshot(), "nothing is computed before the job runs")
        run_job(self.env, job)
        self.assertEqual(self._snapshot(), inline)
        self.assertEqual(job.state, 'done')
        self.assertEqual(job.ccis_progress, 100.0)
        self.assertIn('%s ligne(s)' % len(self.lines), job.ccis_summary)
        self.assertIn(self.user.partner_id,
                      job.message_ids.mapped('needaction_partner_ids'))
        with self.assertRaises(AccessError):
            job.sudo(self.other).read(['ccis_summary'])

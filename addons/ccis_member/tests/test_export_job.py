import base64

import xlrd

from odoo.addons.ccis_base.tests.common import run_job
from odoo.exceptions import AccessError

from .common import MemberCase


class TestExportJob(MemberCase):
    """The registry's XLSX export above its threshold runs as a background job: the same
    workbook, delivered to the user who asked for it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ICP = cls.env['ir.config_parameter'].sudo()
        cls.user = cls.user_direction

    def _threshold(self, value):
        self.ICP.set_param('ccis_base.job_threshold.member_export', str(value))

    def _jobs(self):
        return self.env['queue.job'].sudo().search(
            [('method_name', '=', '_ccis_job_export_xlsx')])

    def _wizard(self, **values):
        values.setdefault('report', 'registry')
        return self.env['ccis.member.export.wizard'].with_context(
            ccis_job_background=True).sudo(self.user).create(values)

    @staticmethod
    def _cells(content):
        sheet = xlrd.open_workbook(file_contents=content).sheet_by_index(0)
        return [sheet.row_values(r) for r in range(sheet.nrows)]

    def test_below_threshold_prints_inline(self):
        self._threshold(10 ** 6)
        before = self._jobs()
        action = self._wizard().action_export_xlsx()
        self.assertEqual(action['type'], 'ir.actions.report')
        self.assertEqual(self._jobs(), before)

    def test_distribution_never_in_background(self):
        self._threshold(1)
        action = self._wizard(report='distribution').action_export_xlsx()
        self.assertEqual(action['type'], 'ir.actions.report')

    def test_job_delivers_the_same_workbook(self):
        self._threshold(1)
        wizard = self._wizard(site_id=self.site_kenitra.id)
        before = self._jobs()
        action = wizard.action_export_xlsx()
        job = self._jobs() - before
        self.assertEqual(action['res_id'], job.id)
        self.assertEqual(job.state, 'pending')
        self.assertFalse(job.ccis_result_attachment_id)
        run_job(self.env, job)
        self.assertEqual(job.state, 'done')
        self.assertEqual(job.ccis_progress, 100.0)
        attachment = job.sudo(self.user).ccis_result_attachment_id
        self.assertTrue(attachment.datas_fname.startswith('registre_ressortissants_'))
        content = base64.b64decode(attachment.sudo(self.user).datas)
        inline = wizard._xlsx_content()
        self.assertEqual(self._cells(content), self._cells(inline))
        names = [row[0] for row in self._cells(content)[1:]]
        self.assertIn('Société Test Kénitra', names)
        self.assertNotIn('Société Test Rabat', names)
        message = job.message_ids.filtered(lambda m: 'registre' in (m.body or ''))
        self.assertIn(self.user.partner_id, message.needaction_partner_ids)
        self.assertEqual(message.attachment_ids, attachment)
        with self.assertRaises(AccessError):
            attachment.sudo(self.user_agent).read(['datas'])

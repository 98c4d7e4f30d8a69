import base64

import xlrd

from odoo.addons.ccis_base.tests.common import run_job
from odoo.exceptions import AccessError
from odoo.tests.common import SavepointCase


class TestReviewJob(SavepointCase):
    """The annual review of a programme above its threshold is printed by a background job:
    the same workbook, delivered to the user who asked for it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.programme = cls.env.ref('ccis_activity.ccis_activity_programme_current_demo')
        cls.user = cls.env.ref('ccis_base.user_direction_demo')
        cls.other = cls.env.ref('ccis_base.user_agent_appui_demo')
        cls.ICP = cls.env['ir.config_parameter'].sudo()
        cls.wizard = cls.env['ccis.activity.review.wizard'].with_context(
            ccis_job_background=True).sudo(cls.user).create(
            {'programme_id': cls.programme.id})
        cls.size = cls.wizard._ccis_review_size()

    def _threshold(self, value):
        self.ICP.set_param('ccis_base.job_threshold.activity_review', str(value))

    def _jobs(self):
        return self.env['queue.job'].sudo().search([('method_name', '=', '_ccis_job_review')])

    def _run(self, job):
        run_job(self.env, job)

    @staticmethod
    def _cells(content):
        book = xlrd.open_workbook(file_contents=content)
        return [[sheet.row_values(r) for r in range(sheet.nrows)] for sheet in book.sheets()]

    def test_below_threshold_prints_inline(self):
        self.assertTrue(self.size)
        self._threshold(self.size)
        before = self._jobs()
        self.assertEqual(self.wizard.action_export_xlsx()['type'], 'ir.actions.report')
        self.assertEqual(self.wizard.action_print_pdf()['type'], 'ir.actions.report')
        self.assertEqual(self._jobs(), before)

    def test_xlsx_job_delivers_the_same_workbook(self):
        self._threshold(self.size - 1)
        before = self._jobs()
        action = self.wizard.action_export_xlsx()
        job = self._jobs() - before
        self.assertEqual(action['res_id'], job.id)
        self.assertEqual((job.state, job.user_id), ('pending', self.user))
        self._run(job)
        self.assertEqual(job.state, 'done')
        self.assertEqual(job.ccis_progress, 100.0)
        attachment = job.sudo(self.user).ccis_result_attachment_id
        self.assertEqual(attachment.datas_fname, 'bilan_programme_action_%s.xlsx'
                         % self.programme.year)
        content = base64.b64decode(attachment.sudo(self.user).datas)
        self.assertEqual(self._cells(content), self._cells(self.wizard._xlsx_content()))
        self.assertIn(self.user.partner_id, job.message_ids.mapped('needaction_partner_ids'))
        with self.assertRaises(AccessError):
            attachment.sudo(self.other).read(['datas'])

    def test_pdf_job_delivers_a_pdf(self):
        self._threshold(self.size - 1)
        before = self._jobs()
        self.wizard.action_print_pdf()
        job = self._jobs() - before
        self.assertEqual(len(job), 1)
        self._run(job)
        attachment = job.ccis_result_attachment_id
        self.assertTrue(attachment.datas_fname.endswith('.pdf'))
        self.assertEqual(attachment.mimetype, 'application/pdf')
        content = base64.b64decode(attachment.datas)
        # under tests, Odoo renders a PDF report as its HTML (render_qweb_pdf)
        self.assertTrue(content.startswith(b'%PDF') or b'data-axis' in content)

import base64
import io

import xlrd
import xlsxwriter

from odoo.addons.ccis_base.tests.common import run_job
from odoo.exceptions import AccessError

from ..wizards.ccis_member_import_job import estimate_rows
from .common import MemberCase, csv_file, new_ice, xlsx_file
from .test_import import HEADER


class TestImportJob(MemberCase):
    """The member import above its threshold runs as a background job (ccis.job.mixin): the
    same outcome as inline, delivered to the user who started it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ICP = cls.env['ir.config_parameter'].sudo()
        cls.ice1, cls.ice2, cls.ice3 = new_ice(), new_ice(), new_ice()
        cls.rows = [
            HEADER,
            ['Tissage Zemmour Job', 'نسيج زمور', 'Société', 'SARL', cls.ice1, '89001',
             'Tribunal de première instance de Khémisset', '1234567', 'IND-TEXT', 'Khémisset',
             'Khémisset', '0537 55 00 11', 'Actif', '15/03/2021'],
            ['Coopérative Al Baraka Job', 'تعاونية البركة', 'Coopérative', 'COOP', cls.ice2, '',
             '', '', 'Poterie et céramique', 'Salé', 'Salé', '', 'Prospect', ''],
            ['Kénitra Froid Job', 'القنيطرة للتبريد الصناعي', 'Société', 'SA', cls.ice3, '89002',
             'TPI-KENITRA', '12345678', 'IND-IMME', 'Kénitra', 'Kénitra', '', 'Actif', ''],
        ]
        cls.user = cls.user_direction

    def _threshold(self, value):
        self.ICP.set_param('ccis_base.job_threshold.member_import', str(value))

    def _wizard(self, rows, user=None, name='ressortissants.xlsx', builder=xlsx_file):
        Wizard = self.env['ccis.member.import.wizard'].with_context(ccis_job_background=True)
        return Wizard.sudo(user or self.user).create({
            'file': builder(rows), 'file_name': name})

    def _jobs(self):
        return self.env['queue.job'].sudo().search(
            [('method_name', '=', '_ccis_job_import')])

    def _members(self):
        return self.Partner.search([('ccis_ice', 'in', [self.ice1, self.ice2, self.ice3])])

    def _perform(self, job_record):
        """Run the job as the job runner does (controllers/main.py), in this transaction."""
        return run_job(self.env, job_record)

    def _enqueue(self, rows, method='action_import', **kwargs):
        before = self._jobs()
        wizard = self._wizard(rows, **kwargs)
        action = getattr(wizard, method)()
        job = self._jobs() - before
        self.assertEqual(len(job), 1)
        self.assertEqual(action['res_model'], 'queue.job')
        self.assertEqual(action['res_id'], job.id)
        return wizard, job

    def test_below_threshold_runs_inline(self):
        self._threshold(10)
        before = self._jobs()
        wizard = self._wizard(self.rows)
        action = wizard.action_import()
        self.assertEqual(action['res_model'], 'ccis.member.import.wizard')
        self.assertEqual(wizard.state, 'done')
        self.assertEqual(len(self._members()), 3)
        self.assertEqual(self._jobs(), before)

    def test_above_threshold_enqueues_a_job(self):
        self._threshold(2)
        wizard, job = self._enqueue(self.rows)
        self.assertEqual(job.state, 'pending')
        self.assertEqual(job.user_id, self.user)
        self.assertIn('ressortissants.xlsx', job.name)
        self.assertFalse(self._members(), "nothing is imported before the job runs")
        self.assertEqual(wizard.state, 'draft')
        # the uploaded file is kept with the job, readable by its user only
        upload = self.env['ir.attachment'].search([('res_model', '=', 'queue.job'),
                                                   ('res_id', '=', job.id)])
        self.assertEqual(len(upload), 1)
        with self.assertRaises(AccessError):
            upload.sudo(self.user_agent).read(['datas'])

    def test_job_imports_as_inline_and_tells_the_user(self):
        self._threshold(2)
        _wizard, job = self._enqueue(self.rows)
        self._perform(job)
        self.assertEqual(job.state, 'done')
        self.assertEqual(job.ccis_progress, 100.0)
        self.assertIn('3 ressortissant(s) créé(s)', job.ccis_summary)
        members = self._members()
        self.assertEqual(len(members), 3)
        # the same records as the inline import (tests/test_import.py)
        member = members.filtered(lambda m: m.ccis_ice == self.ice1)
        self.assertEqual(member.ccis_name_ar, 'نسيج زمور')
        self.assertEqual(member.ccis_province_id, self.province_khemisset)
        self.assertEqual(member.ccis_court_id.code, 'TPI-KHEMISSET')
        self.assertEqual(member.ccis_state, 'active')
        self.assertEqual(member.ccis_registration_date, '2021-03-15')
        self.assertEqual(members.filtered(lambda m: m.ccis_ice == self.ice2).ccis_sector_id,
                         self.sector_pottery)
        # created by the user who started the job, under their rights
        self.assertEqual(members.mapped('create_uid'), self.user)
        # told in their inbox; the uploaded file is gone
        message = job.message_ids.filtered(lambda m: 'créé(s)' in (m.body or ''))
        self.assertIn(self.user.partner_id, message.needaction_partner_ids)
        self.assertFalse(self.env['ir.attachment'].search([
            ('res_model', '=', 'queue.job'), ('res_id', '=', job.id),
            ('datas_fname', '=', 'ressortissants.xlsx')]))

    def test_bad_rows_report_delivered(self):
        self._threshold(2)
        rows = [list(r) for r in self.rows]
        rows[1][4] = '001561191000065'   # bad ICE
        rows[3][9] = 'Kenitraa'          # unknown province
        _wizard, job = self._enqueue(rows, name='ressortissants.csv', builder=csv_file)
        self._perform(job)
        self.assertEqual(job.state, 'done')
        self.assertFalse(self._members())
        self.assertIn('1 ligne(s) en erreur sur 3', job.ccis_summary)
        report = job.sudo(self.user).ccis_report_attachment_id
        self.assertTrue(report)
        self.assertFalse(job.ccis_result_attachment_id)
        content = base64.b64decode(report.sudo(self.user).datas)
        sheet = xlrd.open_workbook(file_contents=content).sheet_by_index(0)
        self.assertEqual(sheet.cell_value(0, 4), 'Motif')
        self.assertEqual(sorted({int(v) for v in sheet.col_values(0)[1:]}), [2, 4])
        message = job.message_ids.filtered(lambda m: 'en erreur' in (m.body or ''))
        self.assertEqual(message.attachment_ids, report)
        # another user reads neither the job nor its report
        with self.assertRaises(AccessError):
            job.sudo(self.user_agent).read(['ccis_summary'])
        with self.assertRaises(AccessError):
            report.sudo(self.user_agent).read(['datas'])

    def test_check_only_in_background_writes_nothing(self):
        self._threshold(2)
        _wizard, job = self._enqueue(self.rows, method='action_check')
        self._perform(job)
        self.assertIn('vérifié', job.ccis_summary)
        self.assertFalse(self._members())

    def test_unreadable_file_told_to_the_user(self):
        self._threshold(2)
        rows = [['Ville', 'Code']] + [['Salé', str(i)] for i in range(5)]
        _wizard, job = self._enqueue(rows, name='liste.csv', builder=csv_file)
        self._perform(job)
        self.assertEqual(job.state, 'done')
        self.assertTrue(job.ccis_summary.startswith('Échec : '))
        self.assertIn('Raison sociale', job.ccis_summary)

    def test_estimate_rows(self):
        self.assertEqual(estimate_rows(base64.b64decode(xlsx_file(self.rows)), 'a.xlsx'), 3)
        self.assertEqual(estimate_rows(base64.b64decode(csv_file(self.rows)), 'a.csv'), 3)
        self.assertIsNone(estimate_rows(b'not a zip', 'a.xlsx'))
        output = io.BytesIO()
        book = xlsxwriter.Workbook(output, {'in_memory': True})
        book.add_worksheet()
        book.close()
        self.assertEqual(estimate_rows(output.getvalue(), 'vide.xlsx'), 0)

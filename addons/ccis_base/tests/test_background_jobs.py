import uuid
from unittest.mock import patch

from odoo.exceptions import AccessError
from odoo.tests.common import SavepointCase

from ..models import queue_job as queue_job_module
from .common import CcisTestFactory


class TestBackgroundJobs(CcisTestFactory, SavepointCase):
    """ccis.job.mixin: the threshold, the progress and the delivery of a job's result, and who
    reads a job (its user; the suite's administrators)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_test_env()
        cls.user_a = cls._create_user('h1_job_user_a', 'group_ccis_user')
        cls.user_b = cls._create_user('h1_job_user_b', 'group_ccis_user')
        cls.admin = cls._create_user('h1_job_admin', 'group_ccis_admin')
        cls.Mixin = cls.env['ccis.job.mixin'].with_context(ccis_job_background=True)
        cls.ICP = cls.env['ir.config_parameter'].sudo()

    def _job(self, user):
        return self.env['queue.job'].sudo().create({
            'uuid': str(uuid.uuid4()), 'user_id': user.id, 'name': 'Test',
            'model_name': 'res.partner', 'method_name': 'name_get', 'record_ids': [],
            'args': [], 'kwargs': {}, 'state': 'started',
        })

    def test_threshold_is_a_system_parameter(self):
        self.ICP.set_param('ccis_base.job_threshold.h1_test', '10')
        self.assertFalse(self.Mixin._ccis_job_wanted('h1_test', 10, 1))
        self.assertTrue(self.Mixin._ccis_job_wanted('h1_test', 11, 1))
        # unset: the caller's default; 0: never in the background
        self.assertTrue(self.Mixin._ccis_job_wanted('h1_unset', 6, 5))
        self.ICP.set_param('ccis_base.job_threshold.h1_test', '0')
        self.assertFalse(self.Mixin._ccis_job_wanted('h1_test', 10 ** 9, 1))
        self.ICP.set_param('ccis_base.job_threshold.h1_test', 'beaucoup')
        self.assertFalse(self.Mixin._ccis_job_wanted('h1_test', 100, 1000))
        # a script, a cron, a shell (no HTTP request) works inline
        self.assertFalse(self.env['ccis.job.mixin']._ccis_job_wanted('h1_unset', 6, 5))
        # inside a job, never again
        self.assertFalse(self.Mixin.with_context(job_uuid='x')._ccis_job_wanted('h1_unset', 6, 5))

    def test_progress_and_delivery(self):
        job = self._job(self.user_a)
        mixin = self.Mixin.with_context(job_uuid=job.uuid)
        mixin._ccis_job_progress(40, 'Étape 2')
        self.assertEqual((job.ccis_progress, job.ccis_progress_message), (40.0, 'Étape 2'))
        mixin._ccis_job_deliver('Bilan du travail', result=('resultat.xlsx', b'PK-test'),
                                report=('rapport.xlsx', b'PK-rapport'))
        self.assertEqual(job.ccis_progress, 100.0)
        self.assertEqual(job.ccis_summary, 'Bilan du travail')
        # the files: the user downloads them through the job
        as_a = job.sudo(self.user_a)
        self.assertEqual(as_a.ccis_result_name, 'resultat.xlsx')
        self.assertTrue(as_a.ccis_result_file)
        self.assertEqual(as_a.ccis_result_attachment_id.sudo(self.user_a).datas_fname,
                         'resultat.xlsx')
        self.assertTrue(as_a.ccis_report_file)
        # the message in the user's inbox, with the files
        message = job.message_ids.filtered(lambda m: m.body and 'Bilan du travail' in m.body)
        self.assertEqual(len(message), 1)
        self.assertIn(self.user_a.partner_id, message.needaction_partner_ids)
        self.assertEqual(set(message.attachment_ids.mapped('datas_fname')),
                         {'resultat.xlsx', 'rapport.xlsx'})

    def test_large_result_stays_on_the_job(self):
        job = self._job(self.user_a)
        with patch.object(queue_job_module, 'MESSAGE_ATTACHMENT_MAX', 10):
            self.Mixin.with_context(job_uuid=job.uuid)._ccis_job_deliver(
                'Export prêt', result=('gros.xlsx', b'x' * 11), report=('petit.xlsx', b'x'))
        message = job.message_ids.filtered(lambda m: m.body and 'Export prêt' in m.body)
        self.assertEqual(message.attachment_ids.mapped('datas_fname'), ['petit.xlsx'])
        self.assertEqual(job.ccis_result_name, 'gros.xlsx')

    def test_users_read_their_own_jobs(self):
        job_a, job_b = self._job(self.user_a), self._job(self.user_b)
        self.Mixin.with_context(job_uuid=job_a.uuid)._ccis_job_deliver(
            'Fait', result=('a.xlsx', b'PK-a'))
        Job = self.env['queue.job']
        self.assertEqual(Job.sudo(self.user_a).search([('id', 'in', (job_a | job_b).ids)]),
                         job_a)
        with self.assertRaises(AccessError):
            job_a.sudo(self.user_b).read(['name'])
        with self.assertRaises(AccessError):
            job_a.ccis_result_attachment_id.sudo(self.user_b).read(['datas'])
        with self.assertRaises(AccessError):
            job_a.sudo(self.user_a).write({'priority': 1})
        # the suite's administrators read every job
        self.assertEqual(Job.sudo(self.admin).search([('id', 'in', (job_a | job_b).ids)]),
                         job_a | job_b)

    def test_menu_for_the_suite_users(self):
        menu = self.env.ref('ccis_base.ccis_queue_job_menu')
        Menu = self.env['ir.ui.menu']
        self.assertEqual(Menu.sudo(self.user_a).search([('id', '=', menu.id)]), menu)
        employee = self.env['res.users'].with_context(no_reset_password=True).create({
            'name': 'Employé hors suite', 'login': 'h1_job_employee',
            'groups_id': [(6, 0, self.env.ref('base.group_user').ids)]})
        self.assertFalse(Menu.sudo(employee).search([('id', '=', menu.id)]))

from odoo.exceptions import AccessError, UserError, ValidationError

from .common import AuditCommon


class TestRecommendation(AuditCommon):
    """The owner unit updates its recommendations' status up to 'implemented'; the audit
    verifies, sends back, rejects and reopens."""

    @classmethod
    def setUpClass(cls):
        super(TestRecommendation, cls).setUpClass()
        cls.mission = cls._reported(user=cls.staff)
        cls.recommendation = cls.mission.recommendation_ids

    def test_unit_moves_forward_and_audit_verifies(self):
        as_staff = self.recommendation.sudo(self.staff)
        as_staff.action_start()
        self.assertEqual(self.recommendation.state, 'in_progress')
        with self.assertRaisesRegex(UserError, 'Mise en œuvre : actions et preuves'):
            as_staff.action_implement()
        as_staff.write({'implementation_note': 'Procédure révisée et diffusée.'})
        as_staff.action_implement()
        self.assertEqual(self.recommendation.state, 'implemented')
        self.assertTrue(self.recommendation.date_done)
        with self.assertRaisesRegex(UserError, "n'est pas permis à l'unité responsable"):
            as_staff.action_verify()
        self.recommendation.sudo(self.auditor).action_verify()
        self.assertEqual(self.recommendation.state, 'verified')
        self.assertEqual(self.recommendation.verified_by_id, self.auditor)
        with self.assertRaisesRegex(UserError, 'ne la modifie plus'):
            as_staff.write({'implementation_note': 'Autre'})

    def test_audit_sends_back(self):
        self.recommendation.sudo(self.staff).write({
            'state': 'implemented', 'date_done': '2031-05-10',
            'implementation_note': 'Fait.'})
        self.recommendation.sudo(self.auditor).action_send_back()
        self.assertEqual(self.recommendation.state, 'in_progress')

    def test_unit_cannot_change_text_deadline_or_reject(self):
        as_staff = self.recommendation.sudo(self.staff)
        with self.assertRaisesRegex(UserError, "seul le service d'audit modifie « Échéance »"):
            as_staff.write({'date_deadline': '2031-12-31'})
        with self.assertRaisesRegex(UserError, 'Recommandation'):
            as_staff.write({'name': 'Texte réécrit'})
        with self.assertRaisesRegex(UserError, "« Ouverte » à « Rejetée / sans objet »"):
            as_staff.write({'state': 'rejected'})

    def test_reject_needs_reason_and_reopens(self):
        as_audit = self.recommendation.sudo(self.auditor)
        with self.assertRaisesRegex(UserError, 'Motif du rejet'):
            as_audit.action_reject()
        as_audit.write({'rejection_reason': 'Processus supprimé.'})
        as_audit.action_reject()
        self.assertEqual(self.recommendation.state, 'rejected')
        as_audit.action_reopen()
        self.assertEqual(self.recommendation.state, 'open')
        self.assertFalse(self.recommendation.rejection_reason)

    def test_unit_cannot_delete_or_create(self):
        with self.assertRaises(AccessError):
            self.recommendation.sudo(self.manager).unlink()
        with self.assertRaises(AccessError):
            self.Recommendation.sudo(self.manager).create({
                'mission_id': self.mission.id, 'name': 'Auto-recommandation',
                'unit_id': self.unit_dap.id, 'date_deadline': '2031-09-01'})

    def test_issued_recommendation_not_deleted(self):
        with self.assertRaisesRegex(UserError, 'rejetez-la comme sans objet'):
            self.recommendation.sudo(self.auditor).unlink()

    def test_deadline_not_before_issue(self):
        with self.assertRaisesRegex(ValidationError, 'Échéance'):
            self.recommendation.sudo(self.auditor).write({'date_deadline': '2031-01-01'})

    def test_other_unit_cannot_update(self):
        with self.assertRaises(AccessError):
            self.recommendation.sudo(self.staff_src).write({'state': 'in_progress'})

    def test_error_in_arabic_for_an_arabic_user(self):
        if not self.env['res.lang'].search([('code', '=', 'ar_MA')]):
            self.skipTest('Moroccan Arabic is not installed')
        with self.assertRaisesRegex(UserError, 'لا تُحذف توصية صادرة بتقرير'):
            self.recommendation.sudo(self.auditor).with_context(lang='ar_MA').unlink()

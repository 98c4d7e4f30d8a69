from odoo.exceptions import UserError, ValidationError

from .common import AuditCommon


class TestMission(AuditCommon):

    def test_numbered_per_plan_year(self):
        first = self._mission()
        second = self._mission(start='2031-05-04', end='2031-05-29')
        plan_2032 = self.Plan.sudo(self.auditor).create({'name': 'Plan 2032', 'year': 2032})
        next_year = self._mission(plan=plan_2032, start='2032-01-12', end='2032-01-30')
        self.assertEqual(first.name, 'AUD/2031/001')
        self.assertEqual(second.name, 'AUD/2031/002')
        self.assertEqual(next_year.name, 'AUD/2032/001')
        self.assertEqual(first.display_name, 'AUD/2031/001 – Mission test du 2031-03-02')

    def test_units_or_process_required(self):
        with self.assertRaisesRegex(ValidationError, 'Unités auditées.*Processus audité'):
            self._mission(units=self.env['hr.department'])
        mission = self._mission(units=self.env['hr.department'], process='Achats')
        self.assertEqual(mission.process, 'Achats')

    def test_end_not_before_start(self):
        with self.assertRaisesRegex(ValidationError, 'Fin prévue'):
            self._mission(start='2031-03-10', end='2031-03-01')

    def test_start_needs_approved_plan(self):
        mission = self._mission()
        with self.assertRaisesRegex(UserError, 'approuvé par la direction'):
            mission.sudo(self.auditor).action_start()
        self._approve()
        mission.sudo(self.auditor).action_start()
        self.assertEqual(mission.state, 'in_progress')
        self.assertTrue(mission.date_start)

    def test_report_needs_findings_and_conclusion(self):
        mission = self._mission()
        self._approve()
        mission.sudo(self.auditor).action_start()
        with self.assertRaisesRegex(UserError, "émission du rapport : Constats, Conclusion"):
            mission.sudo(self.auditor).action_issue_report()

    def test_report_issues_recommendations(self):
        mission = self._reported(date_report='2031-04-10', user=self.staff)
        recommendation = mission.recommendation_ids
        self.assertEqual(mission.state, 'report')
        self.assertEqual(recommendation.date_issued, '2031-04-10')
        self.assertIn(self.staff.partner_id, recommendation.message_partner_ids)
        # a recommendation added after the report is issued on the report's date
        late_one = self._recommendation(mission.finding_ids, deadline='2031-09-30')
        self.assertEqual(late_one.date_issued, '2031-04-10')

    def test_close_needs_every_recommendation_settled(self):
        mission = self._reported(recommendations=2)
        first, second = mission.recommendation_ids
        with self.assertRaisesRegex(UserError, '2 recommandation\\(s\\) ne sont ni vérifiées'):
            mission.sudo(self.auditor).action_close()
        first.sudo(self.staff).write({'state': 'implemented', 'date_done': '2031-05-02',
                                      'implementation_note': 'Procédure révisée.'})
        first.sudo(self.auditor).action_verify()
        second.sudo(self.auditor).write({'rejection_reason': 'Sans objet.'})
        second.sudo(self.auditor).action_reject()
        mission.sudo(self.auditor).action_close()
        self.assertEqual(mission.state, 'closed')
        with self.assertRaisesRegex(UserError, 'ses constats ne changent plus'):
            mission.finding_ids.sudo(self.auditor).write({'name': 'Autre'})

    def test_started_mission_not_deleted(self):
        mission = self._reported()
        with self.assertRaisesRegex(UserError, 'seule une mission planifiée sans constat'):
            mission.sudo(self.auditor).unlink()

    def test_finding_of_other_mission_refused(self):
        mission = self._reported()
        other = self._mission(start='2031-06-01', end='2031-06-20')
        with self.assertRaisesRegex(ValidationError, 'Constat'):
            self.Recommendation.sudo(self.auditor).create({
                'finding_id': mission.finding_ids.id, 'mission_id': other.id,
                'name': 'Mal rattachée', 'unit_id': self.unit_dap.id,
                'date_deadline': '2031-08-01'})

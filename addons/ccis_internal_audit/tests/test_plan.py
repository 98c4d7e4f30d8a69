from odoo.exceptions import AccessError, UserError, ValidationError

from .common import AuditCommon


class TestPlan(AuditCommon):

    def test_one_plan_per_year(self):
        with self.assertRaisesRegex(ValidationError, "l'année 2031 a déjà son plan d'audit"):
            self.Plan.sudo(self.auditor).create({'name': 'Second plan 2031', 'year': 2031})
        other = self.Plan.sudo(self.auditor).create({'name': 'Plan 2032', 'year': 2032})
        with self.assertRaisesRegex(ValidationError, 'un seul plan par année'):
            other.write({'year': 2031})

    def test_direction_approves(self):
        self._mission()
        with self.assertRaisesRegex(UserError, 'Seule la direction'):
            self.plan.sudo(self.auditor).action_approve()
        self.plan.sudo(self.direction).action_approve()
        self.assertEqual(self.plan.state, 'approved')
        self.assertEqual(self.plan.approved_by_id, self.direction)
        self.assertTrue(self.plan.date_approved)

    def test_approve_needs_missions(self):
        with self.assertRaisesRegex(UserError, 'au moins une mission'):
            self.plan.sudo(self.direction).action_approve()

    def test_close_needs_reports(self):
        mission = self._mission(title='Mission en attente')
        self._approve()
        with self.assertRaisesRegex(UserError, 'Mission en attente'):
            self.plan.sudo(self.auditor).action_close()
        # postponed to the next year's plan: the 2031 plan closes
        plan_2032 = self.Plan.sudo(self.auditor).create({'name': 'Plan 2032', 'year': 2032})
        mission.sudo(self.auditor).write({'plan_id': plan_2032.id,
                                          'date_planned_start': '2032-02-01',
                                          'date_planned_end': '2032-02-20'})
        self.assertEqual(mission.year, 2032)
        self.plan.sudo(self.auditor).action_close()
        self.assertEqual(self.plan.state, 'closed')
        with self.assertRaisesRegex(UserError, 'il est clôturé'):
            self._mission()

    def test_mission_dates_in_plan_year(self):
        with self.assertRaisesRegex(ValidationError, "l'année du plan d'audit \\(2031\\)"):
            self._mission(start='2032-01-10', end='2032-01-20')

    def test_bureau_and_staff_read_only(self):
        self.assertEqual(self.Plan.sudo(self.bureau).search([('id', '=', self.plan.id)]),
                         self.plan)
        with self.assertRaises(AccessError):
            self.plan.sudo(self.staff).write({'note': 'Vu'})
        with self.assertRaises(AccessError):
            self.Plan.sudo(self.direction).create({'name': 'Plan 2033', 'year': 2033})

    def test_approved_plan_not_deleted(self):
        self._mission()
        self._approve()
        with self.assertRaisesRegex(UserError, 'seul un plan brouillon sans mission'):
            self.plan.sudo(self.auditor).unlink()

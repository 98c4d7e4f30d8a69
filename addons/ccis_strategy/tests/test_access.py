from odoo.exceptions import AccessError, UserError

from .common import StrategyCommon


class TestAccess(StrategyCommon):
    """The plan is chamber-wide: read by every role, managed by the direction."""

    def test_every_role_reads_the_plan_and_its_progress(self):
        self.plan._rebuild_progress()
        for user in (self.staff, self.manager, self.annex_director, self.auditor,
                     self.bureau, self.direction):
            plan = self.plan.sudo(user)
            self.assertEqual(plan.name, 'Plan stratégique test 2031-2035')
            self.assertIn(2.0, plan.objective_ids.target_ids.mapped('target'))
            self.assertEqual(len(self.Progress.sudo(user).search(
                [('plan_id', '=', self.plan.id)])), 15)

    def test_staff_audit_and_bureau_cannot_edit(self):
        for user in (self.staff, self.manager, self.annex_director, self.auditor,
                     self.bureau):
            with self.assertRaises(AccessError):
                self.plan.sudo(user).write({'name': 'Plan modifié'})
            with self.assertRaises(AccessError):
                self.Objective.sudo(user).create(
                    {'plan_id': self.plan.id, 'code': 'X', 'name': 'Objectif'})
            with self.assertRaises(AccessError):
                self.objective.target_ids[:1].sudo(user).write({'target': 99})

    def test_only_the_direction_computes_the_progress(self):
        with self.assertRaisesRegex(UserError, 'Seule la direction'):
            self.plan.sudo(self.manager).action_compute_progress()
        self.plan.sudo(self.direction).action_compute_progress()
        self.assertTrue(self.plan.progress_ids)

    def test_direction_manages_the_plan(self):
        plan = self.Plan.sudo(self.direction).create(
            {'name': 'Plan de la direction', 'first_year': 2041, 'last_year': 2045})
        objective = self.Objective.sudo(self.direction).create({
            'plan_id': plan.id, 'code': 'D1', 'name': 'Objectif de la direction',
            'definition_ids': [(6, 0, self.def_count.ids)],
            'target_ids': [(0, 0, {'definition_id': self.def_count.id, 'year': 2041,
                                   'target': 10})],
        })
        self.assertEqual(objective.target_ids.target, 10.0)
        plan.action_adopt()
        plan.action_reset_draft()
        plan.unlink()
        self.assertFalse(objective.exists())

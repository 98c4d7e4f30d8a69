from odoo.exceptions import ValidationError

from .common import StrategyCommon


class TestLinks(StrategyCommon):
    """Axes and actions of the programmes linked to objectives: which lines count."""

    @classmethod
    def setUpClass(cls):
        super(TestLinks, cls).setUpClass()
        cls.objective_b = cls.Objective.create({
            'plan_id': cls.plan.id, 'code': 'OS2', 'name': 'Diffuser l\'information',
            'definition_ids': [(6, 0, cls.def_count.ids)],
            'axis_ids': [(6, 0, cls.other_axis.ids)],
        })

    def test_action_links_to_its_objective(self):
        self.assertEqual(self.objective.action_count, 3)
        self.assertEqual(self.env['ccis.activity.action'].search(
            [('objective_id', '=', self.objective.id)]), self.actions)
        self.assertEqual(self.actions[0].strategic_axis, 'Compétitivité')

    def test_axis_objectives_count_for_actions_without_objective(self):
        programme = self.programmes[1]
        action = self._create_action('Action test sur l\'autre axe', programme, self.unit_dap,
                                     axis=self.other_axis)
        line = self._create_line(action, self.def_count, 1)
        line._compute_values('2033-12-31')
        self.assertEqual(self.other_axis.objective_ids, self.objective_b)
        self.plan._rebuild_progress()
        self.assertEqual(self._progress(self.def_count, 2032, self.objective_b).realised, 3.0)
        # an action with its own objective counts for it only, not for its axis's
        action.objective_id = self.objective
        self.plan._rebuild_progress()
        self.assertFalse(self._progress(self.def_count, 2032, self.objective_b).has_values)
        self.assertEqual(self._progress(self.def_count, 2032).line_count, 2)

    def test_action_outside_the_plan_is_refused_in_french(self):
        programme = self.Programme.create({'name': 'Programme test 2036', 'year': 2036})
        action = self._create_action('Action hors plan', programme, self.unit_dap,
                                     axis=self.axis)
        with self.assertRaisesRegex(ValidationError, "n'est pas couvert par le plan"):
            action.objective_id = self.objective

    def test_grouped_by_objective(self):
        groups = self.env['ccis.activity.action'].read_group(
            [('id', 'in', self.actions.ids)], ['objective_id'], ['objective_id'])
        self.assertEqual(groups[0]['objective_id'][0], self.objective.id)
        self.assertEqual(groups[0]['objective_id_count'], 3)

    def test_unit_manager_links_an_action_of_the_unit(self):
        self.actions[0].sudo(self.manager).write({'objective_id': False})
        self.assertFalse(self.actions[0].objective_id)
        self.actions[0].sudo(self.manager).write({'objective_id': self.objective.id})
        self.assertEqual(self.actions[0].objective_id, self.objective)

    def test_plan_covers_the_programmes_of_its_years(self):
        self.assertEqual(self.plan.programme_ids & self.programmes, self.programmes)
        self.assertTrue(all(2031 <= year <= 2035
                            for year in self.plan.programme_ids.mapped('year')))

    def test_programme_opens_its_plan(self):
        action = self.programmes[0].sudo(self.staff).action_view_strategy_plans()
        self.assertEqual(self.env['ccis.strategy.plan'].sudo(self.staff).search(
            action['domain']), self.plan)

from odoo.exceptions import UserError, ValidationError

from .common import StrategyCommon


class TestConstraints(StrategyCommon):
    """The plan's rules, refused in French naming the plan or objective."""

    def test_last_year_before_first_is_refused(self):
        with self.assertRaisesRegex(ValidationError, r"Plan stratégique « Plan inversé » : "
                                                     r"la dernière année \(2031\) précède"):
            self.Plan.create({'name': 'Plan inversé', 'first_year': 2033, 'last_year': 2031})

    def test_target_year_outside_the_plan_is_refused(self):
        with self.assertRaisesRegex(ValidationError, r"l'année de la cible \(2036\) est hors "
                                                     r"du plan"):
            self.Target.create({'objective_id': self.objective.id,
                                'definition_id': self.def_count.id, 'year': 2036,
                                'target': 5})

    def test_shortening_the_plan_below_a_target_is_refused(self):
        with self.assertRaisesRegex(ValidationError, 'est hors du plan'):
            self.plan.last_year = 2033

    def test_two_targets_for_one_year_are_refused(self):
        with self.assertRaisesRegex(ValidationError, 'une seule cible'):
            self.Target.create({'objective_id': self.objective.id,
                                'definition_id': self.def_count.id, 'year': 2031,
                                'target': 5})

    def test_target_of_an_indicator_not_measuring_the_objective(self):
        with self.assertRaisesRegex(ValidationError, 'indicateurs de mesure'):
            self.Target.create({'objective_id': self.objective.id,
                                'definition_id': self.def_all.id, 'year': 2031,
                                'target': 5})

    def test_overlapping_adopted_plans_are_refused(self):
        self.plan.sudo(self.direction).action_adopt()
        self.assertEqual(self.plan.state, 'adopted')
        self.assertTrue(self.plan.adoption_date)
        other = self.Plan.create({'name': 'Plan concurrent', 'first_year': 2035,
                                  'last_year': 2039})
        self.Objective.create({'plan_id': other.id, 'code': 'X1', 'name': 'Objectif'})
        with self.assertRaisesRegex(ValidationError, 'chevauchent celles du plan adopté'):
            other.sudo(self.direction).action_adopt()
        # once the first plan is closed, the next one may be adopted
        self.plan.sudo(self.direction).action_close()
        other.sudo(self.direction).action_adopt()
        self.assertEqual(other.state, 'adopted')

    def test_plan_without_objective_cannot_be_adopted(self):
        plan = self.Plan.create({'name': 'Plan vide', 'first_year': 2040, 'last_year': 2044})
        with self.assertRaisesRegex(UserError, 'sans objectif'):
            plan.sudo(self.direction).action_adopt()

    def test_only_the_direction_adopts(self):
        with self.assertRaisesRegex(UserError, 'Seule la direction'):
            self.plan.sudo(self.manager).action_adopt()

    def test_adopted_plan_cannot_be_deleted(self):
        self.plan.sudo(self.direction).action_adopt()
        with self.assertRaisesRegex(UserError, 'seul un plan en brouillon'):
            self.plan.sudo(self.direction).unlink()

    def test_objective_code_unique_in_its_plan(self):
        with self.assertRaises(Exception), self.cr.savepoint():
            self.Objective.create({'plan_id': self.plan.id, 'code': 'OS1', 'name': 'Doublon'})

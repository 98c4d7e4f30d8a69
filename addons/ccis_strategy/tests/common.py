from odoo.addons.ccis_activity.tests.common import CcisActivityTestFactory
from odoo.tests.common import SavepointCase

# the test partners the computed indicators count: (year, numerator, others) — partners
# dated in each year, "numerator" ones counted by the rate's numerator
PARTNERS = ((2031, 2, 2), (2032, 3, 1), (2033, 1, 5))


class StrategyCommon(CcisActivityTestFactory, SavepointCase):
    """A test chamber (units, one user of each group), a plan 2031-2035 with one objective
    measured by three computed indicators (a count, a rate, a stock) of test partners dated
    2031-2033 (years no other data uses), and the programmes 2031-2033 whose actions serve
    the objective, their indicators measured by the engine."""

    @classmethod
    def setUpClass(cls):
        super(StrategyCommon, cls).setUpClass()
        cls._setup_test_env()
        cls._create_test_chamber('TST', 'stratégie', 'CCIS Test stratégie', unit_manager=True)
        cls.Plan = cls.env['ccis.strategy.plan']
        cls.Objective = cls.env['ccis.strategy.objective']
        cls.Target = cls.env['ccis.strategy.target']
        cls.Progress = cls.env['ccis.strategy.progress']
        cls.Programme = cls.env['ccis.activity.programme']
        cls.axis = cls.env['ccis.activity.axis'].create(
            {'code': 'TST-AX', 'name': 'Axe test stratégie'})
        cls.other_axis = cls.env['ccis.activity.axis'].create(
            {'code': 'TST-AX2', 'name': 'Autre axe test stratégie'})
        computed = dict(source='computed', model_name='res.partner', date_field='date')
        cls.def_count = cls._create_definition(
            'TST_NUM', 'Entreprises accompagnées (test)', 'count', uom='entreprises',
            domain="[('ref', '=', 'TSTRAT-N')]", **computed)
        cls.def_all = cls._create_definition(
            'TST_ALL', 'Entreprises reçues (test)', 'count', uom='entreprises',
            domain="[('ref', 'in', ['TSTRAT-N', 'TSTRAT-O'])]", **computed)
        cls.def_rate = cls._create_definition(
            'TST_TAUX', "Taux d'accompagnement (test)", 'ratio', uom='%',
            source='computed', numerator_id=cls.def_count.id, denominator_id=cls.def_all.id)
        cls.def_stock = cls._create_definition(
            'TST_STOCK', 'Portefeuille des entreprises (test)', 'last', uom='entreprises',
            domain="[('ref', 'in', ['TSTRAT-N', 'TSTRAT-O'])]", **computed)
        Partner = cls.env['res.partner']
        for year, numerator, others in PARTNERS:
            for index in range(numerator + others):
                Partner.create({
                    'name': 'Entreprise test stratégie %s-%s' % (year, index),
                    'is_company': True, 'date': '%s-0%s-15' % (year, index % 3 + 2),
                    'ref': 'TSTRAT-N' if index < numerator else 'TSTRAT-O'})
        cls.plan = cls.Plan.create({
            'name': 'Plan stratégique test 2031-2035', 'first_year': 2031, 'last_year': 2035})
        cls.definitions = cls.def_count | cls.def_rate | cls.def_stock
        cls.objective = cls.Objective.create({
            'plan_id': cls.plan.id, 'code': 'OS1', 'name': 'Accompagner les entreprises',
            'strategic_axis': 'Compétitivité', 'unit_id': cls.unit_dap.id,
            'definition_ids': [(6, 0, cls.definitions.ids)],
        })
        for definition, targets in ((cls.def_count, (2, 4, 2, 3, 3)),
                                    (cls.def_rate, (40, 50, 60, 60, 60)),
                                    (cls.def_stock, (4, 10, 12, 15, 20))):
            for year, target in zip(range(2031, 2036), targets):
                cls.Target.create({'objective_id': cls.objective.id,
                                   'definition_id': definition.id, 'year': year,
                                   'target': target})
        cls.programmes = cls.Programme.browse()
        cls.actions = cls.env['ccis.activity.action'].browse()
        cls.lines = cls.env['ccis.indicator.line'].browse()
        for year in (2031, 2032, 2033):
            programme = cls.Programme.create({'name': 'Programme test %s' % year,
                                              'year': year})
            action = cls._create_action('Accompagnement test %s' % year, programme,
                                        cls.unit_dap, axis=cls.axis,
                                        objective_id=cls.objective.id)
            cls.programmes |= programme
            cls.actions |= action
            for definition in cls.definitions:
                cls.lines |= cls._create_line(action, definition, 1)
        cls.lines._compute_values('2033-12-31')

    def _progress(self, definition, year=None, objective=None):
        domain = [('objective_id', '=', (objective or self.objective).id),
                  ('definition_id', '=', definition.id)]
        if year:
            domain.append(('year', '=', year))
        return self.Progress.search(domain)

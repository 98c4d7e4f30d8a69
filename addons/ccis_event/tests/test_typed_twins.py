from odoo.addons.ccis_base.models.ccis_lock_mixin import LOCK_BYPASS

from .common import CcisEventCommon


class TestTypedTwins(CcisEventCommon):
    """A typed indicator replaced by a computed one (the upgrade's carry-over, used by the
    migrations): retired with a note, and its lines' values carried to the computed indicator
    of the same action, none lost; the values the engine computed for a period that receives a
    typed value give way, a validated typed value stays validated."""

    @classmethod
    def setUpClass(cls):
        super(TestTypedTwins, cls).setUpClass()
        cls.programme_2016 = cls.env['ccis.activity.programme'].create(
            {'name': 'Programme test 2016', 'year': 2016})
        cls.action_2016 = cls._create_action('Formations 2016', cls.programme_2016, cls.unit_dap,
                                             axis=cls.axis)
        cls.other_2016 = cls._create_action('Autres formations 2016', cls.programme_2016,
                                            cls.unit_dap, axis=cls.axis)
        cls.typed = cls._create_definition('TT_SESS', 'Sessions (saisi, test)', 'count',
                                           uom='sessions')
        cls.computed = cls.env.ref('ccis_event.ccis_indicator_definition_training_sessions')
        cls.typed_line = cls._create_line(cls.action_2016, cls.typed, 8.0)
        cls._values(cls.typed_line, [('2016-02-15', 2.0), ('2016-05-15', 3.0)])
        cls.typed_line.value_ids.filtered(lambda v: v.date == '2016-02-15').sudo(
            cls.auditor).action_validate()
        cls.computed_line = cls._create_line(cls.action_2016, cls.computed, 8.0)
        cls.lone_line = cls._create_line(cls.other_2016, cls.typed, 4.0)
        cls._values(cls.lone_line, [('2016-03-01', 1.0)])
        cls.computed_line.action_compute_values()

    def test_retired_and_carried_over(self):
        code = self.typed.code
        self.typed._ccis_retire('« %s »' % self.computed.name)
        self.assertFalse(self.typed.active)
        self.assertEqual(self.typed.code, code + '_RETIRE')
        self.assertIn('Retiré le', self.typed.description)
        counts = self.typed._ccis_carry_over(self.computed)
        self.assertEqual(counts, {'lines': 2, 'values': 3})
        self.assertFalse(self.typed_line.exists())
        # the typed values are the history of the computed indicator of the same action
        typed = self.computed_line.value_ids.filtered(lambda v: v.source == 'manual')
        self.assertEqual(sorted(typed.mapped('value')), [2.0, 3.0])
        self.assertEqual(typed.filtered(lambda v: v.date == '2016-02-15').state, 'validated')
        self.assertIn('Valeur saisie reprise', typed[0].comment)
        periods = typed.mapped('period_id')
        self.assertFalse(self.computed_line.value_ids.filtered(
            lambda v: v.source == 'computed' and v.period_id in periods))
        self.assertEqual(self.computed_line.realised, 5.0)
        # the action without a computed line keeps its line, now of the computed indicator
        self.assertEqual(self.lone_line.definition_id, self.computed)
        self.assertEqual(self.lone_line.value_ids.mapped('value'), [1.0])

    def test_typed_average_becomes_the_rate_terms(self):
        typed = self._create_definition('TT_SATIS', 'Satisfaction (saisie, test)', 'average',
                                        uom='%')
        rate = self.env.ref('ccis_event.ccis_indicator_definition_satisfaction_rate')
        line = self._create_line(self.action_2016, typed, 80.0)
        value = self._values(line, [('2016-03-01', 85.0)])
        value.with_context(ccis_lock=LOCK_BYPASS).write({'denominator': 4.0})
        typed._ccis_retire('« %s »' % rate.name)
        typed._ccis_carry_over(rate)
        self.assertEqual(value.line_id.definition_id, rate)
        # 85 % of 4 answers: 17 points out of 5 for 4 answers, the same 85 %
        self.assertAlmostEqual(value.numerator, 17.0)
        self.assertEqual(value.denominator, 4.0)
        self.assertAlmostEqual(value.value, 85.0)

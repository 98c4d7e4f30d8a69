from odoo.addons.ccis_base.tests.common import CcisTestFactory
from odoo.tests.common import SavepointCase


class CcisActivityTestFactory(CcisTestFactory):
    """Test factories of ccis_activity (indicator definitions, actions, indicator lines and
    their values), on top of ccis_base's; addons that build on the programme reuse them."""

    @classmethod
    def _create_definition(cls, code, name, measure, uom='participants',
                           direction='higher', **values):
        """A definition measuring ``measure`` (count, sum, average, last, ratio, delay)."""
        values.update({'code': code, 'name': name, 'measure': measure, 'uom': uom,
                       'direction': direction})
        return cls.env['ccis.indicator.definition'].create(values)

    @classmethod
    def _create_action(cls, name, programme, unit, user=None, budget=0.0, axis=None,
                       **values):
        """An action of ``programme`` (without the indicators its type proposes), from
        January 15th to November 30th unless ``date_start``/``date_end`` are given; ``axis``
        defaults to the training axis."""
        year = programme.year
        axis = axis or cls.env.ref('ccis_activity.ccis_activity_axis_formation')
        values.setdefault('date_start', '%s-01-15' % year)
        values.setdefault('date_end', '%s-11-30' % year)
        values.update({
            'name': name, 'programme_id': programme.id, 'axis_id': axis.id,
            'unit_id': unit.id, 'budget_planned': budget,
        })
        if user:
            values['user_id'] = user.id
        return cls.env['ccis.activity.action'].with_context(
            ccis_no_indicator_templates=True).create(values)

    @classmethod
    def _create_line(cls, action, definition, target, period_type='quarter'):
        return cls.env['ccis.indicator.line'].create({
            'action_id': action.id, 'definition_id': definition.id, 'target': target,
            'period_type': period_type,
        })

    @classmethod
    def _values(cls, line, pairs):
        """Realised values of ``line``: (date, value) pairs, or (date, value, numerator,
        denominator) for a rate (value ignored) or an average (denominator = observations)."""
        values = cls.env['ccis.indicator.value']
        for item in pairs:
            vals = {'line_id': line.id, 'date': item[0], 'value': item[1]}
            if len(item) > 2:
                vals.update(numerator=item[2], denominator=item[3])
            values |= values.create(vals)
        return values


class CcisActivityCommon(CcisActivityTestFactory, SavepointCase):
    """A small chamber built once: a head office and an annex, their units, one user of every
    group with an employee in a unit; programmes for 2019 (closed) and 2020 (in execution)
    with actions, indicators of several measures and realised values per quarter."""

    YEAR = 2020
    PREVIOUS_YEAR = 2019

    @classmethod
    def setUpClass(cls):
        super(CcisActivityCommon, cls).setUpClass()
        cls._setup_test_env()
        ref = cls.env.ref
        cls.Programme = cls.env['ccis.activity.programme']
        cls.Action = cls.env['ccis.activity.action']
        cls.Line = cls.env['ccis.indicator.line']
        cls.Value = cls.env['ccis.indicator.value']
        cls.Definition = cls.env['ccis.indicator.definition']
        cls.axis_training = ref('ccis_activity.ccis_activity_axis_formation')
        cls.axis_promotion = ref('ccis_activity.ccis_activity_axis_rencontres_promotion')
        cls.type_training = ref('ccis_activity.ccis_activity_type_training')

        cls._create_test_chamber('TA', 'activité', 'CCIS Test Activité', unit_manager=True)

        cls.def_sum = cls._create_definition('TA_SUM', 'Participants formés (test)', 'sum')
        cls.def_avg = cls._create_definition('TA_AVG', 'Satisfaction (test)', 'average', '%')
        cls.def_last = cls._create_definition('TA_LAST', 'Avancement (test)', 'last', '%')
        cls.def_lower = cls._create_definition('TA_LOW', 'Délai de réponse (test)', 'sum',
                                               'jours', direction='lower')
        # the training type proposes these indicators (whatever the default data proposes)
        for sequence, definition, target in ((1, cls.def_sum, 300.0), (2, cls.def_avg, 80.0)):
            cls.env['ccis.activity.type.indicator'].create({
                'type_id': cls.type_training.id, 'sequence': sequence,
                'definition_id': definition.id, 'target': target})

        cls.previous = cls.Programme.create({'name': 'Programme test 2019',
                                             'year': cls.PREVIOUS_YEAR})
        cls.programme = cls.Programme.create({'name': 'Programme test 2020', 'year': cls.YEAR})
        cls.previous.write({'state': 'closed'})
        cls.programme.write({'state': 'execution'})

        # 2020: an action of the Appui unit with a summed, an averaged and a last-value
        # indicator, values in several quarters
        cls.action = cls._create_action('Formations test 2020', cls.programme, cls.unit_dap,
                                        cls.staff, budget=100000.0)
        cls.line_sum = cls._create_line(cls.action, cls.def_sum, 400.0)
        cls.line_avg = cls._create_line(cls.action, cls.def_avg, 80.0)
        cls.line_last = cls._create_line(cls.action, cls.def_last, 100.0)
        cls._values(cls.line_sum, [('2020-02-10', 50.0), ('2020-03-20', 40.0),
                                   ('2020-05-15', 120.0), ('2020-10-01', 70.0)])
        cls._values(cls.line_avg, [('2020-03-01', 70.0), ('2020-06-01', 90.0),
                                   ('2020-09-01', 95.0)])
        cls._values(cls.line_last, [('2020-03-31', 20.0), ('2020-06-30', 45.0),
                                    ('2020-09-30', 65.0)])
        # a second action of the same axis, another unit, same summed indicator
        cls.action_src = cls._create_action('Formations ressortissants 2020', cls.programme,
                                            cls.unit_src, cls.staff_src, budget=50000.0)
        cls.line_src = cls._create_line(cls.action_src, cls.def_sum, 200.0)
        cls._values(cls.line_src, [('2020-04-10', 60.0), ('2020-11-10', 30.0)])
        # an action of the annex
        cls.action_annex = cls._create_action('Formations annexe 2020', cls.programme,
                                              cls.unit_annex_dap, cls.annex_director,
                                              budget=20000.0)
        # 2019: the same indicators, for the comparison
        cls.prev_action = cls._create_action('Formations test 2019', cls.previous,
                                             cls.unit_dap, cls.staff, budget=80000.0)
        cls.prev_action.write({'state': 'done', 'progress': 100.0, 'date_done': '2019-12-20'})
        cls.prev_line_sum = cls._create_line(cls.prev_action, cls.def_sum, 300.0)
        cls._values(cls.prev_line_sum, [('2019-03-01', 100.0), ('2019-09-01', 150.0)])

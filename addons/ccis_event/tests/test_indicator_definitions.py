from .common import CcisEventCommon


class TestIndicatorDefinitions(CcisEventCommon):
    """The default event indicators over a built year (2017): one per meaning, computed from
    the events, registrations, attendance and satisfaction scores recorded by the unit's staff;
    rates recomputed from their terms over the year, never averaged."""

    YEAR = 2017

    @classmethod
    def setUpClass(cls):
        super(TestIndicatorDefinitions, cls).setUpClass()
        ref = cls.env.ref
        name = 'ccis_event.ccis_indicator_definition_%s'
        for key in ('events', 'event_registrations', 'event_present', 'attendance_rate',
                    'training_sessions', 'trained', 'training_hours', 'satisfaction_rate',
                    'seminars', 'business_missions'):
            setattr(cls, 'def_%s' % key, ref(name % key))
        cls.type_mission = ref('ccis_event.event_type_mission')
        # first quarter: two trainings (scores 4, 5 and 3), a seminar; second quarter: a
        # training scored 2 by its only evaluating participant, a mission abroad
        cls.training_1 = cls._event('Formation 2017 A', cls.type_training, '2017-02-10', 6.0)
        cls.training_2 = cls._event('Formation 2017 B', cls.type_training, '2017-03-15', 4.0)
        cls.seminar = cls._event('Séminaire 2017', cls.type_seminar, '2017-03-20')
        cls.training_3 = cls._event('Formation 2017 C', cls.type_training, '2017-05-04', 3.0)
        cls.mission = cls._event('Mission 2017', cls.type_mission, '2017-06-01')
        cls.draft = cls._event('Formation 2017 brouillon', cls.type_training, '2017-03-01')
        cls.draft.write({'state': 'draft'})
        cls._attend(cls.training_1, [(cls.person_agro, 'present', 4.0),
                                     (cls.person_trans, 'present', 5.0),
                                     (cls.person_impex, 'absent', 0.0)])
        cls._attend(cls.training_2, [(cls.person_other, 'present', 3.0)])
        cls._attend(cls.seminar, [(cls.person_agro, 'present', 0.0),
                                  (cls.person_impex, 'excused', 0.0)])
        cls._attend(cls.training_3, [(cls.person_trans, 'present', 2.0),
                                     (cls.person_other, 'present', 0.0)])

    @classmethod
    def _event(cls, name, event_type, date, hours=None):
        values = {'name': name, 'event_type_id': event_type.id, 'unit_id': cls.unit_dap.id,
                  'date_begin': '%s 08:00:00' % date, 'date_end': '%s 16:00:00' % date,
                  'auto_confirm': True}
        if hours:
            values['ccis_hours'] = hours
        event = cls.env['event.event'].sudo(cls.manager).create(values)
        if event.state == 'draft':
            event.button_confirm()
        return event

    @classmethod
    def _attend(cls, event, rows):
        for person, attendance, score in rows:
            registration = cls._register(event, person).sudo(cls.staff)
            getattr(registration, 'action_ccis_%s' % attendance)()
            if score:
                registration.ccis_satisfaction = score

    def _measure(self, definition, start, end):
        return definition.compute_measure('%s-%s' % (self.YEAR, start),
                                          '%s-%s' % (self.YEAR, end), self.unit_dap)

    def test_counts_of_events(self):
        self.assertEqual(self._measure(self.def_events, '01-01', '03-31'), 3.0)
        self.assertEqual(self._measure(self.def_training_sessions, '01-01', '12-31'), 3.0)
        self.assertEqual(self._measure(self.def_seminars, '01-01', '12-31'), 1.0)
        self.assertEqual(self._measure(self.def_business_missions, '01-01', '12-31'), 1.0)
        # another unit's line does not count them
        self.assertEqual(self.def_events.compute_measure('2017-01-01', '2017-12-31',
                                                         self.unit_annex_dap), 0.0)

    def test_participants_and_hours(self):
        self.assertEqual(self._measure(self.def_trained, '01-01', '12-31'), 5.0)
        self.assertEqual(self._measure(self.def_event_present, '01-01', '03-31'), 4.0)
        # 2 present x 6 h + 1 x 4 h, then 2 x 3 h
        self.assertEqual(self._measure(self.def_training_hours, '01-01', '03-31'), 16.0)
        self.assertEqual(self._measure(self.def_training_hours, '01-01', '12-31'), 22.0)

    def test_satisfaction_rate_recomputed_over_the_year(self):
        # scores out of 5 as a rate: (4 + 5 + 3) / 3 x 20 = 80 %, then 2 / 1 x 20 = 40 %
        self.assertAlmostEqual(self._measure(self.def_satisfaction_rate, '01-01', '03-31'),
                               80.0)
        self.assertAlmostEqual(self._measure(self.def_satisfaction_rate, '04-01', '06-30'),
                               40.0)
        # the year: 14 points for 4 answers, 70 %, not the mean of the quarters (60 %)
        self.assertAlmostEqual(self._measure(self.def_satisfaction_rate, '01-01', '12-31'),
                               70.0)

    def test_satisfaction_rate_of_a_training_action(self):
        """A training action proposes the satisfaction rate; its line's year is recomputed
        from the quarters' scores and answers."""
        programme = self.env['ccis.activity.programme'].create(
            {'name': 'Programme test 2017', 'year': self.YEAR})
        action = self.env['ccis.activity.action'].create({
            'name': 'Formations 2017', 'programme_id': programme.id,
            'axis_id': self.axis.id, 'unit_id': self.unit_dap.id,
            'type_id': self.env.ref('ccis_activity.ccis_activity_type_training').id,
            'date_start': '2017-01-01', 'date_end': '2017-12-31'})
        (self.training_1 | self.training_2 | self.training_3).write(
            {'ccis_action_id': action.id})
        line = action.indicator_line_ids.filtered(
            lambda ln: ln.definition_id == self.def_satisfaction_rate)
        self.assertTrue(line)
        line.sudo(self.manager).action_compute_values()
        quarters = line.period_ids.sorted('sequence')
        self.assertAlmostEqual(quarters[0].realised, 80.0)
        self.assertAlmostEqual(quarters[1].realised, 40.0)
        self.assertAlmostEqual(line.realised, 70.0)

    def test_attendance_rate(self):
        # first quarter: 4 present of 6 registered (the absent and the excused count)
        self.assertAlmostEqual(self._measure(self.def_attendance_rate, '01-01', '03-31'),
                               400.0 / 6)
        self.assertAlmostEqual(self._measure(self.def_attendance_rate, '01-01', '12-31'),
                               600.0 / 8)

    def test_one_indicator_per_meaning(self):
        """No activity type proposes a typed indicator that has a computed namesake, and the
        computed definitions carry no "(calculé)" mark any more."""
        Definition = self.env['ccis.indicator.definition']
        computed = Definition.search([('source', '=', 'computed')])
        self.assertFalse(computed.filtered(lambda d: '(calculé)' in d.name))
        proposed = self.env['ccis.activity.type.indicator'].search([]).mapped('definition_id')
        typed_names = set(proposed.filtered(lambda d: d.source == 'manual').mapped('name'))
        self.assertFalse(typed_names & set(computed.mapped('name')))
        training = self.env.ref('ccis_activity.ccis_activity_type_training')
        self.assertEqual(set(training.template_ids.mapped('definition_id.source')),
                         {'computed'})

from .common import CcisEventCommon


class TestIndicators(CcisEventCommon):
    """The programme's computed indicators count events and participants by themselves."""

    @classmethod
    def setUpClass(cls):
        super(TestIndicators, cls).setUpClass()
        ref = cls.env.ref
        cls.def_events = ref('ccis_event.ccis_indicator_definition_events')
        cls.def_present = ref('ccis_event.ccis_indicator_definition_event_present')
        cls.def_trained = ref('ccis_event.ccis_indicator_definition_trained')
        cls.def_hours = ref('ccis_event.ccis_indicator_definition_training_hours')
        # two trainings and a seminar serve the action, one training another action
        cls.training_1 = cls._create_event('Formation indicateur 1', cls.type_training,
                                           action=cls.action, days=-3, hours=6.0)
        cls.training_2 = cls._create_event('Formation indicateur 2', cls.type_training,
                                           action=cls.action, days=-2, hours=4.0)
        cls.seminar = cls._create_event('Séminaire indicateur', cls.type_seminar,
                                        action=cls.action, days=-1)
        cls.elsewhere = cls._create_event('Formation autre action', cls.type_training,
                                          action=cls.other_action, days=-1)
        cls.draft = cls._create_event('Formation brouillon', cls.type_training,
                                      action=cls.action, days=-1, confirm=False)
        cls.draft.write({'state': 'draft'})
        for event, people in ((cls.training_1, (cls.person_agro, cls.person_trans)),
                              (cls.training_2, (cls.person_impex,)),
                              (cls.seminar, (cls.person_other, cls.person_agro)),
                              (cls.elsewhere, (cls.person_trans,))):
            for person in people:
                cls._register(event, person).action_ccis_present()
        cls._register(cls.training_2, cls.person_other).action_ccis_absent()
        Line = cls.env['ccis.indicator.line']
        cls.line_events = Line.create({'action_id': cls.action.id,
                                       'definition_id': cls.def_events.id, 'target': 10.0})
        cls.line_present = Line.create({'action_id': cls.action.id,
                                        'definition_id': cls.def_present.id, 'target': 50.0})
        cls.line_trained = Line.create({'action_id': cls.action.id,
                                        'definition_id': cls.def_trained.id, 'target': 30.0})
        cls.line_hours = Line.create({'action_id': cls.action.id,
                                      'definition_id': cls.def_hours.id, 'target': 100.0})

    def test_action_counts_its_events(self):
        self.line_events.action_compute_values()
        # the two trainings and the seminar; not the other action's, not the draft
        self.assertEqual(self.line_events.realised, 3.0)

    def test_action_counts_present_participants(self):
        self.line_present.action_compute_values()
        self.assertEqual(self.line_present.realised, 5.0)

    def test_action_counts_trained_participants(self):
        self.line_trained.action_compute_values()
        self.assertEqual(self.line_trained.realised, 3.0)

    def test_action_sums_training_hours(self):
        self.line_hours.action_compute_values()
        self.assertEqual(self.line_hours.realised, 2 * 6.0 + 1 * 4.0)

    def test_new_event_counted_on_recompute(self):
        self.line_events.action_compute_values()
        self._create_event('Formation indicateur 3', self.type_training, action=self.action,
                           days=-1)
        self.line_events.action_compute_values()
        self.assertEqual(self.line_events.realised, 4.0)

    def test_without_action_counts_by_unit(self):
        start, end = '%s-01-01' % self.year, '%s-12-31' % self.year
        count = self.def_events.compute_measure(start, end, self.unit_annex)
        self.assertEqual(count, 0.0)
        annex_event = self._create_event('Journée annexe', self.type_seminar,
                                         unit=self.unit_annex_dap, days=-1)
        self.assertTrue(annex_event)
        self.assertEqual(self.def_events.compute_measure(start, end, self.unit_annex), 1.0)

    def test_definitions_are_computed(self):
        for definition in (self.def_events, self.def_present, self.def_trained,
                           self.def_hours):
            self.assertEqual(definition.source, 'computed')
            self.assertTrue(definition.model_available)
            self.assertEqual(definition.ccis_action_field, 'ccis_action_id')

    def test_training_action_gets_computed_indicators(self):
        action = self.env['ccis.activity.action'].create({
            'name': 'Action de formation avec modèles', 'programme_id': self.programme.id,
            'axis_id': self.axis.id, 'unit_id': self.unit_dap.id,
            'type_id': self.env.ref('ccis_activity.ccis_activity_type_training').id,
            'date_start': '%s-01-01' % self.year, 'date_end': '%s-12-31' % self.year})
        self.assertIn(self.def_trained, action.indicator_line_ids.mapped('definition_id'))
        self._create_event('Formation de l\'action typée', self.type_training, action=action,
                           days=-1)
        line = action.indicator_line_ids.filtered(
            lambda ln: ln.definition_id == self.env.ref(
                'ccis_event.ccis_indicator_definition_training_sessions'))
        line.action_compute_values()
        self.assertEqual(line.realised, 1.0)

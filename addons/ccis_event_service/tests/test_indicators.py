from .common import EventServiceCase


class TestIndicators(EventServiceCase):
    """The review's revenue figures, measured by the indicator engine from the
    registrations: by confirmation date, unit and action, credit notes deducted."""

    @classmethod
    def setUpClass(cls):
        super(TestIndicators, cls).setUpClass()
        ref = cls.env.ref
        cls.revenue = ref('ccis_event_service.ccis_indicator_definition_event_revenue')
        cls.training_revenue = ref(
            'ccis_event_service.ccis_indicator_definition_training_revenue')
        cls.paying_count = ref(
            'ccis_event_service.ccis_indicator_definition_event_paying_registrations')
        training = cls._create_event('Formation test recettes', cls.product_training)
        seminar = cls._create_event('Séminaire test recettes', cls.product_event,
                                    cls.type_seminar)
        Registration = cls.env['event.registration']
        values = [(training, cls.person, '2031-03-02'), (training, cls.private, '2031-03-05'),
                  (seminar, cls.person, '2031-04-10'), (seminar, cls.private, '2031-04-11')]
        cls.registrations = Registration
        for event, partner, date in values:
            cls.registrations |= Registration.sudo(cls.staff).create({
                'event_id': event.id, 'partner_id': partner.id, 'ccis_confirm_date': date})
        cls.registrations.confirm_registration()
        cls.registrations[3].button_reg_cancel()  # credited

    def test_definitions_are_valid(self):
        for definition in (self.revenue, self.training_revenue, self.paying_count):
            self.assertEqual(definition.source, 'computed')
            self.assertTrue(definition.model_available)
            self.assertTrue(670 <= definition.sequence <= 679)
            self.assertTrue(definition.code.startswith('EVT_REC'))

    def test_revenue_by_period_and_unit(self):
        # 300 + 500 (training) + 250 (seminar, member) ; the private seminar fee is credited
        self.assertEqual(self.revenue.compute_measure('2031-01-01', '2031-12-31',
                                                      unit=self.unit_dap), 1050.0)
        self.assertEqual(self.revenue.compute_measure('2031-03-01', '2031-03-31',
                                                      unit=self.unit_dap), 800.0)
        self.assertEqual(self.revenue.compute_measure('2031-01-01', '2031-12-31',
                                                      unit=self.unit_src), 0.0)
        self.assertEqual(self.revenue.compute_measure('2031-01-01', '2031-12-31',
                                                      unit=self.unit_dr), 1050.0)

    def test_training_revenue_and_count(self):
        self.assertEqual(self.training_revenue.compute_measure(
            '2031-01-01', '2031-12-31', unit=self.unit_dap), 800.0)
        self.assertEqual(self.paying_count.compute_measure(
            '2031-01-01', '2031-12-31', unit=self.unit_dap), 3.0)

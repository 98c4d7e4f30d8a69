from .common import MediationCommon


class TestIndicators(MediationCommon):
    """The review's figures of the dispute resolution service, on a built year (2031) of the
    support unit, measured by ccis_activity's engine."""

    @classmethod
    def setUpClass(cls):
        super(TestIndicators, cls).setUpClass()
        ref = cls.env.ref
        cls.def_registered = ref('ccis_mediation.ccis_indicator_definition_mediation_registered')
        cls.def_closed = ref('ccis_mediation.ccis_indicator_definition_mediation_closed')
        cls.def_settled = ref('ccis_mediation.ccis_indicator_definition_mediation_settled')
        cls.def_rate = ref('ccis_mediation.ccis_indicator_definition_mediation_settlement_rate')
        cls.def_duration = ref('ccis_mediation.ccis_indicator_definition_mediation_duration')
        # settled in Q1 after 40 days, in Q2 after 80 days; failed in Q2 after 60 days
        cls._closed('settlement', '2031-02-20', date='2031-01-11')
        cls._closed('settlement', '2031-04-21', date='2031-01-31')
        cls._closed('failure', '2031-05-02', date='2031-03-03')
        # an arbitration registered, not closed; a draft (not counted); another unit's case
        cls._registered(case_type='arbitration', date='2031-03-20')
        cls._case(date='2031-03-25')
        cls._closed('settlement', '2031-03-30', user=cls.staff_src, unit=cls.unit_src,
                    date='2031-03-10')

    def _measure(self, definition, start, end, unit=None):
        return definition.compute_measure('2031-%s' % start, '2031-%s' % end,
                                          unit or self.unit_dap)

    def test_registered(self):
        self.assertEqual(self._measure(self.def_registered, '01-01', '03-31'), 4.0)
        self.assertEqual(self._measure(self.def_registered, '01-01', '03-31', self.unit_src),
                         1.0)
        # the direction's line counts its sub-units
        self.assertEqual(self._measure(self.def_registered, '01-01', '12-31', self.unit_dr),
                         5.0)

    def test_closed_settled_and_rate(self):
        self.assertEqual(self._measure(self.def_closed, '01-01', '12-31'), 3.0)
        self.assertEqual(self._measure(self.def_settled, '01-01', '12-31'), 2.0)
        self.assertAlmostEqual(self._measure(self.def_rate, '01-01', '12-31'), 200.0 / 3)
        self.assertAlmostEqual(self._measure(self.def_rate, '01-01', '03-31'), 100.0)
        self.assertAlmostEqual(self._measure(self.def_rate, '04-01', '06-30'), 50.0)

    def test_average_duration(self):
        self.assertAlmostEqual(self._measure(self.def_duration, '01-01', '03-31'), 40.0)
        self.assertAlmostEqual(self._measure(self.def_duration, '04-01', '06-30'), 70.0)
        self.assertAlmostEqual(self._measure(self.def_duration, '01-01', '12-31'), 60.0)

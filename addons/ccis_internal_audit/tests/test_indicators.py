from .common import AuditCommon


class TestIndicators(AuditCommon):
    """The review's figures of the internal audit, measured by ccis_activity's engine on
    missions and recommendations built in 2031-2032."""

    @classmethod
    def setUpClass(cls):
        super(TestIndicators, cls).setUpClass()
        ref = cls.env.ref
        prefix = 'ccis_internal_audit.ccis_indicator_definition_audit_'
        cls.def_missions = ref(prefix + 'missions')
        cls.def_issued = ref(prefix + 'recommendations')
        cls.def_implemented = ref(prefix + 'implemented')
        cls.def_due = ref(prefix + 'due')
        cls.def_rate = ref(prefix + 'rate')
        # Q1: a mission reporting 3 recommendations of the support unit, due in Q2
        cls.first = cls._reported(date_report='2031-03-20', recommendations=3,
                                  deadline='2031-06-30')
        # Q2: a mission reporting 2 recommendations of the members' unit, due in Q3
        cls.second = cls._reported(date_report='2031-05-12', recommendations=2,
                                   unit=cls.unit_src, deadline='2031-09-30',
                                   start='2031-04-01', end='2031-04-30')
        # a mission still in progress: not carried out, its recommendation not issued
        cls.open_mission = cls._mission(start='2031-09-01', end='2031-09-30')
        cls.open_mission.sudo(cls.auditor).action_start()
        cls._recommendation(cls._finding(cls.open_mission), deadline='2031-12-31')
        first_a, first_b, first_c = cls.first.recommendation_ids
        cls._implement(first_a, '2031-06-20')
        cls._implement(first_b, '2031-07-15')
        first_b.sudo(cls.auditor).action_verify()
        first_c.sudo(cls.auditor).write({'rejection_reason': 'Sans objet.'})
        first_c.sudo(cls.auditor).action_reject()
        cls._implement(cls.second.recommendation_ids[0], '2031-09-01')

    @classmethod
    def _implement(cls, recommendation, date_done):
        recommendation.sudo(cls.staff if recommendation.unit_id == cls.unit_dap
                            else cls.staff_src).write({
                                'state': 'implemented', 'date_done': date_done,
                                'implementation_note': 'Mise en œuvre le %s.' % date_done})

    def _measure(self, definition, start, end, unit=None):
        return definition.compute_measure('2031-%s' % start, '2031-%s' % end,
                                          unit or self.unit_dr)

    def test_missions_carried_out(self):
        self.assertEqual(self._measure(self.def_missions, '01-01', '03-31'), 1.0)
        self.assertEqual(self._measure(self.def_missions, '01-01', '12-31'), 2.0)
        self.assertEqual(self._measure(self.def_missions, '10-01', '12-31'), 0.0)

    def test_recommendations_issued_and_implemented(self):
        self.assertEqual(self._measure(self.def_issued, '01-01', '12-31'), 5.0)
        self.assertEqual(self._measure(self.def_issued, '01-01', '12-31', self.unit_src), 2.0)
        self.assertEqual(self._measure(self.def_issued, '04-01', '06-30'), 2.0)
        self.assertEqual(self._measure(self.def_implemented, '04-01', '06-30'), 1.0)
        self.assertEqual(self._measure(self.def_implemented, '07-01', '09-30'), 2.0)
        self.assertEqual(self._measure(self.def_due, '01-01', '12-31'), 4.0,
                         'the rejected one is not due')

    def test_implementation_rate_recomputed(self):
        # Q2: 2 due (the rejected one left out), both implemented
        self.assertEqual(self._measure(self.def_rate, '04-01', '06-30'), 100.0)
        # Q3: 2 due, 1 implemented
        self.assertEqual(self._measure(self.def_rate, '07-01', '09-30'), 50.0)
        # the year: 3 out of 4, not the mean of 100 % and 50 %
        self.assertEqual(self._measure(self.def_rate, '01-01', '12-31'), 75.0)
        figure = self.def_rate.compute_figure('2031-01-01', '2031-12-31', self.unit_dr)
        self.assertEqual((figure.numerator, figure.denominator), (3.0, 4.0))
        self.assertEqual(self._measure(self.def_rate, '01-01', '12-31', self.unit_src), 50.0)
        self.assertEqual(self.def_rate.aggregation, 'ratio')

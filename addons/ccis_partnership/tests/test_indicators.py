from .common import PartnershipCommon


class TestIndicators(PartnershipCommon):
    """The review's figures of the register, measured by ccis_activity's engine on a built
    year (2031) of the support unit."""

    @classmethod
    def setUpClass(cls):
        super(TestIndicators, cls).setUpClass()
        ref = cls.env.ref
        cls.def_signed = ref('ccis_partnership.ccis_indicator_definition_partnership_signed')
        cls.def_in_force = ref('ccis_partnership.ccis_indicator_definition_partnership_in_force')
        cls.def_done = ref(
            'ccis_partnership.ccis_indicator_definition_partnership_commitments_done')
        cls.def_rate = ref(
            'ccis_partnership.ccis_indicator_definition_partnership_on_time_rate')
        # signed in Q1, in force all 2031 and 2032
        first = cls._signed(date_signed='2031-02-10', duration_months=24)
        # signed in Q2, effective 1 July for 6 months: ends 31 December 2031
        second = cls._signed(date_signed='2031-05-20', date_effective='2031-07-01',
                             duration_months=6)
        # signed in Q3, terminated 1 October
        third = cls._signed(date_signed='2031-08-01', duration_months=36)
        third.write({'termination_reason': 'Restructuration', 'date_terminated': '2031-10-01'})
        cls._agreement(date_signed='2031-03-01')  # draft: not counted
        cls._signed(user=cls.staff_src, unit=cls.unit_src, date_signed='2031-04-01')
        # commitments: due in Q2 (one done on time, one late), due in Q3 (done on time),
        # one cancelled
        for deadline, done, agreement in (('2031-05-31', '2031-05-20', first),
                                          ('2031-06-30', '2031-07-15', first),
                                          ('2031-09-30', '2031-09-01', second)):
            commitment = cls._commitment(agreement, date_deadline=deadline)
            commitment.write({'date_done': done})
            commitment.action_done()
        cls._commitment(first, date_deadline='2031-06-15').action_cancel()
        cls._commitment(first, date_deadline='2031-06-20')  # still open: due, not done

    def _measure(self, definition, start, end, unit=None):
        return definition.compute_measure('2031-%s' % start, '2031-%s' % end,
                                          unit or self.unit_dap)

    def test_signed(self):
        self.assertEqual(self._measure(self.def_signed, '01-01', '03-31'), 1.0)
        self.assertEqual(self._measure(self.def_signed, '01-01', '12-31'), 3.0)
        self.assertEqual(self._measure(self.def_signed, '01-01', '12-31', self.unit_src), 1.0)
        self.assertEqual(self._measure(self.def_signed, '01-01', '12-31', self.unit_dr), 4.0)

    def test_in_force_at_period_end(self):
        self.assertEqual(self._measure(self.def_in_force, '01-01', '03-31'), 1.0)
        self.assertEqual(self._measure(self.def_in_force, '07-01', '09-30'), 3.0)
        # the second ends on 31 December (still in force that day), the third terminated
        self.assertEqual(self._measure(self.def_in_force, '10-01', '12-31'), 2.0)
        figure = self.def_in_force.compute_figure('2032-01-01', '2032-03-31', self.unit_dap)
        self.assertEqual(figure.value, 1.0)

    def test_commitments_done(self):
        self.assertEqual(self._measure(self.def_done, '04-01', '06-30'), 1.0)
        self.assertEqual(self._measure(self.def_done, '01-01', '12-31'), 3.0)

    def test_on_time_rate(self):
        # Q2: 3 due (the cancelled one left out), 1 done on time
        self.assertAlmostEqual(self._measure(self.def_rate, '04-01', '06-30'), 100.0 / 3)
        # the year: 4 due, 2 on time
        self.assertAlmostEqual(self._measure(self.def_rate, '01-01', '12-31'), 50.0)

    def test_replaces_typed_definitions(self):
        """One indicator per meaning: the typed "agreements signed / active" of
        ccis_activity are retired, the computed ones take their codes and the proposals of
        the partnership activity type."""
        for old_xmlid, new in (
                ('ccis_activity.ccis_indicator_definition_agreements_signed', self.def_signed),
                ('ccis_activity.ccis_indicator_definition_agreements_active',
                 self.def_in_force)):
            old = self.env.ref(old_xmlid)
            self.assertFalse(old.active)
            self.assertEqual(old.code, '%s_RETIRE' % new.code)
        self.assertEqual((self.def_signed.code, self.def_in_force.code),
                         ('PART_CONV', 'PART_ACTIVE'))
        proposed = self.env.ref('ccis_activity.ccis_activity_type_partnership') \
            .template_ids.mapped('definition_id')
        self.assertIn(self.def_rate, proposed)
        self.assertNotIn(self.env.ref('ccis_activity.ccis_indicator_definition_agreements_signed'),
                         proposed)

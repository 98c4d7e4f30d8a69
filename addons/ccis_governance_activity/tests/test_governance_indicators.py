from .common import GovernanceActivityCommon


class TestGovernanceIndicators(GovernanceActivityCommon):
    """The governance indicators count a built year (2014) of the test unit's organs: meetings
    held, minutes approved and their approval delay, decisions and committee recommendations
    and their implementation rate (recomputed, never averaged), representations in force at the
    end of each period."""

    YEAR = 2014

    @classmethod
    def setUpClass(cls):
        super(TestGovernanceIndicators, cls).setUpClass()
        cls.bureau_jan = cls._held_meeting(date='2014-01-15 09:00:00')
        cls.committee_feb = cls._held_meeting(organ=cls.committee, date='2014-02-10 09:00:00')
        cls.bureau_mar = cls._held_meeting(date='2014-03-12 09:00:00')
        cls.bureau_jun = cls._held_meeting(date='2014-06-20 09:00:00')
        cls.bureau_dec_before = cls._held_meeting(date='2013-12-20 09:00:00')
        cls.convened = cls._create_meeting(date='2014-03-28 09:00:00')
        cls.convened.write({'state': 'convened'})

    def _measure(self, definition, start, end, unit=None):
        return definition.compute_measure('%s-%s' % (self.YEAR, start),
                                          '%s-%s' % (self.YEAR, end), unit or self.unit_ri)

    def _approve(self, meeting, at):
        minutes = self.env['ccis.minutes'].sudo(self.ri_user).browse(
            meeting.sudo(self.ri_user).action_generate_minutes()['res_id'])
        minutes.action_submit()
        minutes.approval_meeting_id = at
        minutes.action_approve()
        return minutes

    def test_meetings_held_by_organ(self):
        self.assertEqual(self._measure(self.def_meetings_held, '01-01', '03-31'), 3.0)
        self.assertEqual(self._measure(self.def_bureau_meetings, '01-01', '03-31'), 2.0)
        self.assertEqual(self._measure(self.def_committee_meetings, '01-01', '03-31'), 1.0)
        self.assertEqual(self._measure(self.def_general_assemblies, '01-01', '12-31'), 0.0)
        self.assertEqual(self._measure(self.def_meetings_held, '01-01', '12-31'), 4.0)
        # the meetings of another unit's organs are not the test unit's
        self.assertEqual(self._measure(self.def_meetings_held, '01-01', '12-31',
                                       self.unit_ap), 0.0)

    def test_minutes_approved_and_their_delay(self):
        self._approve(self.bureau_jan, self.bureau_mar)      # 55.625 days
        self._approve(self.bureau_mar, self.bureau_jun)      # 99.625 days
        self.assertEqual(self._measure(self.def_minutes_approved, '01-01', '03-31'), 1.0)
        self.assertEqual(self._measure(self.def_minutes_approved, '01-01', '12-31'), 2.0)
        # counted in the period of the approval; the year weighs each PV
        self.assertAlmostEqual(self._measure(self.def_minutes_delay, '01-01', '03-31'), 55.625)
        self.assertAlmostEqual(self._measure(self.def_minutes_delay, '04-01', '06-30'), 99.625)
        self.assertAlmostEqual(self._measure(self.def_minutes_delay, '01-01', '12-31'), 77.625)

    def test_implementation_rate_is_recomputed(self):
        done_q1 = self._decision(self.bureau_jan, 'Décision réalisée T1', deadline='2014-03-31')
        self._decision(self.bureau_jun, 'Décision en cours T2', deadline='2014-12-31')
        reco_done = self._decision(self.committee_feb, 'Recommandation réalisée',
                                   kind='recommendation', deadline='2014-09-30')
        dropped = self._decision(self.committee_feb, 'Recommandation abandonnée',
                                 kind='recommendation', deadline='2014-09-30')
        self._decision(self.bureau_jun, 'Décision en cours 2', deadline='2014-12-31')
        draft = self.env['ccis.decision'].create({
            'meeting_id': self.bureau_jun.id, 'name': 'Brouillon non compté'})
        self.assertEqual(draft.state, 'draft')
        (done_q1 | reco_done).sudo(self.ri_user).action_done()
        dropped.drop_reason = 'Reprise par la fédération.'
        dropped.sudo(self.ri_user).action_drop()
        self.assertEqual(self._measure(self.def_decisions_issued, '01-01', '12-31'), 5.0)
        self.assertEqual(self._measure(self.def_decisions_done, '01-01', '12-31'), 2.0)
        # Q1: 2 of 3 done, Q2: 0 of 2; the year is 2 / 5, not the mean of 66.7 % and 0 %
        self.assertAlmostEqual(self._measure(self.def_decisions_rate, '01-01', '03-31'),
                               200.0 / 3)
        self.assertEqual(self._measure(self.def_decisions_rate, '04-01', '06-30'), 0.0)
        self.assertEqual(self._measure(self.def_decisions_rate, '01-01', '12-31'), 40.0)
        self.assertEqual(self._measure(self.def_recommendations_issued, '01-01', '12-31'), 2.0)
        self.assertEqual(self._measure(self.def_recommendations_rate, '01-01', '12-31'), 50.0)

    def test_rate_of_an_indicator_line_over_the_year(self):
        """The line of an action follows the same rule: its yearly figure is recomputed from
        the numerators and denominators of its quarters."""
        done = self._decision(self.bureau_jan, 'Décision réalisée', deadline='2014-03-31')
        self._decision(self.bureau_jun, 'Décision en cours', deadline='2014-12-31')
        self._decision(self.bureau_jun, 'Décision en cours 2', deadline='2014-12-31')
        done.action_done()
        programme = self.env['ccis.activity.programme'].create(
            {'name': 'Programme test gouvernance 2014', 'year': self.YEAR})
        action = self._create_action_of_unit(programme)
        line = self.env['ccis.indicator.line'].create({
            'action_id': action.id, 'definition_id': self.def_decisions_rate.id,
            'target': 80.0})
        line.sudo(self.ri_user).action_compute_values()
        quarters = line.period_ids.sorted('sequence')
        self.assertEqual(quarters[0].realised, 100.0)
        self.assertEqual(quarters[1].realised, 0.0)
        self.assertAlmostEqual(line.realised, 100.0 / 3)

    @classmethod
    def _create_action_of_unit(cls, programme):
        return cls.env['ccis.activity.action'].with_context(
            ccis_no_indicator_templates=True).create({
                'name': 'Suivi des organes test', 'programme_id': programme.id,
                'axis_id': cls.env.ref('ccis_activity.ccis_activity_axis_gouvernance').id,
                'unit_id': cls.unit_ri.id, 'date_start': '2014-01-01', 'date_end': '2014-12-31'})

    def test_representations_in_force_at_period_end(self):
        body = self.env['ccis.external.body'].create({'name': 'Organisme test', 'seat_count': 2})
        Representation = self.env['ccis.representation']
        common = {'external_body_id': body.id, 'unit_id': self.unit_ri.id}
        Representation.create(dict(common, partner_id=self.partners[0].id,
                                   date_start='2014-03-01', date_end='2014-08-31'))
        Representation.create(dict(common, partner_id=self.partners[1].id,
                                   date_start='2013-01-01'))
        ends = ('03-31', '06-30', '09-30', '12-31')
        self.assertEqual([self._measure(self.def_representations, '01-01', end) for end in ends],
                         [2.0, 2.0, 1.0, 1.0])
        self.assertEqual(self._measure(self.def_representations, '01-01', '02-28'), 1.0)

    def test_representation_reports_of_the_period(self):
        before = self._measure(self.def_representation_reports, '01-01', '12-31')
        body = self.env['ccis.external.body'].create({'name': 'Organisme test CR'})
        representation = self.env['ccis.representation'].create({
            'external_body_id': body.id, 'partner_id': self.partners[2].id,
            'date_start': '2014-01-01', 'unit_id': self.unit_ri.id})
        Report = self.env['ccis.representation.report']
        for date in ('2014-02-01', '2014-10-10', '2015-01-05'):
            Report.create({'representation_id': representation.id, 'date': date,
                           'name': 'Réunion %s' % date})
        self.assertEqual(self._measure(self.def_representation_reports, '01-01', '12-31')
                         - before, 2.0)

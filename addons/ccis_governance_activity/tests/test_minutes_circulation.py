from odoo.exceptions import UserError, ValidationError

from .common import GovernanceActivityCommon


class TestMinutesCirculation(GovernanceActivityCommon):
    """The circulation of the minutes to the organ's members (ccis.minutes.date_circulated),
    dated at the submission for approval and corrected by the unit's secretary until the
    approval; and its delay, « Délai moyen de diffusion des PV » (meeting → circulation), over a
    year built in the test (2014): counted in the period of the circulation, across the year's
    boundary, without the minutes that were not circulated."""

    YEAR = 2014

    @classmethod
    def setUpClass(cls):
        super(TestMinutesCirculation, cls).setUpClass()
        cls.def_circulation = cls.env.ref(
            'ccis_governance_activity.ccis_indicator_definition_minutes_circulation_delay')
        cls.bureau_dec_before = cls._held_meeting(date='2013-12-20 09:00:00')
        cls.bureau_jan = cls._held_meeting(date='2014-01-15 09:00:00')
        cls.bureau_mar = cls._held_meeting(date='2014-03-12 09:00:00')
        cls.bureau_jun = cls._held_meeting(date='2014-06-20 09:00:00')

    def _minutes(self, meeting):
        return self.env['ccis.minutes'].sudo(self.ri_user).browse(
            meeting.sudo(self.ri_user).action_generate_minutes()['res_id'])

    def _circulate(self, meeting, date):
        minutes = self._minutes(meeting)
        minutes.date_circulated = date
        minutes.action_submit()
        self.assertEqual(minutes.date_circulated, date)
        return minutes

    def _figure(self, start, end):
        return self.def_circulation.compute_figure(start, end, self.unit_ri)

    def test_circulation_delay_over_the_year(self):
        self._circulate(self.bureau_dec_before, '2014-01-06')   # 16.625 days
        self._circulate(self.bureau_jan, '2014-01-27')          # 11.625 days
        self._circulate(self.bureau_mar, '2014-04-01')          # 19.625 days, in Q2
        # Q1: the December meeting's minutes circulated in January count in January's year
        q1 = self._figure('2014-01-01', '2014-03-31')
        self.assertEqual(q1.denominator, 2)
        self.assertAlmostEqual(q1.value, 14.125)
        self.assertAlmostEqual(self._figure('2014-04-01', '2014-06-30').value, 19.625)
        # the year weighs each PV: (16.625 + 11.625 + 19.625) / 3, not the mean of the quarters
        year = self._figure('2014-01-01', '2014-12-31')
        self.assertEqual(year.denominator, 3)
        self.assertAlmostEqual(year.value, 47.875 / 3)
        # nothing circulated in the last quarter of 2013, where the meeting was held
        self.assertEqual(self._figure('2013-10-01', '2013-12-31').denominator, 0)
        self.assertEqual(self.def_circulation.compute_measure(
            '2013-10-01', '2013-12-31', self.unit_ri), 0.0)

    def test_minutes_not_circulated_are_left_out(self):
        self._circulate(self.bureau_jan, '2014-01-27')
        self._minutes(self.bureau_mar)                          # draft: not circulated
        withdrawn = self._circulate(self.bureau_jun, '2014-07-04')
        withdrawn.action_back_to_draft()
        self.assertFalse(withdrawn.date_circulated)
        undated = self._circulate(self.bureau_dec_before, '2014-01-06')
        undated.date_circulated = False                         # submitted, date unknown
        year = self._figure('2014-01-01', '2014-12-31')
        self.assertEqual(year.denominator, 1)
        self.assertAlmostEqual(year.value, 11.625)

    def test_submission_dates_the_circulation(self):
        minutes = self._minutes(self.bureau_jan)
        self.assertFalse(minutes.date_circulated)
        minutes.action_submit()
        # dated the day of the submission (the meeting is long past)
        self.assertTrue(minutes.date_circulated >= '2014-01-15')

    def test_circulation_not_before_the_meeting(self):
        minutes = self._minutes(self.bureau_jan)
        with self.assertRaisesRegex(ValidationError, 'date de diffusion .* ne peut pas précéder'):
            minutes.date_circulated = '2014-01-14'
        minutes.date_circulated = '2014-01-15'                  # the day of the meeting

    def test_editable_until_approved(self):
        minutes = self._circulate(self.bureau_jan, '2014-01-27')
        minutes.date_circulated = '2014-01-24'                  # corrected while submitted
        minutes.approval_meeting_id = self.bureau_mar
        minutes.action_approve()
        with self.assertRaisesRegex(UserError, 'est verrouillé'):
            minutes.date_circulated = '2014-01-20'
        self.assertEqual(minutes.date_circulated, '2014-01-24')
        self.assertAlmostEqual(self._figure('2014-01-01', '2014-03-31').value, 8.625)

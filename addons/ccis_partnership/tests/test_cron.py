from .common import PartnershipCommon


class TestCron(PartnershipCommon):
    """The daily alerts: one activity per end date in the notice, one per late commitment,
    none again when the job runs twice."""

    def _activities(self, records):
        return self.env['mail.activity'].search([('res_model', '=', records._name),
                                                 ('res_id', 'in', records.ids)])

    def test_expiry_alert_once(self):
        agreement = self._signed()  # ends 14 January 2032, 60 days' notice
        self.Agreement._cron_partnership('2031-11-14')
        self.assertFalse(self._activities(agreement))
        self.Agreement._cron_partnership('2031-11-15')
        activities = self._activities(agreement)
        self.assertEqual(len(activities), 1)
        self.assertEqual(activities.user_id, self.staff)
        self.assertIn('14/01/2032', activities.summary)
        self.Agreement._cron_partnership('2031-11-16')
        self.assertEqual(len(self._activities(agreement)), 1)

    def test_expiry_alert_again_after_renewal(self):
        agreement = self._signed(renewal='tacit')
        self.Agreement._cron_partnership('2031-12-01')
        self.Agreement._cron_partnership('2032-01-15')  # tacitly renewed to 14 January 2033
        self.assertEqual(agreement.date_end, '2033-01-14')
        self.Agreement._cron_partnership('2032-12-01')
        self.assertEqual(len(self._activities(agreement)), 2)

    def test_late_commitment_alert_once(self):
        agreement = self._signed()
        late = self._commitment(agreement, date_deadline='2031-03-31')
        on_time = self._commitment(agreement, date_deadline='2031-03-31')
        on_time.write({'date_done': '2031-03-30'})
        on_time.action_done()
        self.Agreement._cron_partnership('2031-03-31')
        self.assertFalse(self._activities(late))
        self.Agreement._cron_partnership('2031-04-01')
        self.Agreement._cron_partnership('2031-04-02')
        self.assertEqual(len(self._activities(late)), 1)
        self.assertFalse(self._activities(on_time))
        # a deadline moved and missed again is announced again
        late.date_deadline = '2031-05-31'
        self.Agreement._cron_partnership('2031-06-01')
        self.assertEqual(len(self._activities(late)), 2)

    def test_draft_agreement_commitments_not_alerted(self):
        draft = self._agreement()
        commitment = self._commitment(draft, date_deadline='2031-03-31')
        self.Agreement._cron_partnership('2031-04-01')
        self.assertFalse(self._activities(commitment))

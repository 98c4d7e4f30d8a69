from .common import AuditCommon


class TestLate(AuditCommon):

    @classmethod
    def setUpClass(cls):
        super(TestLate, cls).setUpClass()
        mission = cls._reported(recommendations=0)
        finding = mission.finding_ids
        cls.late = cls._recommendation(finding, deadline='2031-05-31', user=cls.staff)
        cls.late_unowned = cls._recommendation(finding, deadline='2031-06-01')
        cls.not_due = cls._recommendation(finding, deadline='2031-09-30', user=cls.staff)
        cls.done = cls._recommendation(finding, deadline='2031-05-15', user=cls.staff)
        cls.done.sudo(cls.staff).write({'state': 'implemented', 'date_done': '2031-05-10',
                                        'implementation_note': 'Fait.'})
        cls.draft_mission = cls._mission(start='2031-02-01', end='2031-02-10')
        cls.draft_mission.sudo(cls.auditor).action_start()
        cls.not_issued = cls._recommendation(cls._finding(cls.draft_mission),
                                             deadline='2031-03-01', user=cls.staff)

    def _activities(self, recommendation):
        return self.env['mail.activity'].search([
            ('res_model', '=', 'ccis.audit.recommendation'),
            ('res_id', '=', recommendation.id)])

    def test_late_activity_created_once(self):
        Recommendation = self.env['ccis.audit.recommendation']
        Recommendation._cron_late_activities(today='2031-06-15')
        activity = self._activities(self.late)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.staff)
        self.assertIn('Recommandation en retard', activity.summary)
        self.assertEqual(self._activities(self.late_unowned).user_id, self.manager,
                         "without an owner, the unit's manager is told")
        self.assertFalse(self._activities(self.not_due))
        self.assertFalse(self._activities(self.done))
        self.assertFalse(self._activities(self.not_issued), 'not issued: not followed yet')
        Recommendation._cron_late_activities(today='2031-06-16')
        self.assertEqual(len(self._activities(self.late)), 1, 'not raised again the next day')
        Recommendation._cron_late_activities(today='2031-10-05')
        self.assertEqual(len(self._activities(self.not_due)), 1)
        self.assertEqual(len(self._activities(self.late)), 1)

    def test_new_deadline_raises_again(self):
        Recommendation = self.env['ccis.audit.recommendation']
        Recommendation._cron_late_activities(today='2031-06-15')
        self.late.sudo(self.auditor).write({'date_deadline': '2031-07-31'})
        self.assertFalse(self.late.late_activity_done)
        Recommendation._cron_late_activities(today='2031-08-02')
        self.assertEqual(len(self._activities(self.late)), 2)

    def test_late_search(self):
        Recommendation = self.env['ccis.audit.recommendation']
        found = Recommendation.search(Recommendation._late_domain('2031-06-15') + [
            ('id', 'in', (self.late | self.late_unowned | self.not_due | self.done).ids)])
        self.assertEqual(found, self.late | self.late_unowned)

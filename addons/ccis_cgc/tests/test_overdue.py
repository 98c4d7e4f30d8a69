from .common import RECEIPT, CgcCommon


class TestOverdue(CgcCommon):
    """The daily cron raises one activity per overdue deliverable for the agent in charge."""

    @classmethod
    def setUpClass(cls):
        super(TestOverdue, cls).setUpClass()
        cls.subscription = cls._confirmed()
        cls.deliverables = cls.subscription._generate_deliverables(2031)
        vat = cls.deliverables.filtered(lambda d: d.type_id == cls.type_vat_q).sorted('period')
        cls.vat_q1, cls.vat_q2, cls.vat_q3 = vat[0], vat[1], vat[2]
        cls.vat_q2.write({'document': RECEIPT, 'filed_date': '2031-07-20'})
        cls.vat_q2.action_file()

    def _activities(self, deliverable):
        return self.env['mail.activity'].search([
            ('res_model', '=', 'ccis.cgc.deliverable'), ('res_id', '=', deliverable.id)])

    def test_overdue_activity_created_once(self):
        Deliverable = self.env['ccis.cgc.deliverable']
        Deliverable._cron_overdue_activities(today='2031-08-05')
        activity = self._activities(self.vat_q1)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.staff)
        self.assertIn('T1/2031', activity.summary)
        self.assertFalse(self._activities(self.vat_q2), 'filed on time: no reminder')
        self.assertFalse(self._activities(self.vat_q3), 'not due yet')
        Deliverable._cron_overdue_activities(today='2031-08-06')
        self.assertEqual(len(self._activities(self.vat_q1)), 1, 'not raised again')
        Deliverable._cron_overdue_activities(today='2031-11-02')
        self.assertEqual(len(self._activities(self.vat_q3)), 1)
        self.assertEqual(len(self._activities(self.vat_q1)), 1)

    def test_agent_of_subscription_when_none(self):
        self.vat_q1.user_id = False
        self.subscription.user_id = self.manager
        self.env['ccis.cgc.deliverable']._cron_overdue_activities(today='2031-05-02')
        self.assertEqual(self._activities(self.vat_q1).user_id, self.manager)

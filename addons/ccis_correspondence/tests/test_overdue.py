from .common import CorrespondenceCommon


class TestOverdue(CorrespondenceCommon):

    @classmethod
    def setUpClass(cls):
        super(TestOverdue, cls).setUpClass()
        cls.late = cls._registered(date='2031-01-05', answer_expected=True,
                                   date_due='2031-02-01', user_id=cls.staff.id)
        cls.late.action_assign()
        cls.late_unassigned = cls._registered(date='2031-01-06', answer_expected=True,
                                              date_due='2031-02-03')
        cls.not_due = cls._registered(date='2031-01-07', answer_expected=True,
                                      date_due='2031-03-01', user_id=cls.staff.id)
        cls.no_answer = cls._registered(date='2031-01-08')
        cls.items = cls.late | cls.late_unassigned | cls.not_due | cls.no_answer

    def _activities(self, item):
        return self.env['mail.activity'].search([
            ('res_model', '=', 'ccis.correspondence'), ('res_id', '=', item.id)])

    def test_overdue_activity_created_once(self):
        Correspondence = self.env['ccis.correspondence']
        Correspondence._cron_overdue_activities(today='2031-02-10')
        activity = self._activities(self.late)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.staff)
        self.assertIn(self.late.name, activity.summary)
        self.assertEqual(len(self._activities(self.late_unassigned)), 1)
        self.assertFalse(self._activities(self.not_due))
        self.assertFalse(self._activities(self.no_answer))
        Correspondence._cron_overdue_activities(today='2031-02-11')
        self.assertEqual(len(self._activities(self.late)), 1, 'not raised again the next day')
        Correspondence._cron_overdue_activities(today='2031-03-05')
        self.assertEqual(len(self._activities(self.not_due)), 1)
        self.assertEqual(len(self._activities(self.late)), 1)

    def test_answered_item_not_overdue(self):
        reply = self._registered(direction='outgoing', date='2031-01-30')
        self.late.reply_id = reply
        self.late.action_mark_answered()
        self.env['ccis.correspondence']._cron_overdue_activities(today='2031-02-10')
        self.assertFalse(self._activities(self.late))

    def test_overdue_search(self):
        found = self.env['ccis.correspondence'].search(
            self.env['ccis.correspondence']._overdue_domain('2031-02-10')
            + [('id', 'in', self.items.ids)])
        self.assertEqual(found, self.late | self.late_unassigned)

from .common import CcisActivityCommon


class TestFollowUp(CcisActivityCommon):
    """The follow-up activities of late actions and of indicators behind their target,
    scheduled through ccis_base's one helper (issue #12): once per record, for its
    responsible."""

    @classmethod
    def setUpClass(cls):
        super(TestFollowUp, cls).setUpClass()
        cls.follow_up = cls.env.ref('ccis_activity.mail_activity_type_ccis_follow_up')
        cls.action.write({'state': 'planned'})
        definition = cls._create_definition('TA_FU', 'Entreprises visitées (test)', 'sum',
                                            'entreprises')
        cls.line_behind = cls._create_line(cls.action, definition, 1000.0)
        cls._values(cls.line_behind, [('2020-02-10', 50.0), ('2020-05-10', 50.0)])

    def _activities(self, records):
        return self.env['mail.activity'].search([
            ('res_model', '=', records._name), ('res_id', 'in', records.ids),
            ('activity_type_id', '=', self.follow_up.id)])

    def test_late_action_followed_up_once(self):
        self.Action._cron_follow_up()
        activity = self._activities(self.action)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.staff)
        self.assertEqual(activity.summary, 'Action en retard')
        self.assertIn('Formations test 2020', activity.note)
        self.assertFalse(self._activities(self.action_src))  # a draft is not late
        again = self.Action._cron_follow_up()
        self.assertNotIn(self.action.id, again.mapped('res_id'))
        self.assertEqual(len(self._activities(self.action)), 1)

    def test_indicator_behind_target_followed_up_once(self):
        self.Line._cron_follow_up()
        activity = self._activities(self.line_behind)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.staff)
        self.assertEqual(activity.summary, 'Indicateur en retard sur sa cible')
        self.assertIn('Entreprises visitées (test)', activity.note)
        self.assertIn('(10 %)', activity.note)
        # on target, or of a draft action: nothing
        self.assertFalse(self._activities(self.line_sum | self.line_avg | self.line_src))
        again = self.Line._cron_follow_up()
        self.assertNotIn(self.line_behind.id, again.mapped('res_id'))
        self.assertEqual(len(self._activities(self.line_behind)), 1)

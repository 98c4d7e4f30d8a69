from .common import CorrespondenceCommon


class TestIndicators(CorrespondenceCommon):
    """The review's figures of the register, on a built year (2031) of the support unit."""

    @classmethod
    def setUpClass(cls):
        super(TestIndicators, cls).setUpClass()
        ref = cls.env.ref
        cls.def_received = ref('ccis_correspondence.ccis_indicator_definition_correspondence_received')
        cls.def_sent = ref('ccis_correspondence.ccis_indicator_definition_correspondence_sent')
        cls.def_answered = ref(
            'ccis_correspondence.ccis_indicator_definition_correspondence_answered')
        cls.def_delay = ref('ccis_correspondence.ccis_indicator_definition_correspondence_delay')
        cls._answered(received='2031-01-10', sent='2031-01-20')     # 10 days
        cls._answered(received='2031-02-01', sent='2031-02-21')     # 20 days
        cls._answered(received='2031-03-25', sent='2031-04-04')     # 10 days, answered in Q2
        cls._registered(date='2031-03-01', answer_expected=True, date_due='2031-03-31')
        cls._item(date='2031-03-02')                                # draft: not counted
        cls._registered(user=cls.staff_src, unit=cls.unit_src, date='2031-01-15')

    @classmethod
    def _answered(cls, received, sent):
        request = cls._registered(date=received, answer_expected=True, date_due=sent)
        reply = cls._item(direction='outgoing', date=sent)
        request.reply_id = reply
        reply.action_register()
        return request

    def _measure(self, definition, start, end, unit=None):
        return definition.compute_measure('2031-%s' % start, '2031-%s' % end,
                                          unit or self.unit_dap)

    def test_received_and_sent(self):
        self.assertEqual(self._measure(self.def_received, '01-01', '03-31'), 4.0)
        self.assertEqual(self._measure(self.def_received, '01-01', '03-31', self.unit_src), 1.0)
        self.assertEqual(self._measure(self.def_sent, '01-01', '12-31'), 3.0)

    def test_answered_and_delay(self):
        self.assertEqual(self._measure(self.def_answered, '01-01', '03-31'), 2.0)
        self.assertEqual(self._measure(self.def_answered, '01-01', '12-31'), 3.0)
        self.assertAlmostEqual(self._measure(self.def_delay, '01-01', '03-31'), 15.0)
        self.assertAlmostEqual(self._measure(self.def_delay, '04-01', '06-30'), 10.0)
        self.assertAlmostEqual(self._measure(self.def_delay, '01-01', '12-31'), 40.0 / 3)

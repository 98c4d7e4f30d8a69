from .common import RECEIPT, CgcCommon


class TestIndicators(CgcCommon):
    """The review's figures of the CGC, on built years (2031-2032) of the support unit."""

    @classmethod
    def setUpClass(cls):
        super(TestIndicators, cls).setUpClass()
        ref = cls.env.ref
        cls.def_clients = ref('ccis_cgc.ccis_indicator_definition_cgc_clients')
        cls.def_filed = ref('ccis_cgc.ccis_indicator_definition_cgc_filed')
        cls.def_due = ref('ccis_cgc.ccis_indicator_definition_cgc_due')
        cls.def_rate = ref('ccis_cgc.ccis_indicator_definition_cgc_on_time_rate')
        cls.sub_year = cls._confirmed()
        cls.sub_spring = cls._confirmed(partner=cls.member_2, band=cls.band_tpe,
                                        date_start='2031-03-01', date_end='2031-06-30')
        cls._subscription(partner=cls.member_2, date_start='2031-02-01')    # draft: not counted
        cls._confirmed(user=cls.staff_src, unit=cls.unit_src, date_start='2031-01-15')
        vat = cls.sub_year._generate_deliverables(2031).filtered(
            lambda d: d.type_id == cls.type_vat_q).sorted('period')
        cls._file(vat[0], '2031-04-20')     # on time
        cls._file(vat[1], '2031-08-05')     # late; Q3 is never filed

    @classmethod
    def _file(cls, deliverable, date):
        deliverable.write({'document': RECEIPT, 'filed_date': date})
        deliverable.action_file()

    def _measure(self, definition, start, end, unit=None):
        return definition.compute_measure(start, end, unit or self.unit_dap)

    def test_clients_at_period_end(self):
        self.assertEqual(self._measure(self.def_clients, '2031-01-01', '2031-01-31'), 1.0)
        self.assertEqual(self._measure(self.def_clients, '2031-01-01', '2031-03-31'), 2.0)
        self.assertEqual(self._measure(self.def_clients, '2031-04-01', '2031-06-30'), 2.0,
                         'a subscription ending on the last day counts')
        self.assertEqual(self._measure(self.def_clients, '2031-07-01', '2031-09-30'), 1.0)
        self.assertEqual(self._measure(self.def_clients, '2031-01-01', '2031-12-31',
                                       self.unit_src), 1.0)
        self.assertEqual(self._measure(self.def_clients, '2031-01-01', '2031-12-31',
                                       self.unit_dr), 2.0, 'the unit and its sub-units')

    def test_filed_and_on_time_rate(self):
        self.assertEqual(self._measure(self.def_filed, '2031-01-01', '2031-12-31'), 2.0)
        self.assertEqual(self._measure(self.def_filed, '2031-04-01', '2031-06-30'), 1.0)
        self.assertEqual(self._measure(self.def_due, '2031-01-01', '2031-12-31'), 3.0)
        self.assertAlmostEqual(self._measure(self.def_rate, '2031-01-01', '2031-12-31'),
                               100.0 / 3)
        self.assertEqual(self._measure(self.def_rate, '2031-04-01', '2031-06-30'), 100.0)
        self.assertEqual(self._measure(self.def_rate, '2031-07-01', '2031-09-30'), 0.0)
        # 2032: the last quarter's VAT and the three yearly returns, none filed
        self.assertEqual(self._measure(self.def_due, '2032-01-01', '2032-12-31'), 4.0)
        self.assertEqual(self._measure(self.def_rate, '2032-01-01', '2032-12-31'), 0.0)

    def test_replaces_typed_companies_assisted(self):
        """One indicator per meaning: ccis_activity's typed "Entreprises assistées (CGC…)" is
        retired; the clients counted from the subscriptions take its code and the proposals
        of the assistance activity type."""
        old = self.env.ref('ccis_activity.ccis_indicator_definition_companies_assisted')
        self.assertFalse(old.active)
        self.assertEqual((old.code, self.def_clients.code), ('CGC_ASSIST_RETIRE', 'CGC_ASSIST'))
        proposed = self.env.ref('ccis_activity.ccis_activity_type_assistance') \
            .template_ids.mapped('definition_id')
        self.assertEqual(proposed, self.def_clients | self.def_filed | self.def_rate)

from .common import CertificateCase, certificate_values


class TestIndicators(CertificateCase):
    """The review's figures of the certificates, from the one indicator engine, on a built
    year (2031) of the issuing unit."""

    @classmethod
    def setUpClass(cls):
        super(TestIndicators, cls).setUpClass()
        ref = cls.env.ref
        cls.issued = ref('ccis_certificate_origin.ccis_indicator_definition_certificate_issued')
        cls.cancelled = ref(
            'ccis_certificate_origin.ccis_indicator_definition_certificate_cancelled')
        cls.delay = ref('ccis_certificate_origin.ccis_indicator_definition_certificate_delay')
        cls.revenue = ref('ccis_certificate_origin.ccis_indicator_definition_certificate_revenue')
        agent = cls.user_agent
        values = cls._values
        cls.first = cls.Certificate.sudo(agent).create(values(date='2031-01-05',
                                                              issue_date='2031-01-07'))
        cls.second = cls.Certificate.sudo(agent).create(values(date='2031-02-10',
                                                               issue_date='2031-02-14'))
        cls.third = cls.Certificate.sudo(agent).create(values(date='2031-03-30',
                                                              issue_date='2031-04-09'))
        cls.draft = cls.Certificate.sudo(agent).create(values(date='2031-01-20'))
        (cls.first | cls.second | cls.third).sudo(agent).action_issue()
        cls.second.sudo(cls.user_manager).write({'cancel_reason': 'Erreur de destinataire',
                                                 'cancel_date': '2031-05-02'})
        cls.second.sudo(cls.user_manager).action_cancel()

    @classmethod
    def _values(cls, **vals):
        return certificate_values(cls.env, cls.member, **vals)

    def _measure(self, definition, start, end):
        return definition.compute_measure('2031-%s' % start, '2031-%s' % end, self.unit_agent)

    def test_issued_and_cancelled(self):
        self.assertEqual(self._measure(self.issued, '01-01', '03-31'), 2)
        self.assertEqual(self._measure(self.issued, '01-01', '12-31'), 3)
        self.assertEqual(self._measure(self.cancelled, '01-01', '03-31'), 0)
        self.assertEqual(self._measure(self.cancelled, '04-01', '06-30'), 1)
        self.assertEqual(self.issued.compute_measure('2031-01-01', '2031-12-31',
                                                     self.unit_kenitra), 0)

    def test_average_issue_delay(self):
        self.assertAlmostEqual(self._measure(self.delay, '01-01', '03-31'), 3.0)    # 2 and 4
        self.assertAlmostEqual(self._measure(self.delay, '01-01', '12-31'), 16.0 / 3)

    def test_fees_of_certificates_kept(self):
        # 650,000 MAD declared: 650 per mille, member price 520; the cancelled one is out
        self.assertAlmostEqual(self._measure(self.revenue, '01-01', '12-31'), 1040.0)

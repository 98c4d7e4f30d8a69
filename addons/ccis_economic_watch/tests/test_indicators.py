from .common import EconomicWatchCommon


class TestIndicators(EconomicWatchCommon):
    """The review's figures of the economic watch, on a built year (2031)."""

    @classmethod
    def setUpClass(cls):
        super(TestIndicators, cls).setUpClass()
        ref = cls.env.ref
        cls.def_documents = ref(
            'ccis_economic_watch.ccis_indicator_definition_documents_published')
        cls.def_newsletters = ref(
            'ccis_economic_watch.ccis_indicator_definition_newsletters_sent')
        cls.def_emails = ref('ccis_economic_watch.ccis_indicator_definition_newsletter_emails')
        for date in ('2031-02-10', '2031-03-30', '2031-05-04'):
            cls._document(name='Document du %s' % date, date_published=date).action_publish()
        cls._document(name='Document annexe', unit_id=cls.unit_src.id,
                      date_published='2031-01-20').action_publish()
        cls._document(name='Brouillon', date_published='2031-02-01')    # not counted
        archived = cls._document(name='Archivé', date_published='2031-06-01')
        archived.action_publish()
        archived.action_archive_document()                               # still counted
        sector = cls.env['ccis.member.sector'].create(
            {'name': 'Secteur indicateurs test', 'code': 'TVE-KPI',
             'category_id': cls.env.ref('ccis_member.ccis_member_category_services').id})
        Partner = cls.env['res.partner']
        for index in range(3):
            Partner.create({'name': 'Ressortissant KPI %s' % index, 'is_company': True,
                            'ccis_is_member': True, 'ccis_sector_id': sector.id,
                            'ccis_state': 'active', 'email': 'kpi%s@example.ma' % index})
        segment = cls.env['ccis.newsletter.segment'].create(
            {'name': 'Cible KPI', 'sector_ids': [(6, 0, sector.ids)]})
        Mailing = cls.env['mail.mass_mailing']
        for sent in ('2031-03-15 09:00:00', '2031-07-01 09:00:00'):
            mailing = Mailing.create({
                'name': 'Lettre du %s' % sent, 'ccis_segment_id': segment.id,
                'mailing_model_id': cls.env['ir.model']._get('res.partner').id,
                'mailing_domain': segment.mailing_domain, 'body_html': '<p>Lettre</p>',
                'reply_to_mode': 'email'})
            mailing.send_mail()
            mailing.sent_date = sent
            mailing.statistics_ids.write({'scheduled': sent})
        Mailing.create({'name': 'Lettre brouillon', 'ccis_segment_id': segment.id,
                        'mailing_model_id': cls.env['ir.model']._get('res.partner').id,
                        'body_html': '<p>Brouillon</p>'})

    def _measure(self, definition, start, end, unit=None):
        return definition.compute_measure('2031-%s' % start, '2031-%s' % end, unit)

    def test_documents_published(self):
        self.assertEqual(self._measure(self.def_documents, '01-01', '03-31'), 3.0)
        self.assertEqual(self._measure(self.def_documents, '01-01', '12-31'), 5.0)
        self.assertEqual(self._measure(self.def_documents, '01-01', '12-31', self.unit_dap), 4.0)
        self.assertEqual(self._measure(self.def_documents, '01-01', '12-31', self.unit_src), 1.0)

    def test_newsletters_and_emails_sent(self):
        self.assertEqual(self._measure(self.def_newsletters, '01-01', '03-31'), 1.0)
        self.assertEqual(self._measure(self.def_newsletters, '01-01', '12-31'), 2.0)
        self.assertEqual(self._measure(self.def_emails, '01-01', '03-31'), 3.0)
        self.assertEqual(self._measure(self.def_emails, '01-01', '12-31'), 6.0)

    def test_studies_among_documents(self):
        """Studies (and regional monographs) are counted apart; the other documents only in
        the documents published."""
        def_studies = self.env.ref(
            'ccis_economic_watch.ccis_indicator_definition_studies_published')
        self._document(name='Note de conjoncture', date_published='2031-08-01',
                       kind_id=self.env.ref(
                           'ccis_economic_watch.ccis_documentation_kind_outlook').id
                       ).action_publish()
        self.assertEqual(self._measure(def_studies, '01-01', '12-31'), 5.0)
        self.assertEqual(self._measure(def_studies, '07-01', '12-31'), 0.0)
        self.assertEqual(self._measure(self.def_documents, '07-01', '12-31'), 1.0)
        self.assertEqual(self._measure(self.def_documents, '01-01', '12-31'), 6.0)

    def test_replaces_typed_definitions(self):
        """One indicator per meaning: ccis_activity's typed "Études réalisées" and
        "Publications diffusées" are retired, the computed ones take their codes and the
        proposals of the study and publication activity types."""
        def_studies = self.env.ref(
            'ccis_economic_watch.ccis_indicator_definition_studies_published')
        for old_xmlid, new, code in (
                ('ccis_activity.ccis_indicator_definition_studies', def_studies, 'ETUDE'),
                ('ccis_activity.ccis_indicator_definition_publications', self.def_documents,
                 'PUBLI')):
            old = self.env.ref(old_xmlid)
            self.assertFalse(old.active)
            self.assertEqual((old.code, new.code), ('%s_RETIRE' % code, code))
            self.assertIn('Retiré le', old.description)
        ref = self.env.ref
        proposed = (ref('ccis_activity.ccis_activity_type_study')
                    | ref('ccis_activity.ccis_activity_type_publication')
                    ).mapped('template_ids.definition_id')
        self.assertIn(def_studies, proposed)
        self.assertIn(self.def_newsletters, proposed)
        self.assertFalse(proposed.filtered(lambda definition: not definition.active))

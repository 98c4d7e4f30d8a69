from .common import CcisActivityCommon


class TestDateRange(CcisActivityCommon):
    """The named periods (OCA date_range): each programme's year, quarters and months, created
    with the programme without duplicates, and the review's period."""

    @classmethod
    def setUpClass(cls):
        super(TestDateRange, cls).setUpClass()
        cls.Range = cls.env['date.range']
        cls.Wizard = cls.env['ccis.activity.review.wizard']
        ref = cls.env.ref
        cls.fiscal_year = ref('ccis_activity.date_range_type_fiscal_year')
        cls.quarter = ref('ccis_activity.date_range_type_quarter')
        cls.month = ref('ccis_activity.date_range_type_month')
        cls.action_src.write({'state': 'done', 'progress': 100.0, 'date_done': '2020-03-30'})

    def _periods(self, year, period_type=None, company=None):
        domain = [('company_id', '=', (company or self.programme.company_id).id),
                  ('date_start', '>=', '%s-01-01' % year), ('date_end', '<=', '%s-12-31' % year)]
        if period_type:
            domain.append(('type_id', '=', period_type.id))
        return self.Range.with_context(active_test=False).search(domain, order='date_start')

    def _period(self, period_type, date_start):
        return self.Range.search([('type_id', '=', period_type.id),
                                  ('company_id', '=', self.programme.company_id.id),
                                  ('date_start', '=', date_start)])

    # ------------------------------------------------------------ the programme's periods

    def test_programme_creates_its_year_quarters_and_months(self):
        year = self.programme.date_range_id
        self.assertEqual((year.name, year.type_id, year.date_start, year.date_end),
                         ('2020', self.fiscal_year, '2020-01-01', '2020-12-31'))
        self.assertEqual(year.company_id, self.programme.company_id)
        quarters = self._periods(2020, self.quarter)
        self.assertEqual(quarters.mapped('name'), ['T1 2020', 'T2 2020', 'T3 2020', 'T4 2020'])
        self.assertEqual(quarters.mapped('parent_id'), year)
        months = self._periods(2020, self.month)
        self.assertEqual(len(months), 12)
        self.assertEqual((months[1].name, months[1].date_end), ('Février 2020', '2020-02-29'))
        self.assertEqual(months[4].parent_id, quarters[1])

    def test_programme_reuses_its_periods(self):
        before = self._periods(2020)
        self.assertEqual(len(before), 17)
        self.programme._ensure_date_ranges()
        self.programme.write({'name': 'Programme test 2020 (révisé)'})
        self.assertEqual(self._periods(2020), before)

    def test_programme_reuses_a_period_made_by_hand(self):
        made = self.Range.create({'name': 'Exercice 2017', 'type_id': self.fiscal_year.id,
                                  'date_start': '2017-01-01', 'date_end': '2017-12-31'})
        programme = self.Programme.create({'name': 'Programme test 2017', 'year': 2017})
        self.assertEqual(programme.date_range_id, made)
        self.assertEqual(len(self._periods(2017, self.fiscal_year)), 1)
        self.assertEqual(self._periods(2017, self.quarter).mapped('parent_id'), made)

    def test_programme_respects_a_period_that_overlaps(self):
        """A chamber whose periods of a type cover the year otherwise keeps them: no period
        of that type is added (date_range forbids overlaps within a type)."""
        self.Range.create({'name': 'Exercice 2016-2017', 'type_id': self.fiscal_year.id,
                           'date_start': '2016-07-01', 'date_end': '2017-06-30'})
        programme = self.Programme.create({'name': 'Programme test 2017', 'year': 2017})
        self.assertFalse(programme.date_range_id)
        self.assertEqual(len(self._periods(2017, self.fiscal_year)), 0)
        quarters = self._periods(2017, self.quarter)
        self.assertEqual(len(quarters), 4)
        self.assertFalse(quarters.mapped('parent_id'))
        wizard = self.Wizard.create({'programme_id': programme.id})
        self.assertFalse(wizard.date_range_id)
        self.assertEqual((wizard.date_from, wizard.date_to), ('2017-01-01', '2017-12-31'))

    def test_period_names_in_every_active_language(self):
        self.env['res.lang'].load_lang('ar_SY')
        programme = self.Programme.create({'name': 'Programme test 2018', 'year': 2018})
        quarter = self._periods(2018, self.quarter)[0]
        self.assertEqual(quarter.with_context(lang='ar_SY').name, 'الربع الأول 2018')
        self.assertEqual(quarter.with_context(lang=None).name, 'T1 2018')
        self.assertEqual(programme.date_range_id.with_context(lang='ar_SY').name, '2018')

    def test_period_labels_in_french_and_arabic(self):
        """date_range's labels its own translation files leave out come from ccis_activity's
        i18n_extra: the periods' screens read in French and in Arabic."""
        for lang, parent, start in (('fr_FR', 'Période parente', 'Date de début'),
                                    ('ar_MA', 'الفترة الأصلية', 'تاريخ البدء')):
            labels = self.env['date.range'].with_context(lang=lang).fields_get(
                ['parent_id', 'date_start'], ['string'])
            self.assertEqual(labels['parent_id']['string'], parent, lang)
            self.assertEqual(labels['date_start']['string'], start, lang)

    # ------------------------------------------------------------ the review's period

    def test_review_defaults_to_the_programme_year(self):
        wizard = self.Wizard.with_context(default_programme_id=self.programme.id).create({})
        self.assertEqual(wizard.date_range_id, self.programme.date_range_id)
        self.assertEqual((wizard.date_from, wizard.date_to), ('2020-01-01', '2020-12-31'))
        defaults = self.Wizard.with_context(default_programme_id=self.previous.id).default_get(
            ['programme_id', 'date_range_id', 'date_from', 'date_to'])
        self.assertEqual(defaults['date_range_id'], self.previous.date_range_id.id)
        self.assertEqual((defaults['date_from'], defaults['date_to']),
                         ('2019-01-01', '2019-12-31'))

    def test_period_fills_the_dates(self):
        second = self._period(self.quarter, '2020-04-01')
        wizard = self.Wizard.create({'date_range_id': second.id})
        self.assertEqual((wizard.date_from, wizard.date_to), ('2020-04-01', '2020-06-30'))
        form = self.Wizard.new({'programme_id': self.programme.id,
                                'date_range_id': self.programme.date_range_id.id,
                                'date_from': '2020-01-01', 'date_to': '2020-12-31'})
        form.date_range_id = second
        form._onchange_date_range_id()
        self.assertEqual((form.date_from, form.date_to), ('2020-04-01', '2020-06-30'))
        self.assertEqual(form.programme_id, self.programme)
        # a quarter of the programme's year stays when the programme is chosen again
        form._onchange_programme_id()
        self.assertEqual(form.date_range_id, second)

    def test_period_of_another_year_takes_its_programme(self):
        form = self.Wizard.new({'programme_id': self.programme.id})
        form.date_range_id = self._period(self.month, '2019-03-01')
        form._onchange_date_range_id()
        self.assertEqual(form.programme_id, self.previous)
        self.assertEqual((form.date_from, form.date_to), ('2019-03-01', '2019-03-31'))

    def test_dates_typed_by_hand_still_work(self):
        form = self.Wizard.new({'programme_id': self.programme.id,
                                'date_range_id': self.programme.date_range_id.id,
                                'date_from': '2020-01-01', 'date_to': '2020-12-31'})
        form.date_to = '2020-05-15'
        form._onchange_dates()
        self.assertFalse(form.date_range_id)
        self.assertEqual((form.date_from, form.date_to), ('2020-01-01', '2020-05-15'))
        wizard = self.Wizard.create({'programme_id': self.programme.id,
                                     'date_from': '2020-01-01', 'date_to': '2020-05-15'})
        self.assertFalse(wizard.date_range_id)
        self.assertEqual(wizard.date_to, '2020-05-15')

    def test_review_of_a_period_equals_the_same_dates_typed(self):
        """Figures, comparison with the previous year included, are those of the dates: a
        period only names them."""
        first = self._period(self.quarter, '2020-01-01')
        for programme in (self.programme, self.Programme):
            by_period = self.Wizard.create({'programme_id': programme.id,
                                            'date_range_id': first.id})
            by_hand = self.Wizard.create({'programme_id': programme.id,
                                          'date_from': '2020-01-01', 'date_to': '2020-03-31'})
            data, typed = by_period._get_review_data(), by_hand._get_review_data()
            self.assertTrue(data['axes'])
            self.assertEqual(data['title'], "Bilan du programme d'action : T1 2020 "
                                            "(du 01/01/2020 au 31/03/2020)")
            self.assertEqual(typed['title'], "Bilan du programme d'action du 01/01/2020 "
                                             "au 31/03/2020")
            for key in ('axes', 'sites', 'totals', 'prev_totals', 'previous_label',
                        'date_from', 'date_to'):
                self.assertEqual(data[key], typed[key], key)

    def test_review_of_the_year_period_is_the_annual_review(self):
        by_period = self.Wizard.create({'date_range_id': self.programme.date_range_id.id,
                                        'programme_id': self.programme.id})
        annual = self.Wizard.create({'programme_id': self.programme.id,
                                     'date_from': '2020-01-01', 'date_to': '2020-12-31'})
        data = by_period._get_review_data()
        self.assertEqual(data['title'], "Bilan du programme d'action 2020")
        self.assertEqual(data, annual._get_review_data())
        self.assertEqual(by_period._xlsx_report_name(), 'bilan_programme_action_2020')

    def test_job_recreates_the_period(self):
        second = self._period(self.quarter, '2020-04-01')
        wizard = self.Wizard.create({'programme_id': self.programme.id,
                                     'date_range_id': second.id})
        self.assertEqual(self.Wizard.create(wizard._ccis_review_values()).date_range_id, second)

import io

import xlrd
from lxml import html

from odoo.addons.ccis_activity.tools import indicator, kpi
from odoo.exceptions import AccessError
from odoo.tools.safe_eval import safe_eval

from .common import CcisActivityCommon


class ReviewHelpers(object):
    """Reading the review: its wizard, the PDF's HTML and the XLSX."""

    @classmethod
    def _wizard(cls, user=None, **values):
        Wizard = cls.env['ccis.activity.review.wizard']
        if user:
            Wizard = Wizard.sudo(user)
        return Wizard.create(values)

    def _html(self, wizard):
        report = self.env.ref('ccis_activity.ccis_activity_review_report')
        content, _format = report.render_qweb_html(wizard.ids)
        return html.fromstring(content)

    def _cell(self, tree, axis, definition, figure):
        cells = tree.xpath(
            '//div[@data-axis="%s"]//tr[@data-indicator="%s"]/td[@data-figure="%s"]'
            % (axis.code, definition.code, figure))
        self.assertEqual(len(cells), 1)
        return cells[0]

    def _workbook(self, wizard):
        return xlrd.open_workbook(file_contents=wizard._xlsx_content())

    def _indicator_row(self, sheet, name):
        for row in range(sheet.nrows):
            if sheet.cell_value(row, 0) == name:
                return sheet.row_values(row)
        self.fail('%s absent de la feuille %s' % (name, sheet.name))


class TestReview(ReviewHelpers, CcisActivityCommon):
    """The annual review: its figures, in the PDF's HTML and in the XLSX, equal those of the
    database."""

    @classmethod
    def setUpClass(cls):
        super(TestReview, cls).setUpClass()
        # the action's expenses, booked on its unit's account with the action's tag
        cls.env['account.analytic.line'].create({
            'name': 'Frais de formation', 'account_id': cls.analytic_dap.id,
            'date': '2020-04-15', 'amount': -42000.0,
            'tag_ids': [(6, 0, cls.action.analytic_tag_id.ids)]})
        cls.env['account.analytic.line'].create({
            'name': 'Frais de formation', 'account_id': cls.analytic_dap.id,
            'date': '2020-09-15', 'amount': -8000.0,
            'tag_ids': [(6, 0, cls.action.analytic_tag_id.ids)]})
        cls.action_src.write({'state': 'done', 'progress': 100.0, 'date_done': '2020-11-30'})
        cls.wizard = cls._wizard(programme_id=cls.programme.id)

    def _axis(self, data, axis):
        return next(entry for entry in data['axes'] if entry['id'] == axis.id)

    def _indicator(self, axis_data, definition):
        return next(entry for entry in axis_data['indicators']
                    if entry['definition_id'] == definition.id)

    # ------------------------------------------------------------ the data

    def test_full_year_defaults_to_the_programme_year(self):
        self.assertEqual((self.wizard.date_from, self.wizard.date_to),
                         ('2020-01-01', '2020-12-31'))

    def test_actions_and_budget_per_axis(self):
        axis = self._axis(self.wizard._get_review_data(), self.axis_training)
        actions = self.Action.search([('programme_id', '=', self.programme.id),
                                      ('axis_id', '=', self.axis_training.id)])
        self.assertEqual(axis['planned'], len(actions))
        self.assertEqual(axis['done'], len(actions.filtered(lambda a: a.state == 'done')))
        self.assertEqual(axis['budget_planned'], sum(actions.mapped('budget_planned')))
        self.assertEqual(axis['budget_actual'], sum(actions.mapped('budget_actual')))
        self.assertEqual(axis['budget_actual'], 50000.0)
        self.assertEqual(axis['prev']['planned'], 1)
        self.assertEqual(axis['prev']['budget_planned'], 80000.0)

    def test_indicators_per_axis_with_the_previous_year(self):
        axis = self._axis(self.wizard._get_review_data(), self.axis_training)
        summed = self._indicator(axis, self.def_sum)
        lines = self.line_sum | self.line_src
        self.assertEqual(summed['target'], sum(lines.mapped('target')))
        self.assertEqual(summed['realised'], sum(lines.mapped('realised')))
        self.assertAlmostEqual(summed['rate'], 370.0 / 600.0 * 100.0)
        self.assertEqual(summed['prev_realised'], self.prev_line_sum.realised)
        self.assertAlmostEqual(summed['evolution'], 48.0)
        self.assertEqual(self._indicator(axis, self.def_avg)['realised'],
                         self.line_avg.realised)
        self.assertEqual(self._indicator(axis, self.def_last)['realised'],
                         self.line_last.realised)

    def test_mid_year_review(self):
        wizard = self._wizard(programme_id=False, date_from='2020-01-01', date_to='2020-06-30')
        axis = self._axis(wizard._get_review_data(), self.axis_training)
        summed = self._indicator(axis, self.def_sum)
        # values dated in the first half: 50 + 40 + 120 (Appui) + 60 (Ressortissants)
        self.assertEqual(summed['realised'], 270.0)
        # targets of the first two quarters: 100 + 100 and 50 + 50
        self.assertEqual(summed['target'], 300.0)
        self.assertEqual(self._indicator(axis, self.def_avg)['realised'], 80.0)
        self.assertEqual(self._indicator(axis, self.def_last)['realised'], 45.0)
        self.assertEqual(self._indicator(axis, self.def_last)['target'], 100.0)
        # expenses of the half-year only, and the first half of 2019 to compare
        self.assertEqual(axis['budget_actual'], 42000.0)
        self.assertEqual(summed['prev_realised'], 100.0)

    def test_review_respects_the_record_rules(self):
        wizard = self._wizard(user=self.staff_src, programme_id=self.programme.id)
        axis = self._axis(wizard._get_review_data(), self.axis_training)
        self.assertEqual(axis['planned'], 1)
        self.assertEqual(self._indicator(axis, self.def_sum)['realised'], 90.0)

    def test_unit_filter(self):
        wizard = self._wizard(programme_id=self.programme.id,
                              unit_ids=[(6, 0, self.unit_src.ids)])
        axis = self._axis(wizard._get_review_data(), self.axis_training)
        self.assertEqual(axis['planned'], 1)
        self.assertEqual(axis['budget_planned'], 50000.0)

    # ------------------------------------------------------------ the PDF

    def test_pdf_shows_the_database_figures(self):
        tree = self._html(self.wizard)
        lines = self.line_sum | self.line_src
        checks = [
            (self.def_sum, 'target', sum(lines.mapped('target'))),
            (self.def_sum, 'realised', sum(lines.mapped('realised'))),
            (self.def_sum, 'prev_realised', self.prev_line_sum.realised),
            (self.def_avg, 'realised', self.line_avg.realised),
            (self.def_avg, 'rate', self.line_avg.rate),
            (self.def_last, 'realised', self.line_last.realised),
        ]
        for definition, figure, expected in checks:
            cell = self._cell(tree, self.axis_training, definition, figure)
            digits = 1 if figure == 'rate' else 2
            self.assertEqual(cell.text_content().strip(), kpi.format_figure(expected, digits),
                             '%s %s' % (definition.code, figure))

    def test_pdf_summary_per_axis(self):
        tree = self._html(self.wizard)
        row = tree.xpath('//table[contains(@class, "ccis-summary")]//tr[@data-axis="%s"]'
                         % self.axis_training.code)[0]
        cell = row.xpath('td[@data-figure="budget_actual"]')[0]
        self.assertEqual(cell.text_content().strip(),
                         kpi.format_figure(self.programme.budget_actual))
        self.assertEqual(row.xpath('td[@data-figure="done"]')[0].text_content().strip(), '1')
        self.assertIn("Bilan du programme d'action 2020", tree.text_content())

    def test_pdf_colours_the_rates(self):
        tree = self._html(self.wizard)
        self.assertIn('ccis-rate-success',
                      self._cell(tree, self.axis_training, self.def_avg, 'rate').get('class'))
        self.assertIn('ccis-rate-warning',
                      self._cell(tree, self.axis_training, self.def_sum, 'rate').get('class'))

    # ------------------------------------------------------------ the XLSX

    def test_xlsx_has_a_sheet_per_axis(self):
        book = self._workbook(self.wizard)
        names = book.sheet_names()
        self.assertEqual(names[0], 'Synthèse')
        self.assertTrue(any(name.startswith('Axe 6 - ') for name in names))
        self.assertTrue(all(len(name) <= 31 for name in names))

    def test_xlsx_in_the_user_language(self):
        """The workbook's sheets, headers and the actions' states are in the language of the
        user printing it: French here, Arabic for a user working in Arabic."""
        french = self._workbook(self.wizard)
        sheet = next(french.sheet_by_name(name) for name in french.sheet_names()
                     if name.startswith('Axe 6 - '))
        self.assertIn(['Indicateur', 'Unité de mesure', 'Cible', 'Réalisé', 'Taux (%)'],
                      [sheet.row_values(row)[:5] for row in range(sheet.nrows)])
        states = {row[5] for axis_sheet in french.sheets()
                  for row in (axis_sheet.row_values(number) for number in range(axis_sheet.nrows))
                  if self.action_src.reference and row[0] == self.action_src.reference}
        self.assertEqual(states, {'Réalisée'})
        arabic = xlrd.open_workbook(file_contents=self.wizard.with_context(
            lang='ar_MA')._xlsx_content())
        self.assertEqual(len(arabic.sheet_names()), len(french.sheet_names()))
        for name in arabic.sheet_names():
            self.assertTrue(any('\u0600' <= char <= '\u06ff' for char in name), name)

    def test_xlsx_figures_equal_the_database(self):
        book = self._workbook(self.wizard)
        sheet = next(book.sheet_by_name(name) for name in book.sheet_names()
                     if name.startswith('Axe 6 - '))
        row = self._indicator_row(sheet, self.def_sum.name)
        lines = self.line_sum | self.line_src
        self.assertEqual(row[2], sum(lines.mapped('target')))
        self.assertEqual(row[3], sum(lines.mapped('realised')))
        self.assertAlmostEqual(row[4], 370.0 / 600.0 * 100.0)
        self.assertEqual(row[6], self.prev_line_sum.realised)
        self.assertAlmostEqual(self._indicator_row(sheet, self.def_avg.name)[3],
                               self.line_avg.realised)
        summary = book.sheet_by_name('Synthèse')
        axis_row = self._indicator_row(summary, '6. %s' % self.axis_training.name)
        self.assertEqual(axis_row[1], 3)
        self.assertEqual(axis_row[4], self.programme.budget_actual)

    def test_xlsx_has_native_charts(self):
        import zipfile
        content = self.wizard._xlsx_content()
        names = zipfile.ZipFile(io.BytesIO(content)).namelist()
        self.assertTrue([name for name in names if name.startswith('xl/charts/chart')])

    def test_export_action_downloads_the_file(self):
        action = self.wizard.action_export_xlsx()
        self.assertEqual((action['type'], action['report_type']),
                         ('ir.actions.report', 'xlsx'))
        report = self.env['ir.actions.report']._get_report_from_name(action['report_name'])
        self.assertEqual(safe_eval(report.print_report_name, {'object': self.wizard}),
                         'bilan_programme_action_2020')
        self.assertEqual(report.render(self.wizard.ids)[0][:2], b'PK')


class TestReviewEqualsEngine(ReviewHelpers, CcisActivityCommon):
    """Every figure the PDF and the XLSX print is the engine's: recomputed here from the
    lines (ccis.indicator.line._figures_between, tools/indicator.combine_lines) and compared
    cell by cell, for counts, weighted averages, stocks and rates."""

    @classmethod
    def setUpClass(cls):
        super(TestReviewEqualsEngine, cls).setUpClass()
        cls.wizard = cls._wizard(programme_id=cls.programme.id)
        cls.def_rate = cls._create_definition('TA_RATE', 'Participants satisfaits (test)',
                                              'ratio', '%')
        cls._values(cls._create_line(cls.action, cls.def_rate, 80.0),
                    [('2020-03-15', 0, 9, 10), ('2020-06-15', 0, 10, 90)])
        cls._values(cls._create_line(cls.action_src, cls.def_rate, 60.0),
                    [('2020-05-15', 0, 15, 30)])
        cls._values(cls._create_line(cls.action_src, cls.def_last, 100.0),
                    [('2020-06-30', 30.0)])
        cls._values(cls._create_line(cls.action_src, cls.def_avg, 80.0),
                    [('2020-06-01', 60.0, 0, 6)])
        cls.summary = cls.env['ccis.activity.axis.summary'].sudo(cls.staff).create({
            'programme_id': cls.programme.id, 'axis_id': cls.axis_training.id,
            'unit_id': cls.unit_dap.id,
            'summary': 'Trois cycles de formation réalisés.\nLe cycle export est reporté.'})
        cls.injected = cls._create_action('=HYPERLINK("http://example.com";"clic")',
                                          cls.programme, cls.unit_dap, budget=10.0)

    def _expected(self, wizard):
        """{(axis code, definition code): (target, realised, rate)} by the engine."""
        lines = self.Line.search([('programme_id', '=', self.programme.id)])
        figures = lines._figures_between(wizard.date_from, wizard.date_to)
        groups = {}
        for line in lines:
            groups.setdefault((line.axis_id.code, line.definition_id), []).append(
                figures[line.id] + (line.year,))
        expected = {}
        for (axis_code, definition), items in groups.items():
            target, figure = indicator.combine_lines(items, definition.measure)
            realised = indicator.value(figure)
            expected[(axis_code, definition.code)] = (
                target, realised, kpi.achievement_rate(realised, target, definition.direction))
        return expected

    def test_engine_figures_of_the_fixture(self):
        expected = self._expected(self.wizard)
        # rates and averages recomputed across the two actions
        self.assertAlmostEqual(expected[('6', 'TA_RATE')][1], 34.0 / 130.0 * 100.0)
        self.assertAlmostEqual(expected[('6', 'TA_AVG')][1], (70 + 90 + 95 + 60 * 6) / 9.0)
        # stocks of two actions add: each at the end of its range
        self.assertEqual(expected[('6', 'TA_LAST')][1], 65.0 + 30.0)

    def test_pdf_and_xlsx_figures_equal_the_engine(self):
        for wizard in (self.wizard, self._wizard(programme_id=self.programme.id,
                                                 date_from='2020-01-01',
                                                 date_to='2020-06-30')):
            expected = self._expected(wizard)
            tree = self._html(wizard)
            book = self._workbook(wizard)
            sheet = next(book.sheet_by_name(name) for name in book.sheet_names()
                         if name.startswith('Axe 6 - '))
            checked = 0
            for (axis_code, code), (target, realised, rate) in expected.items():
                if axis_code != '6':
                    continue
                definition = self.Definition.search([('code', '=', code)])
                for figure, amount, digits in (('target', target, 2),
                                               ('realised', realised, 2),
                                               ('rate', rate, 1)):
                    cell = self._cell(tree, self.axis_training, definition, figure)
                    self.assertEqual(cell.text_content().strip(),
                                     kpi.format_figure(amount, digits), '%s %s' % (code, figure))
                row = self._indicator_row(sheet, definition.name)
                for col, amount in ((2, target), (3, realised), (4, rate)):
                    if amount is None:
                        self.assertEqual(row[col], '')
                    else:
                        self.assertAlmostEqual(row[col], amount, msg='%s col %s' % (code, col))
                checked += 1
            self.assertEqual(checked, 4)

    def test_pdf_prints_the_fraction_of_a_rate(self):
        cell = self._cell(self._html(self.wizard), self.axis_training, self.def_rate, 'base')
        self.assertEqual(' '.join(cell.text_content().split()), '34 / 130')

    def test_pdf_has_server_side_charts(self):
        tree = self._html(self.wizard)
        self.assertTrue(tree.xpath('//div[@data-chart="summary"]//*[local-name()="svg"]'))
        bars = tree.xpath('//div[@data-chart="6"]//*[local-name()="rect"]')
        # a legend of three series, then target, realised, last year's realised per indicator
        self.assertGreaterEqual(len(bars), 3 + 2 * 4)
        self.assertTrue(tree.xpath('//div[@data-chart="sites"]//*[local-name()="svg"]'))

    def test_written_summary_of_the_axis_is_printed(self):
        tree = self._html(self.wizard)
        text = tree.xpath('//div[@data-summary="6"]')[0].text_content()
        self.assertIn('Le cycle export est reporté.', text)
        book = self._workbook(self.wizard)
        sheet = next(book.sheet_by_name(name) for name in book.sheet_names()
                     if name.startswith('Axe 6 - '))
        self.assertEqual(sheet.cell_value(3, 0), self.summary.summary)

    def test_figures_per_site(self):
        data = self.wizard._get_review_data()
        sites = {site['name']: site for site in data['sites']}
        head_office, annex = sites[self.site_ho.name], sites[self.site_annex.name]
        self.assertEqual((head_office['planned'], annex['planned']), (3, 1))
        stock = next(entry for entry in head_office['indicators']
                     if entry['definition_id'] == self.def_last.id)
        self.assertEqual(stock['realised'], 95.0)
        tree = self._html(self.wizard)
        row = tree.xpath('//table[contains(@class, "ccis-site-summary")]//tr[@data-site="%s"]'
                         % annex['id'])[0]
        self.assertEqual(row.xpath('td[@data-figure="planned"]')[0].text_content().strip(), '1')
        sheet = self._workbook(self.wizard).sheet_by_name('Par site')
        self.assertEqual(self._indicator_row(sheet, self.site_annex.name)[1], 1)

    def test_only_the_unit_writes_its_summary(self):
        with self.assertRaises(AccessError):
            self.summary.sudo(self.staff_src).write({'summary': 'Autre texte'})
        self.summary.sudo(self.staff_src).read(['summary'])

    def test_xlsx_report_for_a_unit_user(self):
        """A unit's staff (not the administrator) prints the review's XLSX through its report
        action; a text starting with '=' comes out as text."""
        import zipfile
        wizard = self._wizard(user=self.staff, programme_id=self.programme.id)
        action = wizard.action_export_xlsx()
        self.assertEqual((action['type'], action['report_type'], action['context']['active_ids']),
                         ('ir.actions.report', 'xlsx', wizard.ids))
        report = self.env['ir.actions.report'].sudo(self.staff)._get_report_from_name(
            action['report_name'])
        self.assertEqual(report, self.env.ref('ccis_activity.ccis_activity_review_xlsx_report'))
        content, kind = report.render(wizard.ids)
        self.assertEqual(kind, 'xlsx')
        sheet = next(sheet for sheet in xlrd.open_workbook(file_contents=content).sheets()
                     if sheet.name.startswith('Axe 6 - '))
        cells = [sheet.cell(row, 1) for row in range(sheet.nrows)
                 if sheet.cell_value(row, 1) == self.injected.name]
        self.assertEqual([cell.ctype for cell in cells], [xlrd.XL_CELL_TEXT])
        archive = zipfile.ZipFile(io.BytesIO(content))
        self.assertIn('quotePrefix="1"', archive.read('xl/styles.xml').decode())

    def test_xlsx_text_is_never_a_formula(self):
        import zipfile
        content = self.wizard._xlsx_content()
        archive = zipfile.ZipFile(io.BytesIO(content))
        for name in archive.namelist():
            if name.startswith('xl/worksheets/'):
                self.assertNotIn('<f>', archive.read(name).decode())
        sheet = next(sheet for sheet in xlrd.open_workbook(file_contents=content).sheets()
                     if sheet.name.startswith('Axe 6 - '))
        self.assertIn(self.injected.name, [sheet.cell_value(row, 1) for row in range(sheet.nrows)])

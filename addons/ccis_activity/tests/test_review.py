import io

import xlrd
from lxml import html

from odoo.addons.ccis_activity.tools import kpi

from .common import CcisActivityCommon


class TestReview(CcisActivityCommon):
    """The annual review: its figures, in the PDF's HTML and in the XLSX, equal those of the
    database."""

    @classmethod
    def setUpClass(cls):
        super(TestReview, cls).setUpClass()
        cls.env['account.analytic.line'].create({
            'name': 'Frais de formation', 'account_id': cls.analytic_dap.id,
            'date': '2020-04-15', 'amount': -42000.0})
        cls.env['account.analytic.line'].create({
            'name': 'Frais de formation', 'account_id': cls.analytic_dap.id,
            'date': '2020-09-15', 'amount': -8000.0})
        cls.action.action_refresh_budget()
        cls.action_src.write({'state': 'done', 'progress': 100.0, 'date_done': '2020-11-30'})
        cls.wizard = cls._wizard(programme_id=cls.programme.id)

    @classmethod
    def _wizard(cls, user=None, **values):
        Wizard = cls.env['ccis.activity.review.wizard']
        if user:
            Wizard = Wizard.sudo(user)
        return Wizard.create(values)

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

    def _workbook(self, wizard):
        return xlrd.open_workbook(file_contents=wizard._xlsx_content())

    def _indicator_row(self, sheet, name):
        for row in range(sheet.nrows):
            if sheet.cell_value(row, 0) == name:
                return sheet.row_values(row)
        self.fail('%s absent de la feuille %s' % (name, sheet.name))

    def test_xlsx_has_a_sheet_per_axis(self):
        book = self._workbook(self.wizard)
        names = book.sheet_names()
        self.assertEqual(names[0], 'Synthèse')
        self.assertTrue(any(name.startswith('Axe 6 - ') for name in names))
        self.assertTrue(all(len(name) <= 31 for name in names))

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
        self.assertEqual(action['type'], 'ir.actions.act_url')
        self.assertEqual(self.wizard.xlsx_filename, 'bilan_programme_action_2020.xlsx')
        self.assertTrue(self.wizard.xlsx_file)

import datetime
import doctest
import io
import unittest
import zipfile

import xlrd
import xlsxwriter

from ..tools import xlsx


class TestXlsx(unittest.TestCase):
    """The suite's XLSX writer keeps data text as text (formula injection)."""

    def test_doctests(self):
        result = doctest.testmod(xlsx)
        self.assertGreater(result.attempted, 0)
        self.assertEqual(result.failed, 0)

    def _book(self, rows):
        output = io.BytesIO()
        book = xlsx.workbook(output, {'in_memory': True})
        sheet = book.add_worksheet()
        header = book.add_format({'bold': True, 'bg_color': '#1F4E79'})
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                sheet.write(r, c, value, header if r == 0 else None)
        book.close()
        return output.getvalue()

    def test_no_formula_whatever_the_text(self):
        payloads = ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '=cmd|"/c calc"!A0',
                    '{=A1}', '\t=1', ' =1', 'http://example.com', 'external:c:\\x.xls']
        content = self._book([payloads, payloads])
        sheet_xml = zipfile.ZipFile(io.BytesIO(content)).read(
            'xl/worksheets/sheet1.xml').decode()
        self.assertNotIn('<f>', sheet_xml)
        self.assertNotIn('hyperlink', sheet_xml)
        read = xlrd.open_workbook(file_contents=content).sheet_by_index(0)
        self.assertEqual(read.row_values(1), payloads)
        self.assertEqual(read.row_values(0), payloads)

    def test_quoted_cells_keep_their_format(self):
        content = self._book([['=titre', 'titre']])
        styles = zipfile.ZipFile(io.BytesIO(content)).read('xl/styles.xml').decode()
        quoted = [xf for xf in styles.split('<xf ') if 'quotePrefix="1"' in xf]
        self.assertEqual(len(quoted), 1)
        self.assertIn('applyFill="1"', quoted[0])
        self.assertIn('applyFont="1"', quoted[0])

    def test_numbers_and_dates_stay_numbers(self):
        content = self._book([['x'], [12.5], [-3]])
        read = xlrd.open_workbook(file_contents=content).sheet_by_index(0)
        self.assertEqual(read.cell(1, 0).ctype, xlrd.XL_CELL_NUMBER)
        self.assertEqual(read.cell_value(2, 0), -3)

    def test_fast_cells_same_xml_as_xlsxwriter(self):
        """The suite's cell writer (SafeWorksheet._write_cell) writes the XML xlsxwriter
        writes: numbers (integers, decimals, large, negative, tiny), shared strings, blanks,
        cells with and without a format, a date, a boolean."""
        def fill(book):
            sheet = book.add_worksheet('Feuille')
            styles = [book.add_format({'num_format': '#,##0.00', 'border': 1}),
                      book.add_format({'bold': True}), None]
            values = [0, 1, -3, 12.5, 1234567.891, 1e20, 2.5e-7, 1 / 3, 'Texte', 'Ünïcödé & <b>',
                      '', None, True, datetime.date(2024, 3, 31)]
            row = 0
            for style in styles:
                for value in values:
                    for col in range(3):
                        sheet.write(row, col, value, style)
                    sheet._write_number(row, 3, 7.25, style)
                    sheet._write_string(row, 4, 'chaîne %d' % row, style)
                    row += 1
            sheet.set_row(row, 30, styles[1])
            sheet.write_number(row, 0, 42, None)

        def sheet_xml(workbook_class):
            output = io.BytesIO()
            book = workbook_class(output, dict(xlsx.OPTIONS, in_memory=True))
            fill(book)
            book.close()
            archive = zipfile.ZipFile(output)
            return (archive.read('xl/worksheets/sheet1.xml').decode(),
                    archive.read('xl/sharedStrings.xml').decode())

        ours, theirs = sheet_xml(xlsx.SafeWorkbook), sheet_xml(xlsxwriter.Workbook)
        self.assertIn('s="1"><v>7.25</v>', ours[0])
        self.assertEqual(ours, theirs)

    def test_write_cells_same_as_write(self):
        """write_cells() gives the cells write() gives: texts (formula-like ones quoted),
        numbers, blanks in a format, nothing without one, a boolean, a too-long text."""
        values = ['Texte', '=1+1', '-', 12.5, 3, 0, 0.0, None, '', False, True,
                  float('nan'), 'x' * 33000, datetime.date(2024, 3, 31)]

        def content(fast):
            output = io.BytesIO()
            book = xlsx.workbook(output, {'in_memory': True, 'nan_inf_to_errors': True})
            sheet = book.add_worksheet()
            style = book.add_format({'border': 1})
            for row, cell_format in enumerate((style, None)):
                if fast:
                    sheet.write_cells(row, 1, [(value, cell_format) for value in values])
                else:
                    for col, value in enumerate(values, 1):
                        if value is None or value is False or value == '':
                            sheet.write_blank(row, col, '', cell_format)
                        else:
                            sheet.write(row, col, value, cell_format)
            book.close()
            archive = zipfile.ZipFile(output)
            return [archive.read(name) for name in (
                'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml')]

        fast, slow = content(True), content(False)
        self.assertIn(b'quotePrefix="1"', fast[2])
        self.assertEqual(fast, slow)

import doctest
import io
import unittest
import zipfile

import xlrd

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

import io
import zipfile

import xlrd

from odoo.tests.common import TransactionCase

from ..report.ccis_event_xlsx import build_table_xlsx

PAYLOADS = ['=HYPERLINK("http://exemple.ma";"Cliquez")', '+212 661 00 00 00', '-',
            '@SUM(A1:A9)']


class TestXlsxInjection(TransactionCase):
    """The events' tables keep the data text as text: a participant or a member named like a
    formula is no formula in the file."""

    def _check(self, content, payload):
        archive = zipfile.ZipFile(io.BytesIO(content))
        sheets = ''.join(archive.read(name).decode() for name in archive.namelist()
                         if name.startswith('xl/worksheets/'))
        self.assertNotIn('<f>', sheets)
        sheet = xlrd.open_workbook(file_contents=content).sheet_by_index(0)
        self.assertIn(payload, sheet.row_values(3))

    def test_participants(self):
        columns = self.env['report.ccis_event.report_participants_xlsx']._ccis_columns()
        for payload in PAYLOADS:
            content = build_table_xlsx('Participants', columns, [{
                'event': payload, 'name': payload, 'company': payload, 'phone': payload,
                'email': payload, 'hours': 3.0}])
            self._check(content, payload)

    def test_totals(self):
        """The columns named as totals are summed under the rows, the others are not."""
        columns = [('name', 'Nom', 20), ('hours', 'Heures', 10), ('cost', 'Coût', 10)]
        content = build_table_xlsx('Table', columns, [
            {'name': PAYLOADS[0], 'hours': 3.0, 'cost': 100.0},
            {'name': 'B', 'hours': 1.5, 'cost': 50.0}], totals=('hours',))
        self._check(content, PAYLOADS[0])
        sheet = xlrd.open_workbook(file_contents=content).sheet_by_index(0)
        self.assertEqual(sheet.row_values(5), ['Total', 4.5, ''])

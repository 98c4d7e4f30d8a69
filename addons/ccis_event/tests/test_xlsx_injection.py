import io
import unittest
import zipfile

import xlrd

from ..report.ccis_event_xlsx import build_participants_xlsx, build_training_execution_xlsx

PAYLOADS = ['=HYPERLINK("http://exemple.ma";"Cliquez")', '+212 661 00 00 00', '-',
            '@SUM(A1:A9)']


class TestXlsxInjection(unittest.TestCase):
    """The events' workbooks keep the data text as text: a participant or a member named
    like a formula is no formula in the file."""

    def _check(self, content, payload):
        archive = zipfile.ZipFile(io.BytesIO(content))
        sheets = ''.join(archive.read(name).decode() for name in archive.namelist()
                         if name.startswith('xl/worksheets/'))
        self.assertNotIn('<f>', sheets)
        sheet = xlrd.open_workbook(file_contents=content).sheet_by_index(0)
        self.assertIn(payload, sheet.row_values(3))

    def test_participants(self):
        for payload in PAYLOADS:
            content = build_participants_xlsx([{
                'event': payload, 'name': payload, 'company': payload, 'phone': payload,
                'email': payload, 'hours': 3.0}])
            self._check(content, payload)

    def test_training_execution(self):
        for payload in PAYLOADS:
            content = build_training_execution_xlsx([{
                'plan': payload, 'theme': payload, 'action': payload, 'provider': payload,
                'needs': 2, 'cost_planned': 100.0}])
            self._check(content, payload)

import io
import zipfile

import xlrd

from odoo.tools.safe_eval import safe_eval

from .common import CcisEventCommon

PAYLOAD = '=HYPERLINK("http://exemple.ma";"Cliquez")'


class TestXlsxReport(CcisEventCommon):
    """The events' workbooks are XLSX report actions a unit's staff (not the administrator)
    prints, named as before; a text starting with '=' comes out as text."""

    @classmethod
    def setUpClass(cls):
        super(TestXlsxReport, cls).setUpClass()
        cls.event = cls._create_event('Séminaire test XLSX', cls.type_seminar)
        cls._register(cls.event, cls._create_person(PAYLOAD, cls.member_agro, PAYLOAD))

    def _print(self, action, xmlid, user):
        self.assertEqual((action['type'], action['report_type']), ('ir.actions.report', 'xlsx'))
        report = self.env['ir.actions.report'].sudo(user)._get_report_from_name(
            action['report_name'])
        self.assertEqual(report, self.env.ref(xmlid))
        content, kind = report.render(action['context']['active_ids'])
        self.assertEqual(kind, 'xlsx')
        archive = zipfile.ZipFile(io.BytesIO(content))
        self.assertNotIn('<f>', archive.read('xl/worksheets/sheet1.xml').decode())
        sheet = xlrd.open_workbook(file_contents=content).sheet_by_index(0)
        cells = [cell for row in range(3, sheet.nrows) for cell in sheet.row(row)
                 if cell.value == PAYLOAD]
        self.assertTrue(cells)
        self.assertEqual({cell.ctype for cell in cells}, {xlrd.XL_CELL_TEXT})
        return report

    def test_participants(self):
        event = self.event.sudo(self.staff)
        action = event.action_ccis_export_participants_xlsx()
        self.assertEqual(action['context']['active_ids'], event.ids)
        report = self._print(action, 'ccis_event.ccis_event_participants_xlsx_report',
                             self.staff)
        self.assertEqual(safe_eval(report.print_report_name, {'object': event}),
                         'participants_%s' % event.id)
        self.assertEqual(report.report_file, 'participants_evenements')

from odoo.tools.safe_eval import safe_eval

from .common import PAYLOAD, CcisEventCommon, XlsxReportCase


class TestXlsxReport(XlsxReportCase, CcisEventCommon):
    """The events' workbooks are XLSX report actions a unit's staff (not the administrator)
    prints, named as before; a text starting with '=' comes out as text."""

    @classmethod
    def setUpClass(cls):
        super(TestXlsxReport, cls).setUpClass()
        cls.event = cls._create_event('Séminaire test XLSX', cls.type_seminar)
        cls._register(cls.event, cls._create_person(PAYLOAD, cls.member_agro, PAYLOAD))

    def test_participants(self):
        event = self.event.sudo(self.staff)
        action = event.action_ccis_export_participants_xlsx()
        self.assertEqual(action['context']['active_ids'], event.ids)
        report = self._print(action, 'ccis_event.ccis_event_participants_xlsx_report',
                             self.staff)
        self.assertEqual(safe_eval(report.print_report_name, {'object': event}),
                         'participants_%s' % event.id)
        self.assertEqual(report.report_file, 'participants_evenements')

from odoo.tools.safe_eval import safe_eval

from odoo.addons.ccis_event.tests.common import PAYLOAD, CcisEventCommon, XlsxReportCase


class TestXlsxReport(XlsxReportCase, CcisEventCommon):
    """The execution of a training plan is an XLSX report action a unit's staff (not the
    administrator) prints, named as before; a text starting with '=' comes out as text."""

    @classmethod
    def setUpClass(cls):
        super(TestXlsxReport, cls).setUpClass()
        cls.plan = cls.env['ccis.training.plan'].create({
            'name': PAYLOAD, 'year': cls.year, 'unit_id': cls.unit_dap.id})
        theme = cls.env['ccis.training.theme'].create({'name': PAYLOAD, 'code': 'T-XLSX'})
        cls.env['ccis.training.plan.line'].create({
            'plan_id': cls.plan.id, 'name': PAYLOAD, 'theme_id': theme.id,
            'planned_sessions': 1, 'hours_per_session': 3.0})

    def test_training_execution(self):
        plan = self.plan.sudo(self.staff)
        action = plan.action_export_execution_xlsx()
        self.assertEqual(action['context']['active_ids'], plan.ids)
        report = self._print(action, 'ccis_training.ccis_training_plan_execution_xlsx_report',
                             self.staff)
        self.assertEqual(safe_eval(report.print_report_name, {'object': plan}),
                         'execution_plan_formation_%s' % self.year)

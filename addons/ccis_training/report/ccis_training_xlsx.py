"""The execution of the training plans as an XLSX report action
(``ccis_training.ccis_training_plan_execution_xlsx_report``); the workbook is written by
ccis_event's :func:`write_training_execution`."""
from odoo import models

from odoo.addons.ccis_event.report.ccis_event_xlsx import write_training_execution


class ReportTrainingExecutionXlsx(models.AbstractModel):
    """The execution of the training plans printed, one row per training action."""

    _name = 'report.ccis_training.report_training_execution_xlsx'
    _inherit = 'report.ccis_base.xlsx_abstract'
    _description = 'Training Plan Execution (XLSX)'

    def generate_xlsx_report(self, workbook, data, plans):
        write_training_execution(workbook, plans._execution_rows())

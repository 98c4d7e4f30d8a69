# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The one way the suite hands an XLSX workbook to the user: a report action of type
``xlsx`` (OCA ``report_xlsx``) whose report class inherits ``report.ccis_base.xlsx_abstract``
and fills the workbook in ``generate_xlsx_report(workbook, data, records)``. The workbook is
the suite's formula-safe one (``tools/xlsx.py``); the file name is the report's
``print_report_name``; buttons return ``report.report_action(records, config=False)``."""
from odoo import models

from ..tools import xlsx


class ReportXlsxAbstract(models.AbstractModel):
    _name = 'report.ccis_base.xlsx_abstract'
    _inherit = 'report.report_xlsx.abstract'
    _description = 'Suite XLSX Workbook (no formulas coming from data)'

    def _get_workbook_options(self, records):
        """xlsxwriter options of the workbook of ``records`` (see ``tools/xlsx.build``)."""
        return self.get_workbook_options()

    def create_xlsx_report(self, docids, data):
        """report_xlsx's, the workbook created by ``tools/xlsx.build``: text stays text."""
        records = self._get_objs_for_report(docids, data)
        content = xlsx.build(lambda book: self.generate_xlsx_report(book, data, records),
                             self._get_workbook_options(records))
        return content, 'xlsx'

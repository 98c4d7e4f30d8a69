"""The execution of the training plans as an XLSX report action
(``ccis_training.ccis_training_plan_execution_xlsx_report``): a table written by ccis_event's
:func:`write_table`, one row per training action, with totals."""
from odoo import _, models

from odoo.addons.ccis_event.report.ccis_event_xlsx import write_table

TOTALS = ('needs', 'planned_sessions', 'done_sessions', 'planned_hours', 'delivered_hours',
          'participants', 'cost_planned', 'cost_actual')


class ReportTrainingExecutionXlsx(models.AbstractModel):
    """The execution of the training plans printed, one row per training action."""

    _name = 'report.ccis_training.report_training_execution_xlsx'
    _inherit = 'report.ccis_base.xlsx_abstract'
    _description = 'Training Plan Execution (XLSX)'

    def generate_xlsx_report(self, workbook, data, plans):
        write_table(workbook, _('Training Plan Execution'), self._ccis_columns(),
                    plans._execution_rows(), TOTALS, _('Total'))

    def _ccis_columns(self):
        """(row key, header in the user's language, width) of each column."""
        return [
            ('plan', _('Plan'), 28),
            ('theme', _('Theme'), 28),
            ('action', _('Training Action'), 34),
            ('audience', _('Target Audience'), 28),
            ('provider', _('Provider or Trainer'), 28),
            ('funding', _('Financing'), 22),
            ('needs', _('People Requesting'), 14),
            ('planned_sessions', _('Planned Sessions'), 12),
            ('done_sessions', _('Delivered Sessions'), 12),
            ('planned_hours', _('Planned Hours'), 12),
            ('delivered_hours', _('Delivered Hours'), 12),
            ('participants', _('Participants Present'), 14),
            ('cost_planned', _('Planned Cost'), 14),
            ('cost_actual', _('Actual Cost'), 14),
            ('satisfaction', _('Satisfaction (out of 5)'), 14),
        ]

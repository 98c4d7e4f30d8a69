"""XLSX tables of the events addon: the participants of events, printed by the report action
``ccis_event.ccis_event_participants_xlsx_report`` (OCA report_xlsx, through
``report.ccis_base.xlsx_abstract``), and the execution of a training plan (ccis_training).
:func:`write_table` takes plain rows (dicts) and the columns in the user's language (each
report's ``_ccis_columns``); :func:`build_table_xlsx` gives the bytes without a database.
Text cells stay text: no formula from the data (ccis_base/tools/xlsx.py)."""
from odoo import _, models
from odoo.addons.ccis_base.tools import xlsx


def write_table(workbook, title, columns, rows, totals=(), total_label='Total'):
    """One sheet named ``title``: a header of ``columns`` ((key, label, width)), a row per
    dict of ``rows`` and, under the columns whose key is in ``totals``, their sums."""
    sheet = workbook.add_worksheet(title[:31])
    bold = workbook.add_format({'bold': True, 'bg_color': '#D9E1F2', 'border': 1,
                                'text_wrap': True, 'valign': 'vcenter'})
    heading = workbook.add_format({'bold': True, 'font_size': 14})
    number = workbook.add_format({'num_format': '#,##0.00'})
    total_format = workbook.add_format({'bold': True, 'num_format': '#,##0.00', 'top': 1})
    sheet.write(0, 0, title, heading)
    for col, (_key, label, width) in enumerate(columns):
        sheet.write(2, col, label, bold)
        sheet.set_column(col, col, width)
    sheet.freeze_panes(3, 0)
    for row_index, row in enumerate(rows, start=3):
        for col, (key, _label, _width) in enumerate(columns):
            value = row.get(key, '')
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                sheet.write_number(row_index, col, value, number)
            else:
                sheet.write(row_index, col, value if value is not None else '')
    if rows:
        sheet.autofilter(2, 0, 2 + len(rows), len(columns) - 1)
    if totals and rows:
        last = 3 + len(rows)
        sheet.write(last, 0, total_label, total_format)
        for col, (key, _label, _width) in enumerate(columns):
            if key in totals:
                sheet.write_number(last, col, sum(float(r.get(key) or 0) for r in rows),
                                   total_format)


def build_table_xlsx(title, columns, rows, totals=()):
    """The bytes of :func:`write_table`'s workbook."""
    return xlsx.build(lambda workbook: write_table(workbook, title, columns, rows, totals))


class ReportParticipantsXlsx(models.AbstractModel):
    """The participants of the events printed, one row per registration."""

    _name = 'report.ccis_event.report_participants_xlsx'
    _inherit = 'report.ccis_base.xlsx_abstract'
    _description = 'Event Participants (XLSX)'

    def generate_xlsx_report(self, workbook, data, events):
        write_table(workbook, _('Participants'), self._ccis_columns(),
                    events._ccis_participant_rows())

    def _ccis_columns(self):
        """(row key, header in the user's language, width) of each column."""
        return [
            ('event', _('Event Name'), 36),
            ('kind', _('Kind'), 22),
            ('date', _('Date (Event)'), 12),
            ('site', _('Site'), 18),
            ('name', _('Participant'), 28),
            ('function', _('Function'), 20),
            ('company', _('Member'), 32),
            ('ice', _('ICE'), 18),
            ('sector', _('Sector'), 30),
            ('email', _('Email Address'), 28),
            ('phone', _('Phone'), 16),
            ('attendance', _('Attendance'), 12),
            ('hours', _('Hours Attended'), 12),
            ('satisfaction', _('Satisfaction (out of 5)'), 14),
        ]

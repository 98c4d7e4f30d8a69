"""XLSX workbooks of the events addon: the participants of events and the execution of a
training plan, printed by the report actions ``ccis_event.ccis_event_participants_xlsx_report``
and ``ccis_training.ccis_training_plan_execution_xlsx_report`` (OCA report_xlsx, through
``report.ccis_base.xlsx_abstract``). Each writer takes plain rows (dicts); the ``build_*``
functions give the bytes without a database. Text cells stay text: no formula from the data
(ccis_base/tools/xlsx.py)."""
from odoo import models
from odoo.addons.ccis_base.tools import xlsx

PARTICIPANT_COLUMNS = [
    ('event', 'Événement', 36),
    ('kind', 'Nature', 22),
    ('date', 'Date', 12),
    ('site', 'Site', 18),
    ('name', 'Participant', 28),
    ('function', 'Fonction', 20),
    ('company', 'Ressortissant', 32),
    ('ice', 'ICE', 18),
    ('sector', 'Secteur', 30),
    ('email', 'Courriel', 28),
    ('phone', 'Téléphone', 16),
    ('attendance', 'Présence', 12),
    ('hours', 'Heures suivies', 12),
    ('satisfaction', 'Satisfaction (sur 5)', 14),
]
EXECUTION_COLUMNS = [
    ('plan', 'Plan', 28),
    ('theme', 'Thème', 28),
    ('action', 'Action de formation', 34),
    ('audience', 'Public cible', 28),
    ('provider', 'Organisme ou formateur', 28),
    ('funding', 'Financement', 22),
    ('needs', 'Personnes demandeuses', 14),
    ('planned_sessions', 'Sessions prévues', 12),
    ('done_sessions', 'Sessions réalisées', 12),
    ('planned_hours', 'Heures prévues', 12),
    ('delivered_hours', 'Heures réalisées', 12),
    ('participants', 'Participants présents', 14),
    ('cost_planned', 'Coût prévu', 14),
    ('cost_actual', 'Coût réel', 14),
    ('satisfaction', 'Satisfaction (sur 5)', 14),
]
TOTALS = ('needs', 'planned_sessions', 'done_sessions', 'planned_hours', 'delivered_hours',
          'participants', 'cost_planned', 'cost_actual')


def _write(workbook, title, columns, rows, totals=()):
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
        sheet.write(last, 0, 'Total', total_format)
        for col, (key, _label, _width) in enumerate(columns):
            if key in totals:
                sheet.write_number(last, col, sum(float(r.get(key) or 0) for r in rows),
                                   total_format)


def write_participants(workbook, rows):
    """Workbook of participants: one row per registration."""
    _write(workbook, 'Participants', PARTICIPANT_COLUMNS, rows)


def write_training_execution(workbook, rows):
    """Workbook of a training plan's execution: one row per training action, totals."""
    _write(workbook, 'Exécution du plan de formation', EXECUTION_COLUMNS, rows, TOTALS)


def build_participants_xlsx(rows):
    """The bytes of :func:`write_participants`'s workbook."""
    return xlsx.build(lambda workbook: write_participants(workbook, rows))


def build_training_execution_xlsx(rows):
    """The bytes of :func:`write_training_execution`'s workbook."""
    return xlsx.build(lambda workbook: write_training_execution(workbook, rows))


class ReportParticipantsXlsx(models.AbstractModel):
    """The participants of the events printed, one row per registration."""

    _name = 'report.ccis_event.report_participants_xlsx'
    _inherit = 'report.ccis_base.xlsx_abstract'
    _description = 'Event Participants (XLSX)'

    def generate_xlsx_report(self, workbook, data, events):
        write_participants(workbook, events._ccis_participant_rows())

"""The review as an XLSX workbook (xlsxwriter): a summary sheet, then one sheet per axis with
its actions, its indicators compared with the previous year, and native Excel charts.

Pure function of the review data built by ccis.activity.review.wizard._get_review_data().
"""
import io
import re

import xlsxwriter

SUMMARY_SHEET = 'Synthèse'
INDICATOR_HEADERS = [
    'Indicateur', 'Unité de mesure', 'Cible', 'Réalisé', 'Taux (%)',
    'Cible N-1', 'Réalisé N-1', 'Taux N-1 (%)', 'Évolution (%)',
]
ACTION_HEADERS = [
    'Référence', 'Action', 'Unité', 'Site', 'Responsable', 'État', 'Avancement (%)',
    'Budget prévu', 'Budget réalisé',
]
LINE_HEADERS = ['Indicateur', 'Action', 'Unité', 'Cible', 'Réalisé', 'Taux (%)']
SUMMARY_HEADERS = [
    'Axe', 'Actions prévues', 'Actions réalisées', 'Budget prévu', 'Budget réalisé',
    'Actions prévues N-1', 'Actions réalisées N-1', 'Budget prévu N-1', 'Budget réalisé N-1',
]


def _axis_chart(workbook, kind, first, last, series, title):
    """A native Excel chart of the summary sheet's axis rows: one series per (column, label)."""
    chart = workbook.add_chart({'type': kind})
    for col, label in series:
        chart.add_series({
            'name': label,
            'categories': [SUMMARY_SHEET, first, 0, last, 0],
            'values': [SUMMARY_SHEET, first, col, last, col],
        })
    chart.set_title({'name': title})
    chart.set_size({'width': 900, 'height': 380})
    return chart


def sheet_name(axis, used):
    """A unique Excel sheet name (31 characters, no []:*?/\\) for an axis."""
    base = re.sub(r'[\[\]:*?/\\]', ' ', 'Axe %s - %s' % (axis['code'], axis['name']))[:31]
    name, counter = base.strip(), 2
    while name.lower() in used:
        suffix = ' (%d)' % counter
        name = base[:31 - len(suffix)].strip() + suffix
        counter += 1
    used.add(name.lower())
    return name


def _num(value):
    return '' if value is None else value


def build_review_xlsx(data):
    """The workbook's bytes."""
    output = io.BytesIO()
    workbook = xlsxwriter.Workbook(output, {'in_memory': True})
    fmt = {
        'title': workbook.add_format({'bold': True, 'font_size': 14}),
        'subtitle': workbook.add_format({'italic': True, 'font_color': '#555555'}),
        'header': workbook.add_format({'bold': True, 'bg_color': '#1F4E79',
                                       'font_color': '#FFFFFF', 'text_wrap': True,
                                       'valign': 'vcenter', 'border': 1}),
        'text': workbook.add_format({'border': 1, 'text_wrap': True, 'valign': 'top'}),
        'number': workbook.add_format({'border': 1, 'num_format': '#,##0.00'}),
        'integer': workbook.add_format({'border': 1, 'num_format': '0'}),
        'percent': workbook.add_format({'border': 1, 'num_format': '0.0'}),
        'total': workbook.add_format({'bold': True, 'border': 1, 'num_format': '#,##0.00',
                                      'bg_color': '#DDEBF7'}),
        'section': workbook.add_format({'bold': True, 'font_size': 12,
                                        'font_color': '#1F4E79'}),
    }
    prev_totals = data.get('prev_totals') or {}

    summary = workbook.add_worksheet(SUMMARY_SHEET)
    summary.write(0, 0, data['title'], fmt['title'])
    summary.write(1, 0, '%s — du %s au %s' % (data['company'], data['date_from'],
                                              data['date_to']), fmt['subtitle'])
    if data.get('compare'):
        summary.write(2, 0, 'Comparaison : %s' % data['previous_label'], fmt['subtitle'])
    summary.set_column(0, 0, 55)
    summary.set_column(1, len(SUMMARY_HEADERS) - 1, 15)
    summary.write_row(4, 0, SUMMARY_HEADERS, fmt['header'])
    row = 5
    for axis in data['axes']:
        prev = axis['prev'] or {}
        summary.write(row, 0, '%s. %s' % (axis['code'], axis['name']), fmt['text'])
        summary.write_number(row, 1, axis['planned'], fmt['integer'])
        summary.write_number(row, 2, axis['done'], fmt['integer'])
        summary.write_number(row, 3, axis['budget_planned'], fmt['number'])
        summary.write_number(row, 4, axis['budget_actual'], fmt['number'])
        summary.write(row, 5, _num(prev.get('planned')), fmt['integer'])
        summary.write(row, 6, _num(prev.get('done')), fmt['integer'])
        summary.write(row, 7, _num(prev.get('budget_planned')), fmt['number'])
        summary.write(row, 8, _num(prev.get('budget_actual')), fmt['number'])
        row += 1
    first, last = 5, row - 1
    summary.write(row, 0, 'Total', fmt['total'])
    totals = data['totals']
    for col, key in enumerate(('planned', 'done', 'budget_planned', 'budget_actual'), 1):
        summary.write_number(row, col, totals[key], fmt['total'])
        if prev_totals:
            summary.write_number(row, col + 4, prev_totals[key], fmt['total'])
    if data['axes']:
        summary.insert_chart(row + 2, 0, _axis_chart(
            workbook, 'column', first, last, ((1, 'Actions prévues'), (2, 'Actions réalisées')),
            'Actions prévues et réalisées par axe'))
        summary.insert_chart(row + 22, 0, _axis_chart(
            workbook, 'bar', first, last, ((3, 'Budget prévu'), (4, 'Budget réalisé')),
            'Budget prévu et réalisé par axe'))

    used = {SUMMARY_SHEET.lower()}
    for axis in data['axes']:
        name = sheet_name(axis, used)
        sheet = workbook.add_worksheet(name)
        sheet.set_column(0, 0, 45)
        sheet.set_column(1, 1, 40)
        sheet.set_column(2, 8, 15)
        sheet.write(0, 0, 'Axe %s : %s' % (axis['code'], axis['name']), fmt['title'])
        sheet.write(1, 0, data['title'], fmt['subtitle'])
        sheet.write(3, 0, 'Indicateurs', fmt['section'])
        sheet.write_row(4, 0, INDICATOR_HEADERS, fmt['header'])
        row = 5
        for indicator in axis['indicators']:
            sheet.write(row, 0, indicator['name'], fmt['text'])
            sheet.write(row, 1, indicator['uom'], fmt['text'])
            for col, key in enumerate(('target', 'realised', 'rate', 'prev_target',
                                       'prev_realised', 'prev_rate', 'evolution'), 2):
                style = fmt['percent'] if key in ('rate', 'prev_rate', 'evolution') \
                    else fmt['number']
                sheet.write(row, col, _num(indicator[key]), style)
            row += 1
        indicator_first, indicator_last = 5, row - 1
        if axis['indicators']:
            chart = workbook.add_chart({'type': 'column'})
            chart.add_series({'name': 'Cible',
                              'categories': [name, indicator_first, 0, indicator_last, 0],
                              'values': [name, indicator_first, 2, indicator_last, 2]})
            chart.add_series({'name': 'Réalisé',
                              'categories': [name, indicator_first, 0, indicator_last, 0],
                              'values': [name, indicator_first, 3, indicator_last, 3]})
            if data.get('compare'):
                chart.add_series({'name': 'Réalisé N-1',
                                  'categories': [name, indicator_first, 0, indicator_last, 0],
                                  'values': [name, indicator_first, 6, indicator_last, 6]})
            chart.set_title({'name': 'Cible et réalisé des indicateurs'})
            chart.set_size({'width': 900, 'height': 360})
            sheet.insert_chart(3, 10, chart)
        row += 2
        sheet.write(row, 0, 'Actions', fmt['section'])
        row += 1
        sheet.write_row(row, 0, ACTION_HEADERS, fmt['header'])
        row += 1
        for action in axis['actions']:
            sheet.write(row, 0, action['reference'], fmt['text'])
            sheet.write(row, 1, action['name'], fmt['text'])
            sheet.write(row, 2, action['unit'], fmt['text'])
            sheet.write(row, 3, action['site'], fmt['text'])
            sheet.write(row, 4, action['responsible'], fmt['text'])
            sheet.write(row, 5, action['state'], fmt['text'])
            sheet.write_number(row, 6, action['progress'], fmt['percent'])
            sheet.write_number(row, 7, action['budget_planned'], fmt['number'])
            sheet.write_number(row, 8, action['budget_actual'], fmt['number'])
            row += 1
        sheet.write(row, 0, 'Total', fmt['total'])
        sheet.write_number(row, 6, axis['planned'], fmt['total'])
        sheet.write_number(row, 7, axis['budget_planned'], fmt['total'])
        sheet.write_number(row, 8, axis['budget_actual'], fmt['total'])
        row += 3
        sheet.write(row, 0, 'Détail des indicateurs par action', fmt['section'])
        row += 1
        sheet.write_row(row, 0, LINE_HEADERS, fmt['header'])
        row += 1
        for line in axis['lines']:
            sheet.write(row, 0, line['name'], fmt['text'])
            sheet.write(row, 1, line['action'], fmt['text'])
            sheet.write(row, 2, line['unit'], fmt['text'])
            sheet.write(row, 3, _num(line['target']), fmt['number'])
            sheet.write(row, 4, _num(line['realised']), fmt['number'])
            sheet.write(row, 5, _num(line['rate']), fmt['percent'])
            row += 1
    workbook.close()
    return output.getvalue()

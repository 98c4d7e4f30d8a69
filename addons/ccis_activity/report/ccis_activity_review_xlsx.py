"""The review as an XLSX workbook (xlsxwriter): a summary sheet, one sheet per axis with its
written summary, its indicators compared with the previous year, its actions and native
Excel charts, and a sheet per site (head office and annexes).

The report action ``ccis_activity.ccis_activity_review_xlsx_report`` (OCA report_xlsx,
through ``report.ccis_base.xlsx_abstract``: text cells cannot carry a formula) prints the
review wizard; :func:`write_review` fills the workbook from the review data built by
ccis.activity.review.wizard._get_review_data().
"""
import re

from odoo import _, models


def _axis_chart(workbook, sheet, kind, first, last, series, title):
    """A native Excel chart of the summary sheet's axis rows: one series per (column, label)."""
    chart = workbook.add_chart({'type': kind})
    for col, label in series:
        chart.add_series({
            'name': label,
            'categories': [sheet, first, 0, last, 0],
            'values': [sheet, first, col, last, col],
        })
    chart.set_title({'name': title})
    chart.set_size({'width': 900, 'height': 380})
    return chart


def sheet_name(axis, used, pattern='%s - %s'):
    """A unique Excel sheet name (31 characters, no []:*?/\\) for an axis: ``pattern`` filled
    with its code and name."""
    base = re.sub(r'[\[\]:*?/\\]', ' ', pattern % (axis['code'], axis['name']))[:31]
    name, counter = base.strip(), 2
    while name.lower() in used:
        suffix = ' (%d)' % counter
        name = base[:31 - len(suffix)].strip() + suffix
        counter += 1
    used.add(name.lower())
    return name


def _num(value):
    return '' if value is None else value


def write_review(workbook, data, labels):
    """Fill ``workbook`` (the suite's formula-safe one) with the review ``data``; the texts
    are ``labels``' (the report's :meth:`~ReportActivityReviewXlsx._ccis_labels`)."""
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
        'summary': workbook.add_format({'text_wrap': True, 'valign': 'top', 'border': 1,
                                        'bg_color': '#F3F7FB'}),
    }
    prev_totals = data.get('prev_totals') or {}

    summary_sheet = labels['summary_sheet']
    summary = workbook.add_worksheet(summary_sheet)
    summary.write(0, 0, data['title'], fmt['title'])
    summary.write(1, 0, labels['dates'] % (data['company'], data['date_from'], data['date_to']),
                  fmt['subtitle'])
    if data.get('compare'):
        summary.write(2, 0, labels['comparison'] % data['previous_label'], fmt['subtitle'])
    summary.set_column(0, 0, 55)
    summary.set_column(1, len(labels['summary_headers']) - 1, 15)
    summary.write_row(4, 0, labels['summary_headers'], fmt['header'])
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
    summary.write(row, 0, labels['total'], fmt['total'])
    totals = data['totals']
    for col, key in enumerate(('planned', 'done', 'budget_planned', 'budget_actual'), 1):
        summary.write_number(row, col, totals[key], fmt['total'])
        if prev_totals:
            summary.write_number(row, col + 4, prev_totals[key], fmt['total'])
    if data['axes']:
        actions = ((1, labels['planned_actions']), (2, labels['done_actions']))
        budgets = ((3, labels['budget_planned']), (4, labels['budget_actual']))
        summary.insert_chart(row + 2, 0, _axis_chart(
            workbook, summary_sheet, 'column', first, last, actions, labels['actions_chart']))
        summary.insert_chart(row + 22, 0, _axis_chart(
            workbook, summary_sheet, 'bar', first, last, budgets, labels['budget_chart']))

    used = {summary_sheet.lower()}
    for axis in data['axes']:
        name = sheet_name(axis, used, labels['axis_sheet'])
        sheet = workbook.add_worksheet(name)
        sheet.set_column(0, 0, 45)
        sheet.set_column(1, 1, 40)
        sheet.set_column(2, 8, 15)
        sheet.set_column(9, 10, 15)
        sheet.write(0, 0, labels['axis_title'] % (axis['code'], axis['name']), fmt['title'])
        sheet.write(1, 0, data['title'], fmt['subtitle'])
        first = 5
        if axis.get('summary'):
            sheet.write(2, 0, labels['summary_section'], fmt['section'])
            sheet.merge_range(3, 0, 3, 8, axis['summary'], fmt['summary'])
            sheet.set_row(3, 15 * min(20, 1 + len(axis['summary']) // 150
                                      + axis['summary'].count('\n')))
            first = 7
        sheet.write(first - 2, 0, labels['indicators'], fmt['section'])
        sheet.write_row(first - 1, 0, labels['indicator_headers'], fmt['header'])
        row = first
        styles = [(key, fmt['percent'] if key in ('rate', 'prev_rate', 'evolution')
                   else fmt['number'])
                  for key in ('target', 'realised', 'rate', 'prev_target', 'prev_realised',
                              'prev_rate', 'evolution', 'numerator', 'denominator')]
        for indicator in axis['indicators']:
            sheet.write_cells(row, 0, [(indicator['name'], fmt['text']),
                                       (indicator['uom'], fmt['text'])] +
                              [(indicator[key], style) for key, style in styles])
            row += 1
        indicator_first, indicator_last = first, row - 1
        if axis['indicators']:
            # achievement rates share one scale (%), whatever each indicator's unit
            chart = workbook.add_chart({'type': 'bar'})
            series = [(4, labels['rate'])]
            if data.get('compare'):
                series.append((7, labels['prev_rate']))
            for col, label in series:
                chart.add_series({
                    'name': label,
                    'categories': [name, indicator_first, 0, indicator_last, 0],
                    'values': [name, indicator_first, col, indicator_last, col]})
            chart.set_title({'name': labels['rate_chart']})
            chart.set_size({'width': 720, 'height': 120 + 40 * len(axis['indicators'])})
            sheet.insert_chart(first - 2, 12, chart)
        row += 2
        sheet.write(row, 0, labels['actions'], fmt['section'])
        row += 1
        sheet.write_row(row, 0, labels['action_headers'], fmt['header'])
        row += 1
        style_text, style_number, style_percent = fmt['text'], fmt['number'], fmt['percent']
        write_cells = sheet.write_cells
        for action in axis['actions']:
            write_cells(row, 0, (
                (action['reference'], style_text), (action['name'], style_text),
                (action['unit'], style_text), (action['site'], style_text),
                (action['responsible'], style_text), (action['state'], style_text),
                (action['progress'], style_percent), (action['budget_planned'], style_number),
                (action['budget_actual'], style_number)))
            row += 1
        sheet.write(row, 0, labels['total'], fmt['total'])
        sheet.write_number(row, 6, axis['planned'], fmt['total'])
        sheet.write_number(row, 7, axis['budget_planned'], fmt['total'])
        sheet.write_number(row, 8, axis['budget_actual'], fmt['total'])
        row += 3
        sheet.write(row, 0, labels['lines'], fmt['section'])
        row += 1
        sheet.write_row(row, 0, labels['line_headers'], fmt['header'])
        row += 1
        for line in axis['lines']:
            write_cells(row, 0, (
                (line['name'], style_text), (line['action'], style_text),
                (line['unit'], style_text), (line['target'], style_number),
                (line['realised'], style_number), (line['rate'], style_percent)))
            row += 1
    if data.get('sites'):
        _sites_sheet(workbook, fmt, data, labels)


def _sites_sheet(workbook, fmt, data, labels):
    """The figures per site (head office, annexes): actions and budget, with a native chart,
    then every indicator of each site."""
    sites_sheet = labels['sites_sheet']
    sheet = workbook.add_worksheet(sites_sheet)
    sheet.set_column(0, 0, 30)
    sheet.set_column(1, 1, 45)
    sheet.set_column(2, 6, 15)
    sheet.write(0, 0, labels['sites_title'], fmt['title'])
    sheet.write(1, 0, data['title'], fmt['subtitle'])
    sheet.write_row(3, 0, labels['site_headers'], fmt['header'])
    row = 4
    for site in data['sites']:
        prev = site['prev'] or {}
        sheet.write(row, 0, site['name'], fmt['text'])
        sheet.write_number(row, 1, site['planned'], fmt['integer'])
        sheet.write_number(row, 2, site['done'], fmt['integer'])
        sheet.write_number(row, 3, site['budget_planned'], fmt['number'])
        sheet.write_number(row, 4, site['budget_actual'], fmt['number'])
        sheet.write(row, 5, _num(prev.get('done')), fmt['integer'])
        sheet.write(row, 6, _num(prev.get('budget_actual')), fmt['number'])
        row += 1
    chart = workbook.add_chart({'type': 'column'})
    for col, label in ((1, labels['planned_actions']), (2, labels['done_actions'])):
        chart.add_series({'name': label, 'categories': [sites_sheet, 4, 0, row - 1, 0],
                          'values': [sites_sheet, 4, col, row - 1, col]})
    chart.set_title({'name': labels['sites_chart']})
    chart.set_size({'width': 700, 'height': 320})
    sheet.insert_chart(3, 8, chart)
    row = max(row + 2, 22)
    sheet.write(row, 0, labels['site_indicators'], fmt['section'])
    row += 1
    sheet.write_row(row, 0, labels['site_indicator_headers'], fmt['header'])
    row += 1
    for site in data['sites']:
        for indicator in site['indicators']:
            sheet.write_cells(row, 0, (
                (site['name'], fmt['text']), (indicator['name'], fmt['text']),
                (indicator['uom'], fmt['text']), (indicator['target'], fmt['number']),
                (indicator['realised'], fmt['number']), (indicator['rate'], fmt['percent']),
                (indicator['prev_realised'], fmt['number'])))
            row += 1


class ReportActivityReviewXlsx(models.AbstractModel):
    """The review of the action programme as an XLSX workbook, printed from its wizard."""

    _name = 'report.ccis_activity.report_activity_review_xlsx'
    _inherit = 'report.ccis_base.xlsx_abstract'
    _description = 'Action Programme Review (XLSX)'

    def generate_xlsx_report(self, workbook, data, wizards):
        write_review(workbook, wizards.ensure_one()._get_review_data(), self._ccis_labels())

    def _ccis_labels(self):
        """The workbook's texts in the user's language: sheet names, titles, headers, chart
        series (``%s``: filled by :func:`write_review`)."""
        site, indicator, uom = _('Site'), _('Indicator'), _('Unit of Measure')
        target, realised, rate = _('Target'), _('Actual'), _('Rate (%)')
        planned, done = _('Planned Actions'), _('Completed Actions')
        budget_planned, budget_actual = _('Planned Budget'), _('Actual Budget')
        done_prev, budget_actual_prev = _('Completed Actions Y-1'), _('Actual Budget Y-1')
        return {
            'summary_sheet': _('Summary'),
            'sites_sheet': _('By Site'),
            'axis_sheet': _('Axis %s - %s'),
            'axis_title': _('Axis %s: %s'),
            'dates': _('%s — from %s to %s'),
            'comparison': _('Comparison: %s'),
            'total': _('Total'),
            'summary_section': _('Summary'),
            'indicators': _('Indicators'),
            'actions': _('Actions'),
            'lines': _('Indicators by Action'),
            'sites_title': _('By Site: Head Office and Annexes'),
            'site_indicators': _('Indicators by Site'),
            'planned_actions': planned,
            'done_actions': done,
            'budget_planned': budget_planned,
            'budget_actual': budget_actual,
            'rate': _('Achievement Rate (%)'),
            'prev_rate': _('Rate Y-1 (%)'),
            'actions_chart': _('Planned and Completed Actions by Axis'),
            'budget_chart': _('Planned and Actual Budget by Axis'),
            'rate_chart': _('Indicator Achievement Rates'),
            'sites_chart': _('Planned and Completed Actions by Site'),
            'summary_headers': [
                _('Axis'), planned, done, budget_planned, budget_actual,
                _('Planned Actions Y-1'), done_prev, _('Planned Budget Y-1'),
                budget_actual_prev],
            'indicator_headers': [
                indicator, uom, target, realised, rate, _('Target Y-1'), _('Actual Y-1'),
                _('Rate Y-1 (%)'), _('Change (%)'), _('Numerator'),
                _('Denominator or Observations')],
            'site_headers': [site, _('Planned Actions'), done, budget_planned, budget_actual,
                             done_prev, budget_actual_prev],
            'site_indicator_headers': [site, indicator, uom, target, realised, rate,
                                       _('Actual Y-1')],
            'action_headers': [
                _('Reference'), _('Action'), _('Unit'), site, _('Responsible'), _('State'),
                _('Progress (%)'), budget_planned, budget_actual],
            'line_headers': [indicator, _('Action'), _('Unit'), target, realised, rate],
        }

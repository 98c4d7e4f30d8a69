# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A streamed XLSX writer for very large tables (the registry's export of a million members).

xlsxwriter, even in ``constant_memory`` mode, spends about 9 µs a cell in Python: 3.5 min for
a million members of 24 columns. This writer produces the one worksheet's XML row by row,
straight into the zip archive (deflate level 1) on a file, so its memory does not grow with
the number of rows, at about 1 µs a cell. It writes what the export needs and no more: text
(always as text, inline), whole numbers, dates (``dd/mm/yyyy``), a bold header row, frozen,
with an autofilter and column widths. As ``ccis_base/tools/xlsx.py`` does for the suite's
workbooks, text a spreadsheet would read as a formula keeps Excel's "quote prefix" style,
and nothing from the data can become a formula. Characters XML 1.0 does not allow (control
characters) are left out. Past Excel's 1,048,576 rows, the rows go on in a new sheet.

>>> import io, xlrd, datetime
>>> output = io.BytesIO()
>>> count = write_table(output, 'Registre', ['Nom', 'ICE', 'Date', 'N'], [
...     ('Société Al Amal & fils <Rabat>', '001234567000089', datetime.date(2021, 3, 15), 3),
...     ('=HYPERLINK("http://x";"clic")', None, None, None),
...     ('Ctrl\\x01char', '+212 537', None, 12)], widths=[30, 18])
>>> count
3
>>> sheet = xlrd.open_workbook(file_contents=output.getvalue()).sheet_by_index(0)
>>> sheet.name, sheet.nrows, sheet.row_values(0)
('Registre', 4, ['Nom', 'ICE', 'Date', 'N'])
>>> sheet.row_values(1)
['Société Al Amal & fils <Rabat>', '001234567000089', 44270.0, 3.0]
>>> sheet.row_values(2), sheet.row_values(3)
(['=HYPERLINK("http://x";"clic")', '', '', ''], ['Ctrlchar', '+212 537', '', 12.0])
"""
import datetime
import re
import zipfile
from xml.sax.saxutils import escape

from xlsxwriter.utility import xl_col_to_name

EXCEL_EPOCH = datetime.date(1899, 12, 30)
MAX_ROWS = 1048576
_FORMULA = re.compile('^[ \u00a0]*[=+\\-@\t\r\n]')
_CONTROL = re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
_NEEDS_ESCAPE = re.compile('[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')

# style indexes of styles.xml
HEADER, DATE, QUOTED = 1, 2, 3
_NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CONTENT_TYPES = _HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.styles+xml"/>%s</Types>')
SHEET_TYPE = ('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
ROOT_RELS = _HEAD + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK_RELS = _HEAD + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '%s<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/styles" Target="styles.xml"/></Relationships>')
SHEET_REL = ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/'
             'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>')
STYLES = _HEAD + (
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/>'
    '</font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FF1F4E79"/>'
    '<bgColor indexed="64"/></patternFill></fill></fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/>'
    '</right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/>'
    '</bottom><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '</cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" '
    'applyFill="1" applyBorder="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
    '</cellStyles></styleSheet>')


def _text(value):
    """The XML of a text: escaped, without the characters XML cannot hold."""
    if _NEEDS_ESCAPE.search(value):
        value = escape(_CONTROL.sub('', value))
    return value


class _Sheet(object):
    def __init__(self, archive, number, name, headers, widths):
        self.number, self.name, self.headers = number, name, headers
        self.stream = archive.open('xl/worksheets/sheet%d.xml' % number, 'w', force_zip64=True)
        cols = ''.join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (
            index + 1, index + 1, width) for index, width in enumerate(widths or ()) if width)
        self.add(_HEAD + '<worksheet %s><sheetViews><sheetView workbookViewId="0"%s>'
                 '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
                 'state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
                 'sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                 '%s<sheetData>' % (_NS, ' tabSelected="1"' if number == 1 else '',
                                    '<cols>%s</cols>' % cols if cols else ''))
        self.add('<row r="1">%s</row>' % ''.join(
            '<c r="%s1" s="%d" t="inlineStr"><is><t>%s</t></is></c>' % (
                xl_col_to_name(index), HEADER, _text(str(header)))
            for index, header in enumerate(headers)))
        self.rows = 1

    def add(self, text):
        self.stream.write(text.encode('utf-8'))

    def close(self):
        last = xl_col_to_name(max(len(self.headers) - 1, 0))
        self.add('</sheetData><autoFilter ref="A1:%s%d"/></worksheet>' % (
            last, max(self.rows, 2)))
        self.stream.close()
        return last


def write_table(fileobj, sheet_name, headers, rows, widths=None, chunk=2000):
    """Write the workbook of a table to ``fileobj`` (a binary file open for writing,
    seekable): the header row, then ``rows`` (an iterable of tuples of text, whole numbers,
    dates or ``None``), streamed. Return the number of rows written."""
    letters = [xl_col_to_name(index) for index in range(len(headers))]
    epoch = EXCEL_EPOCH.toordinal()
    sheets = []
    count = 0
    with zipfile.ZipFile(fileobj, 'w', zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        sheet = _Sheet(archive, 1, sheet_name, headers, widths)
        sheets.append(sheet)
        buffer = []
        row_no = 1
        for values in rows:
            if row_no >= MAX_ROWS:
                sheet.add(''.join(buffer))
                buffer = []
                sheet.rows = row_no
                sheet.close()
                sheet = _Sheet(archive, len(sheets) + 1, '%s (%d)' % (
                    sheet_name[:26], len(sheets) + 1), headers, widths)
                sheets.append(sheet)
                row_no = 1
            row_no += 1
            count += 1
            cells = ['<row r="%d">' % row_no]
            for letter, value in zip(letters, values):
                if value is None or value is False or value == '':
                    continue
                if value.__class__ is str:
                    cells.append('<c r="%s%d"%s t="inlineStr"><is><t xml:space="preserve">%s'
                                 '</t></is></c>' % (
                                     letter, row_no,
                                     ' s="3"' if _FORMULA.match(value) else '', _text(value)))
                elif isinstance(value, datetime.date):
                    cells.append('<c r="%s%d" s="2"><v>%d</v></c>' % (
                        letter, row_no, value.toordinal() - epoch))
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    cells.append('<c r="%s%d"><v>%r</v></c>' % (letter, row_no, value))
                else:
                    cells.append('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (
                        letter, row_no, _text(str(value))))
            cells.append('</row>')
            buffer.append(''.join(cells))
            if len(buffer) >= chunk:
                sheet.add(''.join(buffer))
                buffer = []
        sheet.add(''.join(buffer))
        sheet.rows = row_no
        last = sheet.close()
        names = ''.join(
            '<definedName name="_xlnm._FilterDatabase" localSheetId="%d" hidden="1">'
            "'%s'!$A$1:$%s$%d</definedName>" % (
                index, escape(sheet.name.replace("'", "''")), last, max(sheet.rows, 2))
            for index, sheet in enumerate(sheets))
        archive.writestr('[Content_Types].xml', CONTENT_TYPES % ''.join(
            SHEET_TYPE % sheet.number for sheet in sheets))
        archive.writestr('_rels/.rels', ROOT_RELS)
        archive.writestr('xl/_rels/workbook.xml.rels', WORKBOOK_RELS % ''.join(
            SHEET_REL % (sheet.number, sheet.number) for sheet in sheets))
        archive.writestr('xl/styles.xml', STYLES)
        archive.writestr('xl/workbook.xml', _HEAD + (
            '<workbook %s><bookViews><workbookView/></bookViews><sheets>%s</sheets>'
            '<definedNames>%s</definedNames></workbook>') % (_NS, ''.join(
                '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (
                    escape(sheet.name, {'"': '&quot;'}), sheet.number, sheet.number)
                for sheet in sheets), names))
    return count

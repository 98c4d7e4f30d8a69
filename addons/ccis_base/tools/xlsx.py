# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""XLSX workbooks that cannot carry a formula coming from the data (formula injection).

Every XLSX workbook of the suite is created here: by :func:`workbook` (or :func:`build`)
instead of ``xlsxwriter.Workbook``. The suite's XLSX reports (``ir.actions.report`` of type
``xlsx``, OCA ``report_xlsx``) inherit ``report.ccis_base.xlsx_abstract``, which writes them
through :func:`build`. A member named ``=HYPERLINK("http://x";"clic")``, a phone number
``+212 537 ...`` or an activity ``-`` then stays the text it is:

- text is always written as text: ``write()`` never turns a string into a formula
  (``=...``, ``{=...}``), a number or a link; the writers call ``write_formula`` or
  ``write_url`` themselves where they mean one;
- text that a spreadsheet would read as a formula when the cell is edited or the sheet is
  saved as CSV (see :func:`is_formula_like`) gets Excel's "quote prefix" cell style: Excel
  and LibreOffice show it unchanged and keep it text. The value itself is not altered, so an
  exported registry imports back as it was.

Only the data is concerned: numbers, dates and booleans are written as such.
"""
import io
import math

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell_fast
from xlsxwriter.worksheet import (Worksheet, cell_blank_tuple, cell_number_tuple,
                                  cell_string_tuple)

# first characters that make a spreadsheet read a typed or CSV cell as a formula (OWASP's
# CSV injection list: = + - @, and the tab and carriage return that hide them)
FORMULA_TRIGGERS = ('=', '+', '-', '@', '\t', '\r', '\n')

# first characters of a text that may be formula-like (is_formula_like looks further)
_SUSPECT_FIRST = frozenset(FORMULA_TRIGGERS + (' ', '\u00a0'))

OPTIONS = {
    'strings_to_formulas': False,
    'strings_to_numbers': False,
    'strings_to_urls': False,
}


def is_formula_like(value):
    """True for a text a spreadsheet would take for a formula.

    >>> is_formula_like('=1+1'), is_formula_like('+212 537 00 00 00')
    (True, True)
    >>> is_formula_like('-'), is_formula_like('@SUM(A1:A2)')
    (True, True)
    >>> is_formula_like('  =cmd|"/c calc"!A1'), is_formula_like('\\t=1+1')
    (True, True)
    >>> is_formula_like('Société Al Amal'), is_formula_like('a=b'), is_formula_like('')
    (False, False, False)
    >>> is_formula_like(-3), is_formula_like(None)
    (False, False)
    """
    if not isinstance(value, str) or not value:
        return False
    return value.startswith(FORMULA_TRIGGERS) or value.lstrip(' \u00a0').startswith(
        FORMULA_TRIGGERS)


class SafeWorksheet(Worksheet):
    """A worksheet whose text cells are always text (see the module's docstring)."""

    _ccis_workbook = None

    def _write_token_as_string(self, token, row, col, *args):
        # write() of a str: text, whatever it starts with ("{=...}" included)
        if token == '':
            return self._write_blank(row, col, *args)
        return self._write_string(row, col, *args)

    def _write_string(self, row, col, string, cell_format=None):
        if is_formula_like(string):
            cell_format = self._ccis_workbook._ccis_quoted_format(cell_format)
        return super()._write_string(row, col, string, cell_format)

    def write_cells(self, row, col, cells):
        """Write ``cells``, a sequence of (value, cell format), on ``row`` from column
        ``col``: a text, a number, or nothing (None, False, '') for a blank cell in its
        format. The cells write() would write (tests/test_xlsx.py), with one bounds check
        per row and no dispatch per cell: a large report (a review's 40,000 indicator lines)
        writes its tables with it. Other values go through write().

        >>> book = workbook(options={'in_memory': True})
        >>> sheet = book.add_worksheet()
        >>> sheet.write_cells(0, 0, [('Réunions', None), (12.5, None), (None, None)])
        >>> [(col, cell.__class__.__name__) for col, cell in sorted(sheet.table[0].items())]
        [(0, 'String'), (1, 'Number')]
        """
        last = col + len(cells) - 1
        if self.constant_memory or self._check_dimensions(row, col) or \
                self._check_dimensions(row, last):
            for offset, (value, cell_format) in enumerate(cells, col):
                if value is None or value is False or value == '':
                    self._write_blank(row, offset, '', cell_format)
                else:
                    self.write(row, offset, value, cell_format)
            return
        table_row = self.table[row]
        string_index = self.str_table._get_shared_string_index
        for offset, (value, cell_format) in enumerate(cells, col):
            value_class = value.__class__
            if value_class is str and value:
                if value[0] not in _SUSPECT_FIRST and len(value) <= self.xls_strmax:
                    table_row[offset] = cell_string_tuple(string_index(value), cell_format)
                else:  # maybe formula-like (quoted), or too long (truncated)
                    self.write(row, offset, value, cell_format)
            elif (value_class is float or value_class is int) and math.isfinite(value):
                table_row[offset] = cell_number_tuple(value, cell_format)
            elif value is None or value is False or value == '':
                if cell_format is not None:
                    table_row[offset] = cell_blank_tuple(cell_format)
            else:
                self.write(row, offset, value, cell_format)

    def _write_cell(self, row, col, cell):
        """xlsxwriter's innermost loop, for the cells large reports are made of: a number or
        a shared string in a cell format of its own, written as xlsxwriter writes it
        (xlsxwriter 3.1.9's ``_write_cell``, ``_xml_number_element`` and
        ``_xml_string_element``; tests/test_xlsx.py compares the two) without its generic
        attribute handling, about three times faster (a review writes a quarter of a
        million cells). Any other cell is xlsxwriter's."""
        cell_class = cell.__class__
        cell_format = cell.format
        if cell_format is not None and not self.constant_memory:
            if cell_class is cell_number_tuple:
                self.fh.write('<c r="%s" s="%d"><v>%.16G</v></c>' % (
                    xl_rowcol_to_cell_fast(row, col), cell_format._get_xf_index(),
                    cell.number))
                return
            if cell_class is cell_string_tuple:
                self.fh.write('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (
                    xl_rowcol_to_cell_fast(row, col), cell_format._get_xf_index(),
                    cell.string))
                return
        super()._write_cell(row, col, cell)


class SafeWorkbook(xlsxwriter.Workbook):
    """An xlsxwriter workbook of :class:`SafeWorksheet`."""

    worksheet_class = SafeWorksheet

    def __init__(self, filename=None, options=None):
        super().__init__(filename, dict(options or {}, **OPTIONS))
        self._ccis_quoted = {}

    def _add_sheet(self, name, worksheet_class=None):
        sheet = super()._add_sheet(name, worksheet_class=worksheet_class)
        sheet._ccis_workbook = self
        return sheet

    def _ccis_quoted_format(self, cell_format):
        """The format ``cell_format`` with the quote prefix (one per source format)."""
        key = id(cell_format) if cell_format is not None else None
        if key not in self._ccis_quoted:
            quoted = self.add_format()
            if cell_format is not None:
                for attribute, value in vars(cell_format).items():
                    if not attribute.endswith('_index') and \
                            not attribute.endswith('_indices'):
                        setattr(quoted, attribute, value)
            quoted.set_quote_prefix()
            self._ccis_quoted[key] = (cell_format, quoted)  # keep the source alive
        return self._ccis_quoted[key][1]


def workbook(target=None, options=None):
    """A workbook writing to ``target`` (a file name or a binary stream; a new
    ``io.BytesIO`` if omitted) whose cells cannot hold a formula taken from the data.

    >>> import xlrd, zipfile
    >>> output = io.BytesIO()
    >>> book = workbook(output, {'in_memory': True})
    >>> sheet = book.add_worksheet('Registre')
    >>> bold = book.add_format({'bold': True})
    >>> sheet.write(0, 0, '=HYPERLINK("http://example.com";"clic")')
    0
    >>> sheet.write_row(1, 0, ['@SUM(A1)', '{=1+1}', '+212 537 00 00 00', 12, 'Al Amal'], bold)
    0
    >>> sheet.write_string(2, 0, '-2+3')
    0
    >>> book.close()
    >>> xml = zipfile.ZipFile(output).read('xl/worksheets/sheet1.xml').decode()
    >>> '<f>' in xml
    False
    >>> 'quotePrefix="1"' in zipfile.ZipFile(output).read('xl/styles.xml').decode()
    True
    >>> read = xlrd.open_workbook(file_contents=output.getvalue()).sheet_by_index(0)
    >>> read.cell_value(0, 0), read.row_values(1), read.cell_value(2, 0)
    ('=HYPERLINK("http://example.com";"clic")', ['@SUM(A1)', '{=1+1}', '+212 537 00 00 00', 12.0, \
'Al Amal'], '-2+3')
    """
    return SafeWorkbook(io.BytesIO() if target is None else target, options)


def build(write, options=None):
    """The bytes of a workbook that ``write(workbook)`` fills; its cells cannot hold a
    formula taken from the data. Built in memory, unless ``options`` ask for
    ``constant_memory`` (rows flushed to temporary files as they are written: large
    registries).

    >>> import xlrd
    >>> content = build(lambda book: book.add_worksheet('Feuille').write(0, 0, '=1+1'))
    >>> xlrd.open_workbook(file_contents=content).sheet_by_index(0).cell_value(0, 0)
    '=1+1'
    """
    options = dict(options or {})
    options.setdefault('in_memory', not options.get('constant_memory'))
    output = io.BytesIO()
    book = workbook(output, options)
    write(book)
    book.close()
    return output.getvalue()

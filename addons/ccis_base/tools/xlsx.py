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

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

# first characters that make a spreadsheet read a typed or CSV cell as a formula (OWASP's
# CSV injection list: = + - @, and the tab and carriage return that hide them)
FORMULA_TRIGGERS = ('=', '+', '-', '@', '\t', '\r', '\n')

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

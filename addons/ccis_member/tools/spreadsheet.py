# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Read an uploaded XLSX/XLS or CSV file into a header and rows of text."""
import csv
import datetime
import io

import xlrd


class SpreadsheetError(Exception):
    """The file cannot be read (its message is shown to the user)."""


def _cell_value(cell, datemode):
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            value = xlrd.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError):
            return str(cell.value)
        return value.date()
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        if float(cell.value).is_integer():
            return str(int(cell.value))
        return str(cell.value)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "1" if cell.value else "0"
    return str(cell.value).strip()


def read_xls(content):
    try:
        book = xlrd.open_workbook(file_contents=content)
    except Exception as exc:  # xlrd raises many kinds of errors
        raise SpreadsheetError(str(exc))
    sheet = book.sheet_by_index(0)
    rows = []
    for index in range(sheet.nrows):
        rows.append([_cell_value(c, book.datemode) for c in sheet.row(index)])
    return rows


def read_csv(content):
    for encoding in ("utf-8-sig", "cp1256", "latin-1"):
        try:
            text = content.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), dialect)]


def read_rows(content, filename):
    """Return ``(header, rows)``; rows are lists of strings or dates, empty
    rows dropped. Format chosen from the file name, then from the content."""
    name = (filename or "").lower()
    is_book = content[:2] == b"PK" or content[:4] == b"\xd0\xcf\x11\xe0"
    if name.endswith((".xlsx", ".xls")) or is_book:
        rows = read_xls(content)
    elif name.endswith((".csv", ".txt")) or not name:
        rows = read_csv(content)
    else:
        raise SpreadsheetError(name)
    rows = [r for r in rows if any(str(c).strip() for c in r)]
    if not rows:
        return [], []
    return rows[0], rows[1:]


def parse_date(value):
    """Date from a cell: a date, ``JJ/MM/AAAA``, ``AAAA-MM-JJ``; ``None`` if
    empty, ``False`` if unreadable."""
    if not value:
        return None
    if isinstance(value, datetime.date):
        return value
    value = str(value).strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%Y"):
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return False

# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Read an uploaded XLSX/XLS or CSV file into a header and rows of text, and read the
values of its cells (dates, whole numbers) as chambers type them: pure functions."""
import csv
import datetime
import io
import re

import xlrd

from .identifiers import ascii_digits

# Excel's day 0 (the 1900 date system, after its 29 February 1900)
EXCEL_EPOCH = datetime.date(1899, 12, 30)
# serial numbers read as dates: 1927-05-18 .. 2100-12-31 (4-digit numbers are years)
EXCEL_SERIALS = (10000, 73415)
YEARS = (1900, 2100)
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d")
SHORT_DATE_FORMATS = ("%d/%m/%y", "%d-%m-%y", "%d.%m.%y")
DELIMITERS = (";", ",", "\t")
_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"\w+")


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
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return ""
    return str(cell.value).strip()


def read_xls(content):
    try:
        book = xlrd.open_workbook(file_contents=content)
        sheet = book.sheet_by_index(0)
        return [[_cell_value(c, book.datemode) for c in sheet.row(index)]
                for index in range(sheet.nrows)]
    except Exception as exc:  # xlrd raises many kinds of errors on damaged files
        raise SpreadsheetError(str(exc))


def _looks_arabic(text):
    """True when the text decoded as Windows-1256 has Arabic words rather than Arabic
    letters stuck inside Latin words (the upper-case accents of a Latin-1 file)."""
    arabic = mixed = 0
    for word in _WORD.findall(text):
        if not _ARABIC.search(word):
            continue
        if _LATIN.search(word):
            mixed += 1
        elif len(word) > 1:
            arabic += 1
    return arabic > mixed


def _is_utf8(content):
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_text(content):
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1256
    (Arabic) or Windows-1252/ISO-8859-1 (French), told apart by their content.

    >>> text = 'Raison sociale;Ville\\nÉTS ÇA;Salé\\nشركة الأمل;الرباط\\n'
    >>> decode_text(text.encode('utf-8')) == text, decode_text(text.encode('utf-8-sig')) == text
    (True, True)
    >>> decode_text(text.encode('utf-16')) == text
    True
    >>> decode_text('شركة الأمل;الرباط;Salé'.encode('cp1256'))
    'شركة الأمل;الرباط;Salé'
    >>> decode_text('ÉTS ÇA;Salé;Hôtel'.encode('latin-1'))
    'ÉTS ÇA;Salé;Hôtel'
    >>> try:
    ...     decode_text(b'PDF\\x00\\x01\\x02\\x00')
    ... except SpreadsheetError as exc:
    ...     print('refused:', exc)
    refused: binary
    """
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return content.decode("utf-16")
        except UnicodeDecodeError:
            raise SpreadsheetError("encoding")
    if b"\x00" in content[:4096]:
        raise SpreadsheetError("binary")
    if _is_utf8(content):
        return content.decode("utf-8-sig")
    arabic = content.decode("cp1256", errors="replace")
    if _looks_arabic(arabic):
        return arabic
    try:
        return content.decode("cp1252")
    except UnicodeDecodeError:
        return content.decode("latin-1")


def sniff_delimiter(text):
    """The separator of a CSV text: the most frequent of ``;``, ``,`` and tab in its
    first line outside quotes (``;`` on a tie, as French spreadsheets write).

    >>> sniff_delimiter('Nom;Ville\\nA, B;Rabat'), sniff_delimiter('Nom,Ville,ICE\\n')
    (';', ',')
    >>> sniff_delimiter('"Raison; sociale",Ville'), sniff_delimiter('Nom')
    (',', ';')
    """
    first = text.lstrip("\ufeff\r\n").split("\n", 1)[0]
    first = re.sub(r'"[^"]*"', "", first)
    counts = [(first.count(d), -index, d) for index, d in enumerate(DELIMITERS)]
    count, _index, delimiter = max(counts)
    return delimiter if count else ";"


def read_csv(content):
    text = decode_text(content)
    delimiter = sniff_delimiter(text)
    try:
        return [[c.strip() for c in row] for row in csv.reader(
            io.StringIO(text.replace("\x00", "")), delimiter=delimiter, quotechar='"')]
    except csv.Error as exc:
        raise SpreadsheetError(str(exc))


def read_rows(content, filename):
    """Return ``(header, rows)``; rows are lists of strings or dates, empty rows dropped.
    Format chosen from the file name, then from the content.

    >>> read_rows('\\ufeffNom;ICE\\n\\nA;1\\n;\\n'.encode('utf-8'), 'f.csv')
    (['Nom', 'ICE'], [['A', '1']])
    >>> read_rows(b'', 'vide.csv')
    ([], [])
    """
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


def _year(short, today):
    """Four-digit year of a two-digit one: this century unless that is after next year."""
    year = 2000 + short
    return year if year <= today.year + 1 else year - 100


def parse_date(value, today=None):
    """Date from a cell: a date, ``JJ/MM/AAAA``, ``JJ/MM/AA``, ``AAAA-MM-JJ`` (with or
    without a time), an Excel serial number, a year alone, in any digits; ``None`` if
    empty, ``False`` if unreadable or impossible.

    >>> today = datetime.date(2026, 1, 15)
    >>> [str(parse_date(v, today)) for v in ('15/03/2021', '2021-03-15', '15/03/21',
    ...  '15/03/85', '44270', '44270.0', '١٥/٠٣/٢٠٢١', '2021-03-15 00:00:00', '15.03.2021')]
    ['2021-03-15', '2021-03-15', '2021-03-15', '1985-03-15', '2021-03-15', '2021-03-15', \
'2021-03-15', '2021-03-15', '2021-03-15']
    >>> str(parse_date('2019')), parse_date(''), parse_date(None)
    ('2019-01-01', None, None)
    >>> parse_date('31/02/2021'), parse_date('15/13/2021'), parse_date('hier'), parse_date('12')
    (False, False, False, False)
    >>> parse_date('01/01/1850'), parse_date('999999')
    (False, False)
    """
    if value is None or value is False or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = ascii_digits(str(value)).strip()
    if not text:
        return None
    today = today or datetime.date.today()
    if re.match(r"^\d+(\.0+)?$", text):
        number = int(float(text))
        if EXCEL_SERIALS[0] <= number <= EXCEL_SERIALS[1]:
            return EXCEL_EPOCH + datetime.timedelta(days=number)
        if len(text) == 4 and YEARS[0] <= number <= YEARS[1]:
            return datetime.date(number, 1, 1)
        return False
    text = re.split(r"[ T]", text, 1)[0]
    for fmt in DATE_FORMATS:
        try:
            date = datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return date if YEARS[0] <= date.year <= YEARS[1] else False
    match = re.match(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$", text)
    if match:
        try:
            return datetime.date(_year(int(match.group(4)), today), int(match.group(3)),
                                 int(match.group(1)))
        except ValueError:
            return False
    return False


def parse_integer(value):
    """A whole number typed in a cell (``12``, ``12.0``, ``١٢``, ``1 200``), ``None`` if
    empty, ``False`` otherwise.

    >>> parse_integer('12'), parse_integer('١٢'), parse_integer('1 200'), parse_integer('7.0')
    (12, 12, 1200, 7)
    >>> parse_integer('-3'), parse_integer('douze'), parse_integer('2.5'), parse_integer('')
    (False, False, False, None)
    """
    if value is None or value is False or value == "":
        return None
    text = re.sub(r"[\s\u00a0\u202f]", "", ascii_digits(str(value)))
    if not text:
        return None
    if re.match(r"^\d+(\.0+)?$", text):
        return int(float(text))
    return False

"""Rows of an economic series file (XLSX): its columns, the reading of its cells and the
validation of every row before anything is written. Pure functions (no Odoo import).

A row error is a tuple ``(row number, column, code, value)``: the row as the spreadsheet
numbers it (the header is row 1), the column's key (see ``COLUMNS``), the reason's code and
the value read; the import wizard turns it into a French sentence.
"""
import re
import unicodedata

from . import period

# column key -> the headers that name it (compared without accents, case nor spaces)
COLUMNS = (
    ('indicator', ('code indicateur', 'indicateur', 'code de l\'indicateur', 'code')),
    ('territory', ('territoire', 'territoire (code)', 'code territoire', 'code du territoire')),
    ('year', ('annee', 'an')),
    ('sub', ('trimestre/mois', 'trimestre / mois', 'trimestre', 'mois', 'periode')),
    ('value', ('valeur', 'valeurs')),
    ('source', ('source',)),
    ('note', ('note', 'observation', 'observations')),
)
REQUIRED = ('indicator', 'territory', 'year', 'value')
_SPACES = re.compile(r'[\s\u00a0\u202f]+')


def header_key(title):
    """A header compared without accents, case nor repeated spaces.

    >>> header_key('  Année '), header_key('Territoire  (code)')
    ('annee', 'territoire (code)')
    """
    text = unicodedata.normalize('NFKD', str(title or '')).encode('ascii', 'ignore').decode()
    return _SPACES.sub(' ', text).strip().lower()


def map_header(header):
    """({column key: index}, [missing required keys]) of a header row.

    >>> map_header(['Code indicateur', 'Territoire', 'Année', 'Trimestre/mois', 'Valeur'])
    ({'indicator': 0, 'territory': 1, 'year': 2, 'sub': 3, 'value': 4}, [])
    >>> map_header(['Indicateur', 'Valeur'])[1]
    ['territory', 'year']
    """
    mapping = {}
    for index, title in enumerate(header):
        key = header_key(title)
        for column, names in COLUMNS:
            if key in names and column not in mapping:
                mapping[column] = index
                break
    return mapping, [column for column in REQUIRED if column not in mapping]


def parse_number(value):
    """The number of a cell: a number, or text with a decimal comma or point and spaces
    between thousands; None when it is no number.

    >>> parse_number(1250.0), parse_number('1 234,5'), parse_number('-3.25')
    (1250.0, 1234.5, -3.25)
    >>> parse_number('n.d.') is None, parse_number('') is None, parse_number(True) is None
    (True, True, True)
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = _SPACES.sub('', str(value))
    if text.count(',') == 1 and '.' not in text:
        text = text.replace(',', '.')
    try:
        return float(text)
    except ValueError:
        return None


def text(value):
    """A cell as text: whole numbers without their '.0'.

    >>> text(2023.0), text(' HCP '), text(None), text(6.01)
    ('2023', 'HCP', '', '6.01')
    """
    if value is None or value is False:
        return ''
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def validate_rows(rows, mapping, indicators, territories, existing=()):
    """Check every row and return ``(values, errors)``.

    ``rows``: [(row number, cells)]; ``mapping``: see map_header; ``indicators``:
    {code: (id, frequency, default source)}; ``territories``: {code: (region id, province id
    or False)}; ``existing``: the keys (indicator id, territory code, period code) already
    stored. ``values`` has one dict per valid row (indicator_id, region_id, province_id,
    year, quarter, month, value, source, note, and ``row``); ``errors`` lists every problem
    of every row (see the module's docstring), so that nothing is written when it is not
    empty.

    >>> mapping = {'indicator': 0, 'territory': 1, 'year': 2, 'sub': 3, 'value': 4}
    >>> indicators = {'EXP': (7, 'quarterly', 'Office des changes')}
    >>> territories = {'04': (4, False), '04.01': (4, 31)}
    >>> values, errors = validate_rows([(2, ['EXP', '04.01', 2031.0, 'T2', '1 520,5'])],
    ...                                mapping, indicators, territories)
    >>> errors, values[0]['province_id'], values[0]['quarter'], values[0]['value']
    ([], 31, '2', 1520.5)
    >>> values[0]['source'], values[0]['period_code']
    ('Office des changes', '2031-T2')
    >>> validate_rows([(3, ['XXX', '99', 'an 2031', '', 'n.d.'])], mapping, indicators,
    ...               territories)[1]  # doctest: +NORMALIZE_WHITESPACE
    [(3, 'indicator', 'unknown_indicator', 'XXX'), (3, 'territory', 'unknown_territory', '99'),
     (3, 'year', 'year', 'an 2031'), (3, 'value', 'number', 'n.d.')]
    >>> rows = [(2, ['EXP', '04', 2031, 1, 5]), (3, ['EXP', '04', 2031, 'T1', 6])]
    >>> validate_rows(rows, mapping, indicators, territories)[1]
    [(3, 'indicator', 'duplicate_row', 2)]
    >>> validate_rows(rows[:1], mapping, indicators, territories,
    ...               existing={(7, '04', '2031-T1')})[1]
    [(2, 'indicator', 'existing', '2031-T1')]
    """
    values, errors, seen = [], [], {}

    def cell(cells, column):
        index = mapping.get(column)
        return cells[index] if index is not None and index < len(cells) else None

    for number, cells in rows:
        row_errors = []
        code = text(cell(cells, 'indicator'))
        indicator = indicators.get(code)
        if not indicator:
            row_errors.append((number, 'indicator', 'required' if not code
                               else 'unknown_indicator', code))
        territory_code = text(cell(cells, 'territory'))
        territory = territories.get(territory_code)
        if not territory:
            row_errors.append((number, 'territory', 'required' if not territory_code
                               else 'unknown_territory', territory_code))
        year = sub = None
        raw_year = cell(cells, 'year')
        try:
            year = period.parse_year(raw_year)
        except period.PeriodError as error:
            row_errors.append((number, 'year', 'required' if period.is_empty(raw_year)
                               else error.code, text(raw_year)))
        raw_sub = cell(cells, 'sub')
        if indicator:
            try:
                sub = period.parse_sub_period(raw_sub, indicator[1])
            except period.PeriodError as error:
                row_errors.append((number, 'sub', error.code, text(raw_sub)))
        raw_value = cell(cells, 'value')
        amount = parse_number(raw_value)
        if amount is None:
            row_errors.append((number, 'value', 'required' if period.is_empty(raw_value)
                               else 'number', text(raw_value)))
        if not row_errors:
            frequency = indicator[1]
            code_period = period.period_code(year, sub, frequency)
            key = (indicator[0], territory_code, code_period)
            if key in existing:
                row_errors.append((number, 'indicator', 'existing', code_period))
            elif key in seen:
                row_errors.append((number, 'indicator', 'duplicate_row', seen[key]))
            else:
                seen[key] = number
                values.append({
                    'row': number,
                    'indicator_id': indicator[0],
                    'region_id': territory[0],
                    'province_id': territory[1] or False,
                    'year': year,
                    'quarter': str(sub) if frequency == 'quarterly' else False,
                    'month': str(sub) if frequency == 'monthly' else False,
                    'period_code': code_period,
                    'value': amount,
                    'source': text(cell(cells, 'source')) or indicator[2] or False,
                    'note': text(cell(cells, 'note')) or False,
                })
        errors += row_errors
    return values, errors


def read_xlsx(content):
    """[(row number, cells)] of the first sheet of an XLSX or XLS workbook (numbers as
    floats, text as text, empty rows left out but counted). Raises ValueError when the file
    is no workbook."""
    import xlrd
    try:
        book = xlrd.open_workbook(file_contents=content)
        sheet = book.sheet_by_index(0)
    except Exception as error:  # xlrd raises many kinds of errors on damaged files
        raise ValueError(str(error))
    rows = []
    for index in range(sheet.nrows):
        cells = []
        for cell in sheet.row(index):
            if cell.ctype == xlrd.XL_CELL_NUMBER:
                cells.append(float(cell.value))
            elif cell.ctype in (xlrd.XL_CELL_TEXT,):
                cells.append(cell.value)
            else:
                cells.append(None)
        if any(not period.is_empty(value) for value in cells):
            rows.append((index + 1, cells))
    return rows

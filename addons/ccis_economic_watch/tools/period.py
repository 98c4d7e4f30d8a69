"""Periods of the economic series: a year, a year and a quarter or a year and a month,
given by the indicator's frequency. Pure functions (no Odoo import): the models and the import
wizard call them, the doctests exercise them.

An invalid input raises :class:`PeriodError` whose ``code`` the caller turns into a message
in the user's language: ``year`` (not a year), ``sub_forbidden`` (a quarter or a month given
for an annual series), ``sub_missing``, ``quarter`` (not a quarter 1-4), ``month`` (not a
month 1-12), ``frequency`` (unknown frequency).
"""
import datetime
import unicodedata

FREQUENCIES = ('annual', 'quarterly', 'monthly')
YEAR_MIN, YEAR_MAX = 1900, 2100
MONTHS = {
    'janvier': 1, 'fevrier': 2, 'mars': 3, 'avril': 4, 'mai': 5, 'juin': 6, 'juillet': 7,
    'aout': 8, 'septembre': 9, 'octobre': 10, 'novembre': 11, 'decembre': 12,
    'janv': 1, 'fevr': 2, 'fev': 2, 'avr': 4, 'juil': 7, 'sept': 9, 'oct': 10, 'nov': 11,
    'dec': 12,
}


class PeriodError(ValueError):
    """An invalid period; ``code`` says why (see the module's docstring)."""

    def __init__(self, code):
        super(PeriodError, self).__init__(code)
        self.code = code


def error_code(function, *args):
    """The code of the PeriodError ``function(*args)`` raises, None when it raises none.

    >>> error_code(parse_year, 2024) is None
    True
    """
    try:
        function(*args)
    except PeriodError as error:
        return error.code
    return None


def _plain(value):
    """Lower case text without accents nor surrounding spaces.

    >>> _plain('  Février ')
    'fevrier'
    """
    text = unicodedata.normalize('NFKD', str(value)).encode('ascii', 'ignore').decode()
    return text.strip().lower()


def _whole(value):
    """The whole number a cell holds (2023, 2023.0, '2023', ' 03 '), else None.

    >>> _whole(2023.0), _whole('03'), _whole('2023.0'), _whole('12,5'), _whole(True)
    (2023, 3, 2023, None, None)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value or '').strip()
    if text.endswith('.0'):
        text = text[:-2]
    return int(text) if text.isdigit() else None


def is_empty(value):
    """Whether a cell is empty.

    >>> is_empty(None), is_empty(' '), is_empty(0), is_empty('T1')
    (True, True, False, False)
    """
    return value is None or value is False or (isinstance(value, str) and not value.strip())


def parse_year(value):
    """The year of a cell.

    >>> parse_year('2024'), parse_year(2023.0)
    (2024, 2023)
    >>> error_code(parse_year, '24'), error_code(parse_year, 'deux mille')
    ('year', 'year')
    """
    year = _whole(value)
    if year is None or not YEAR_MIN <= year <= YEAR_MAX:
        raise PeriodError('year')
    return year


def parse_sub_period(value, frequency):
    """The quarter (1-4) or the month (1-12) of a cell for a series of ``frequency``; None
    for an annual series. A quarter is written 2, T2, Q2 or 2T; a month 3, 03 or its
    French name (mars, Mars, févr.).

    >>> parse_sub_period('', 'annual') is None
    True
    >>> parse_sub_period('T3', 'quarterly'), parse_sub_period(4.0, 'quarterly')
    (3, 4)
    >>> parse_sub_period('Février', 'monthly'), parse_sub_period('11', 'monthly')
    (2, 11)
    >>> error_code(parse_sub_period, 'T5', 'quarterly'), error_code(parse_sub_period, 13, 'monthly')
    ('quarter', 'month')
    >>> error_code(parse_sub_period, '', 'monthly'), error_code(parse_sub_period, '2', 'annual')
    ('sub_missing', 'sub_forbidden')
    """
    if frequency not in FREQUENCIES:
        raise PeriodError('frequency')
    if frequency == 'annual':
        if not is_empty(value):
            raise PeriodError('sub_forbidden')
        return None
    if is_empty(value):
        raise PeriodError('sub_missing')
    if frequency == 'quarterly':
        text = _plain(value).replace(' ', '').strip('tq')
        quarter = _whole(value) if not isinstance(value, str) else _whole(text)
        if quarter is None or not 1 <= quarter <= 4:
            raise PeriodError('quarter')
        return quarter
    month = _whole(value)
    if month is None:
        month = MONTHS.get(_plain(value).rstrip('.'))
    if month is None or not 1 <= month <= 12:
        raise PeriodError('month')
    return month


def period_code(year, sub, frequency):
    """The code of a period, which sorts in time within a frequency.

    >>> period_code(2024, None, 'annual'), period_code(2024, 2, 'quarterly')
    ('2024', '2024-T2')
    >>> period_code(2024, 3, 'monthly')
    '2024-03'
    """
    if frequency == 'quarterly':
        return '%04d-T%d' % (year, sub)
    if frequency == 'monthly':
        return '%04d-%02d' % (year, sub)
    return '%04d' % year


def period_start(year, sub, frequency):
    """The first day of a period (the date graphs and groupings use).

    >>> period_start(2024, None, 'annual'), period_start(2024, 3, 'quarterly')
    (datetime.date(2024, 1, 1), datetime.date(2024, 7, 1))
    >>> period_start(2024, 11, 'monthly')
    datetime.date(2024, 11, 1)
    """
    if frequency == 'quarterly':
        return datetime.date(year, 3 * sub - 2, 1)
    if frequency == 'monthly':
        return datetime.date(year, sub, 1)
    return datetime.date(year, 1, 1)

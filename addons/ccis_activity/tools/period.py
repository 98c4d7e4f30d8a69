"""The named periods of a programme's year (OCA ``date_range``): the fiscal year, which is the
civil year the programmes follow, its quarters and its months, with their names in a
language.

>>> [(kind, str(start), str(end)) for kind, start, end in year_periods(2026)][:3]
[('year', '2026-01-01', '2026-12-31'), ('quarter', '2026-01-01', '2026-03-31'), ('month', '2026-01-01', '2026-01-31')]
>>> len(year_periods(2026)), [str(end) for kind, _start, end in year_periods(2024) if kind == 'month'][1]
(17, '2024-02-29')
>>> PARENT_KIND['month'], PARENT_KIND['quarter'], PARENT_KIND.get('year')
('quarter', 'year', None)
>>> from datetime import date
>>> period_name('year', date(2026, 1, 1), 'fr_FR'), period_name('quarter', date(2026, 4, 1), 'fr_FR')
('2026', 'T2 2026')
>>> period_name('month', date(2026, 4, 1), 'fr_FR'), period_name('month', date(2026, 4, 1), 'ar_MA')
('Avril 2026', 'أبريل 2026')
>>> period_name('quarter', date(2026, 10, 1), 'ar_MA')
'الربع الرابع 2026'
>>> period_name('month', date(2026, 4, 1), 'xx_YY'), period_name('month', date(2026, 4, 1), 'sr@latin')
(None, None)
"""
import datetime

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date

# the kinds of periods, each within a period of the kind it names
PARENT_KIND = {'quarter': 'year', 'month': 'quarter'}
_PATTERNS = {'quarter': 'QQQ y', 'month': 'LLLL y'}


def _month_end(year, month):
    if month == 12:
        return datetime.date(year, 12, 31)
    return datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)


def year_periods(year):
    """(kind, first day, last day) of the year, then of each quarter followed by its months:
    the order in which each period's parent comes before it."""
    periods = [('year', datetime.date(year, 1, 1), datetime.date(year, 12, 31))]
    for quarter in range(4):
        first = 3 * quarter + 1
        periods.append(('quarter', datetime.date(year, first, 1), _month_end(year, first + 2)))
        periods += [('month', datetime.date(year, month, 1), _month_end(year, month))
                    for month in range(first, first + 3)]
    return periods


def period_name(kind, date_start, lang):
    """The name of the period of ``kind`` starting on ``date_start`` in the language ``lang``
    (an Odoo code such as fr_FR, ar_MA): the year's number, the quarter and the month as the
    language writes them (CLDR), capitalised; None for a language Babel does not know."""
    if kind == 'year':
        return str(date_start.year)
    try:
        name = format_date(date_start, _PATTERNS[kind], locale=Locale.parse(lang))
    except (UnknownLocaleError, ValueError, IOError):
        # a code Babel does not know, or knows without its data (sr@latin)
        return None
    return name[:1].upper() + name[1:]

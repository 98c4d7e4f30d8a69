"""Pure KPI logic of the action programme: periods, achievement rates, colours, formats.

How figures aggregate (counts, stocks, averages, rates) is tools/indicator.py's.

No Odoo import here: the models call these functions and the tests exercise them without a
database (tests/test_kpi.py).
"""
import calendar
import datetime

DIRECTIONS = ('higher', 'lower')
PERIOD_TYPES = ('month', 'quarter')

MONTH_ABBREVIATIONS = (
    'janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin',
    'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.',
)

DEFAULT_WARNING_THRESHOLD = 60.0
DEFAULT_SUCCESS_THRESHOLD = 90.0


def period_bounds(year, period_type):
    """The periods of a year: a list of (index, name, date_start, date_end), index from 1.

    >>> period_bounds(2024, 'quarter')[0]
    (1, 'T1 2024', datetime.date(2024, 1, 1), datetime.date(2024, 3, 31))
    """
    if period_type not in PERIOD_TYPES:
        raise ValueError('unknown period type %r' % (period_type,))
    step = 1 if period_type == 'month' else 3
    periods = []
    for index, first_month in enumerate(range(1, 13, step), start=1):
        last_month = first_month + step - 1
        start = datetime.date(year, first_month, 1)
        end = datetime.date(year, last_month, calendar.monthrange(year, last_month)[1])
        if period_type == 'month':
            name = '%s %d' % (MONTH_ABBREVIATIONS[first_month - 1], year)
        else:
            name = 'T%d %d' % (index, year)
        periods.append((index, name, start, end))
    return periods


def achievement_rate(realised, target, direction='higher'):
    """Achievement rate in percent.

    higher is better: realised / target; lower is better: target / realised (a realised value
    of 0 or less then counts as fully achieved, 100 %). None when it cannot be computed (no
    target, or nothing realised yet for a lower-is-better indicator).
    """
    if direction not in DIRECTIONS:
        raise ValueError('unknown direction %r' % (direction,))
    if target is None:
        return None
    if direction == 'higher':
        if not target:
            return None
        return float(realised or 0.0) / float(target) * 100.0
    if realised is None:
        return None
    if realised <= 0:
        return 100.0
    return float(target) / float(realised) * 100.0


def rate_colour(rate, warning=DEFAULT_WARNING_THRESHOLD, success=DEFAULT_SUCCESS_THRESHOLD):
    """Colour of a rate: 'success' from the success threshold up, 'warning' from the warning
    threshold up, 'danger' below it, 'none' when there is no rate."""
    if rate is None:
        return 'none'
    if rate >= success:
        return 'success'
    if rate >= warning:
        return 'warning'
    return 'danger'


def evolution(current, previous):
    """Relative change in percent from the previous figure to the current one (None when the
    previous figure is missing or zero)."""
    if current is None or not previous:
        return None
    return (float(current) - float(previous)) / abs(float(previous)) * 100.0


def format_figure(value, digits=2):
    """A figure as printed in the review (French style: thin spaces between thousands, comma
    decimals, trailing zeros dropped): 1234.5 -> '1 234,5'; None -> '–'."""
    if value is None:
        return '–'
    text = '{:,.{digits}f}'.format(float(value), digits=digits)
    if digits:
        text = text.rstrip('0').rstrip('.')
    if text in ('-0', ''):
        text = '0'
    return text.replace(',', ' ').replace('.', ',')

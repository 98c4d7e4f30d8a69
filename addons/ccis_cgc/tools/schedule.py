"""The CGC's calendar rules: the periods of a fiscal year, the legal due date of a
deliverable, the instalment of a yearly fee and the size band of a turnover.

No Odoo import here: the models call these functions, the doctests exercise them without a
database. Periods are numbered within the (calendar) fiscal year: 0 for the year itself,
1-12 for a month, 1-4 for a quarter.
"""
import calendar
import datetime

PERIODICITIES = ('monthly', 'quarterly', 'yearly')
# number of instalments of a yearly fee per invoicing frequency
INSTALMENTS = {'monthly': 12, 'quarterly': 4, 'yearly': 1}


def add_months(date, months, day=None):
    """``date`` moved by ``months`` months, on ``day`` (default: the same day), kept within
    the month (31 gives the last day).

    >>> add_months(datetime.date(2031, 1, 31), 1)
    datetime.date(2031, 2, 28)
    >>> add_months(datetime.date(2031, 12, 31), 3, day=31)
    datetime.date(2032, 3, 31)
    >>> add_months(datetime.date(2031, 12, 31), 2, day=31)  # leap year
    datetime.date(2032, 2, 29)
    """
    index = date.month - 1 + months
    year, month = date.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day or date.day, last))


def periods(year, periodicity):
    """The periods of ``year`` for ``periodicity``: [(period, first day, last day)].

    >>> periods(2031, 'yearly')
    [(0, datetime.date(2031, 1, 1), datetime.date(2031, 12, 31))]
    >>> [(p, str(start), str(end)) for p, start, end in periods(2031, 'quarterly')][1]
    (2, '2031-04-01', '2031-06-30')
    >>> len(periods(2031, 'monthly')), periods(2031, 'monthly')[1][2]
    (12, datetime.date(2031, 2, 28))
    >>> periods(2031, 'weekly')
    Traceback (most recent call last):
    ...
    ValueError: unknown periodicity 'weekly'
    """
    if periodicity not in PERIODICITIES:
        raise ValueError('unknown periodicity %r' % (periodicity,))
    if periodicity == 'yearly':
        return [(0, datetime.date(year, 1, 1), datetime.date(year, 12, 31))]
    months = 1 if periodicity == 'monthly' else 3
    result = []
    for index in range(12 // months):
        start = datetime.date(year, index * months + 1, 1)
        end = add_months(start, months - 1, day=31)
        result.append((index + 1, start, end))
    return result


def period_bounds(year, periodicity, period):
    """(first day, last day) of one period.

    >>> period_bounds(2031, 'quarterly', 4)
    (datetime.date(2031, 10, 1), datetime.date(2031, 12, 31))
    >>> period_bounds(2031, 'monthly', 13)
    Traceback (most recent call last):
    ...
    ValueError: no period 13 in a monthly year
    """
    for number, start, end in periods(year, periodicity):
        if number == period:
            return start, end
    raise ValueError('no period %r in a %s year' % (period, periodicity))


def due_date(year, periodicity, period, months_after, day):
    """The legal due date of a deliverable: ``day`` of the month that comes ``months_after``
    months after the end of its period (31: the last day of that month).

    Corporate tax return and financial statements, three months after the year end:

    >>> due_date(2031, 'yearly', 0, 3, 31)
    datetime.date(2032, 3, 31)

    Income tax of professional income, before 1 May; salaries statement before 1 March:

    >>> due_date(2031, 'yearly', 0, 4, 30), due_date(2031, 'yearly', 0, 2, 31)
    (datetime.date(2032, 4, 30), datetime.date(2032, 2, 29))

    VAT, before the end of the month that follows the month or the quarter:

    >>> due_date(2031, 'monthly', 1, 1, 31), due_date(2031, 'monthly', 12, 1, 31)
    (datetime.date(2031, 2, 28), datetime.date(2032, 1, 31))
    >>> due_date(2031, 'quarterly', 2, 1, 31)
    datetime.date(2031, 7, 31)
    >>> due_date(2031, 'monthly', 3, 0, 20)   # within the month itself
    datetime.date(2031, 3, 20)
    """
    if not 1 <= day <= 31 or months_after < 0:
        raise ValueError('invalid due rule (%r months, day %r)' % (months_after, day))
    _start, end = period_bounds(year, periodicity, period)
    return add_months(end.replace(day=1), months_after, day=day)


def overlaps(start, end, date_from, date_to=None):
    """Whether [start, end] meets [date_from, date_to] (no ``date_to``: open-ended).

    >>> d = datetime.date
    >>> overlaps(d(2031, 1, 1), d(2031, 3, 31), d(2031, 3, 15))
    True
    >>> overlaps(d(2031, 1, 1), d(2031, 3, 31), d(2031, 4, 1))
    False
    >>> overlaps(d(2031, 1, 1), d(2031, 3, 31), d(2030, 4, 1), d(2030, 12, 31))
    False
    """
    return start <= (date_to or end) and date_from <= end


def instalment(yearly_fee, frequency):
    """The amount invoiced at each due date of a yearly fee.

    >>> instalment(7200, 'monthly'), instalment(7200, 'quarterly'), instalment(7200, 'yearly')
    (600.0, 1800.0, 7200.0)
    >>> instalment(1000, 'monthly')
    83.33
    """
    if frequency not in INSTALMENTS:
        raise ValueError('unknown frequency %r' % (frequency,))
    return round(float(yearly_fee) / INSTALMENTS[frequency], 2)


def in_band(turnover, minimum, maximum):
    """Whether a turnover falls in a size band [minimum, maximum) (a maximum of 0: none).

    >>> in_band(2999999, 0, 3000000), in_band(3000000, 0, 3000000)
    (True, False)
    >>> in_band(80000000, 10000000, 0)
    True
    """
    return turnover >= minimum and (not maximum or turnover < maximum)

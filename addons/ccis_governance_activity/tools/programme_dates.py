"""Dates of a programme action created from a decision (plain Python, no Odoo import).

A decision taken in November with a deadline in March of the next year may become an action of
either year's programme: the action must lie within the programme's year (its dates are checked
against it), so the decision's period is clamped to that year.
"""
import datetime

DATE_FORMAT = '%Y-%m-%d'


def _date(value):
    if isinstance(value, datetime.date):
        return value
    return datetime.datetime.strptime(value[:10], DATE_FORMAT).date()


def within_year(date_start, date_end, year):
    """(start, end), as 'YYYY-MM-DD' strings, of an action of the programme of ``year`` that
    carries out a decision to be executed from ``date_start`` to ``date_end``: the part of that
    period within the year; the whole year when the period lies outside it (the user chose
    that programme). ``date_end`` before ``date_start`` counts as ``date_start``.

    >>> within_year('2026-11-12', '2027-03-31', 2026)   # the end of the year
    ('2026-11-12', '2026-12-31')
    >>> within_year('2026-11-12', '2027-03-31', 2027)   # next year's share
    ('2027-01-01', '2027-03-31')
    >>> within_year('2026-02-01', '2026-06-30', 2026)
    ('2026-02-01', '2026-06-30')
    >>> within_year('2026-02-01', '2026-06-30', 2027)   # outside the year: the whole year
    ('2027-01-01', '2027-12-31')
    >>> within_year(datetime.date(2026, 5, 4), '2026-05-01', 2026)
    ('2026-05-04', '2026-05-04')
    """
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    start = _date(date_start)
    end = max(_date(date_end), start)
    if end < first or start > last:
        start, end = first, last
    return (max(start, first).strftime(DATE_FORMAT), min(end, last).strftime(DATE_FORMAT))

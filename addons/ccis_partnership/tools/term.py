"""Date rules of partnership agreements and commitments, without the database.

An agreement enters into force on its effective date and runs for ``duration`` months per
term (0: open-ended); its end date is the last day of its last term. It leaves the force the
day after its end date, or on its termination date. A tacit renewal adds terms as long as
nobody terminates it; an explicit one adds a term when the parties sign it.
"""
from datetime import date as date_type, datetime, timedelta

from dateutil.relativedelta import relativedelta


def as_date(value):
    """A date from a date or an ISO string (None stays None).

    >>> as_date('2031-03-31'), as_date(None)
    (datetime.date(2031, 3, 31), None)
    """
    if not value or isinstance(value, date_type):
        return value or None
    return datetime.strptime(value[:10], '%Y-%m-%d').date()


def fr_date(value):
    """A date as the chamber writes it in its messages.

    >>> fr_date('2031-12-31'), fr_date(None)
    ('31/12/2031', '')
    """
    value = as_date(value)
    return value.strftime('%d/%m/%Y') if value else ''


def end_date(effective, months, terms=1):
    """The last day in force of an agreement effective on ``effective`` for ``terms`` terms of
    ``months`` months each; None when open-ended (0 months) or without effective date.

    >>> end_date('2031-01-01', 12)
    datetime.date(2031, 12, 31)
    >>> end_date('2031-03-15', 36)
    datetime.date(2034, 3, 14)
    >>> end_date('2031-01-31', 1)  # one month from 31 January ends on 27 February
    datetime.date(2031, 2, 27)
    >>> end_date('2031-01-01', 12, terms=3)
    datetime.date(2033, 12, 31)
    >>> end_date('2031-01-01', 0) is None
    True
    """
    effective = as_date(effective)
    if not effective or not months or months <= 0:
        return None
    return effective + relativedelta(months=months * max(terms, 1)) - timedelta(days=1)


def out_date(end, terminated=None):
    """The first day the agreement is no longer in force: its termination date, or the day
    after its end date, whichever comes first; None when it runs on.

    >>> out_date('2031-12-31')
    datetime.date(2032, 1, 1)
    >>> out_date('2031-12-31', '2031-06-30')
    datetime.date(2031, 6, 30)
    >>> out_date(None, '2032-02-01')
    datetime.date(2032, 2, 1)
    >>> out_date(None) is None
    True
    """
    end, terminated = as_date(end), as_date(terminated)
    candidates = [day for day in (end and end + timedelta(days=1), terminated) if day]
    return min(candidates) if candidates else None


def state_on(today, effective, end, terminated=None):
    """The state of a signed agreement on ``today``: 'signed' before its effective date,
    'in_force' from it to its end date, 'expired' after, 'terminated' from its termination
    date.

    >>> [state_on(day, '2031-01-01', '2031-12-31')
    ...  for day in ('2030-12-31', '2031-01-01', '2031-12-31', '2032-01-01')]
    ['signed', 'in_force', 'in_force', 'expired']
    >>> state_on('2031-07-01', '2031-01-01', '2031-12-31', terminated='2031-07-01')
    'terminated'
    >>> state_on('2031-06-30', '2031-01-01', '2031-12-31', terminated='2031-07-01')
    'in_force'
    >>> state_on('2040-01-01', '2031-01-01', None)
    'in_force'
    """
    today, effective = as_date(today), as_date(effective)
    terminated, end = as_date(terminated), as_date(end)
    if terminated and terminated <= today:
        return 'terminated'
    if effective and today < effective:
        return 'signed'
    if end and today > end:
        return 'expired'
    return 'in_force'


def tacit_terms(today, effective, months, terms=1):
    """The number of terms a tacitly renewed agreement has run into on ``today`` (at least
    ``terms``, those it already counts).

    >>> tacit_terms('2031-12-31', '2031-01-01', 12)
    1
    >>> tacit_terms('2032-01-01', '2031-01-01', 12)
    2
    >>> tacit_terms('2034-05-10', '2031-01-01', 12)
    4
    >>> tacit_terms('2034-05-10', '2031-01-01', 0)
    1
    """
    today = as_date(today)
    if not months or months <= 0 or not effective:
        return terms
    while end_date(effective, months, terms) < today:
        terms += 1
    return terms


def notice_start(end, notice_days):
    """The first day of the notice window before ``end`` (the day the responsible must be
    warned: to denounce a tacit renewal, to negotiate an explicit one, or to close).

    >>> notice_start('2031-12-31', 90)
    datetime.date(2031, 10, 2)
    >>> notice_start(None, 90) is None
    True
    """
    end = as_date(end)
    if not end:
        return None
    return end - timedelta(days=max(notice_days or 0, 0))


def in_notice_window(today, end, notice_days):
    """Whether ``today`` falls in the notice window: from ``notice_days`` before the end date
    to the end date itself.

    >>> [in_notice_window(day, '2031-12-31', 90)
    ...  for day in ('2031-10-01', '2031-10-02', '2031-12-31', '2032-01-01')]
    [False, True, True, False]
    >>> in_notice_window('2031-12-31', None, 90)
    False
    """
    end, today = as_date(end), as_date(today)
    if not end:
        return False
    return notice_start(end, notice_days) <= today <= end


def expires_within(today, end, days):
    """Whether the end date falls within the next ``days`` days (today and the last one
    included).

    >>> expires_within('2031-10-01', '2031-12-30', 90), expires_within('2031-10-01', '2031-12-31', 90)
    (True, False)
    >>> expires_within('2031-10-01', '2031-09-30', 90)
    False
    """
    today, end = as_date(today), as_date(end)
    return bool(end) and today <= end <= today + timedelta(days=days)


def is_late(today, deadline, state):
    """Whether a commitment is late: still planned or in progress after its deadline.

    >>> is_late('2031-04-01', '2031-03-31', 'in_progress'), is_late('2031-03-31', '2031-03-31', 'planned')
    (True, False)
    >>> is_late('2031-04-01', '2031-03-31', 'done'), is_late('2031-04-01', None, 'planned')
    (False, False)
    """
    today, deadline = as_date(today), as_date(deadline)
    return state in ('planned', 'in_progress') and bool(deadline) and deadline < today


def on_time(deadline, done):
    """Whether a commitment was done by its deadline (one without a deadline is on time).

    >>> on_time('2031-03-31', '2031-03-31'), on_time('2031-03-31', '2031-04-01')
    (True, False)
    >>> on_time(None, '2031-04-01'), on_time('2031-03-31', None)
    (True, False)
    """
    deadline, done = as_date(deadline), as_date(done)
    if not done:
        return False
    return not deadline or done <= deadline

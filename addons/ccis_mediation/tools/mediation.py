"""Pure rules of the mediation and arbitration cases, without the database.

* ``allocate_fees``: who pays what at registration. The claimants pay the registration fee,
  each its own fee (member price or not) divided by the number of claimants; the
  administrative fee is split between the two sides by the claimant side's share (in %, 50 by
  default), then equally between the parties of a side, the centimes left over going to the
  first party of the side, so that the parts add up exactly to the fee.
* ``add_months`` and ``procedure_deadline``: the procedure's due date (an award's, for an
  arbitration) from the date the tribunal was constituted (or the mediator accepted) and the
  legal delay in months (a setting, not a constant here), extended by the parties' agreement.
* ``duration_days``: days from the filing of the request to the outcome.
"""
import calendar
from datetime import date as date_type, datetime

CLAIMANT = 'claimant'
RESPONDENT = 'respondent'


class FeeSplitError(ValueError):
    """A split that cannot be made; ``code`` says why (for a message in French)."""

    def __init__(self, code, *args):
        super(FeeSplitError, self).__init__(code, *args)
        self.code = code


def _cents(amount):
    return int(round(amount * 100))


def split_equally(amount, count):
    """``amount`` split in ``count`` parts to the centime, the first parts taking the
    centimes left over.

    >>> split_equally(5000, 2)
    [2500.0, 2500.0]
    >>> split_equally(100, 3)
    [33.34, 33.33, 33.33]
    >>> split_equally(0, 2)
    [0.0, 0.0]
    >>> split_equally(10, 0)
    []
    """
    if count <= 0:
        return []
    cents = _cents(amount)
    base, left = divmod(cents, count)
    return [(base + (1 if index < left else 0)) / 100.0 for index in range(count)]


def allocate_fees(parties, admin_fee, claimant_share=50.0):
    """The registration and administrative fee of each party, in the order of ``parties``.

    ``parties`` is a list of ``(side, registration_fee)``: the side (``'claimant'`` or
    ``'respondent'``) and the registration fee that party would pay alone (its price from the
    fee schedule; only claimants pay it). Returns a list of ``(registration, admin)``.

    One claimant, one respondent, half each of the administrative fee:

    >>> allocate_fees([('claimant', 1000), ('respondent', 1000)], 12000)
    [(1000.0, 6000.0), (0.0, 6000.0)]

    The claimant side bears 70 %; two respondents share the rest:

    >>> allocate_fees([('claimant', 500), ('respondent', 0), ('respondent', 0)], 10000, 70)
    [(500.0, 7000.0), (0.0, 1500.0), (0.0, 1500.0)]

    Two claimants share the registration (each half of its own price) and their side's part;
    the centimes add up:

    >>> allocate_fees([('claimant', 1000), ('claimant', 500), ('respondent', 0)], 100.02)
    [(500.0, 25.01), (250.0, 25.0), (0.0, 50.01)]

    The claimant side pays everything (respondent defaulting):

    >>> allocate_fees([('claimant', 1000), ('respondent', 1000)], 5000, 100)
    [(1000.0, 5000.0), (0.0, 0.0)]

    What cannot be split:

    >>> allocate_fees([('claimant', 1000)], 5000)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    mediation.FeeSplitError: ('missing_side', 'respondent')
    >>> allocate_fees([('claimant', 1), ('respondent', 1)], 5, 120)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    mediation.FeeSplitError: ('share', 120)
    """
    if claimant_share < 0 or claimant_share > 100:
        raise FeeSplitError('share', claimant_share)
    if admin_fee < 0:
        raise FeeSplitError('negative_fee', admin_fee)
    sides = [side for side, _fee in parties]
    for side in sides:
        if side not in (CLAIMANT, RESPONDENT):
            raise FeeSplitError('unknown_side', side)
    for side in (CLAIMANT, RESPONDENT):
        if side not in sides:
            raise FeeSplitError('missing_side', side)
    claimant_part = int(round(_cents(admin_fee) * claimant_share / 100.0)) / 100.0
    side_parts = {CLAIMANT: claimant_part,
                  RESPONDENT: (_cents(admin_fee) - _cents(claimant_part)) / 100.0}
    shares = {side: iter(split_equally(side_parts[side], sides.count(side)))
              for side in (CLAIMANT, RESPONDENT)}
    claimants = sides.count(CLAIMANT)
    result = []
    for side, registration in parties:
        paid = round(registration / float(claimants), 2) if side == CLAIMANT else 0.0
        result.append((paid, next(shares[side])))
    return result


def _as_date(value):
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date_type):
        return value
    return datetime.strptime(value[:10], '%Y-%m-%d').date()


def add_months(value, months):
    """``value`` (a date or an ISO string) plus ``months`` months, kept in the last day of a
    shorter month.

    >>> add_months('2031-01-15', 6)
    datetime.date(2031, 7, 15)
    >>> add_months('2031-08-31', 6)
    datetime.date(2032, 2, 29)
    >>> add_months('2031-11-30', 3)
    datetime.date(2032, 2, 29)
    >>> add_months('2031-05-10', 0)
    datetime.date(2031, 5, 10)
    """
    start = _as_date(value)
    month_index = start.month - 1 + int(months)
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date_type(year, month, day)


def procedure_deadline(start, delay_months, extension_months=0):
    """The due date of a procedure: ``start`` (constitution of the arbitral tribunal,
    acceptance of the mediator) plus the legal delay, plus the extension agreed by the
    parties; None without a start or a delay.

    >>> procedure_deadline('2031-03-01', 6)
    datetime.date(2031, 9, 1)
    >>> procedure_deadline('2031-03-01', 6, 3)
    datetime.date(2031, 12, 1)
    >>> procedure_deadline(None, 6) is None, procedure_deadline('2031-03-01', 0) is None
    (True, True)
    """
    if not start or not delay_months:
        return None
    return add_months(start, int(delay_months) + int(extension_months or 0))


def duration_days(filed, outcome):
    """Days from the filing of the request to the outcome (0 without an outcome, or for an
    outcome dated, by a typing error, before the filing).

    >>> duration_days('2031-01-10', '2031-03-11')
    60
    >>> duration_days('2031-12-20', '2032-01-04')
    15
    >>> duration_days('2031-01-10', None)
    0
    >>> duration_days('2031-01-10', '2031-01-09')
    0
    """
    if not filed or not outcome:
        return 0
    return max((_as_date(outcome) - _as_date(filed)).days, 0)


def tribunal_error(case_type, roles):
    """Why the neutrals named on a case (their ``roles``) cannot conduct it, or None.

    A mediation needs one mediator at least, and nothing but mediators; an arbitral tribunal
    is an odd number of arbitrators: a sole arbitrator alone, or a president with an even
    number of co-arbitrators.

    >>> tribunal_error('mediation', ['mediator']) is None
    True
    >>> tribunal_error('mediation', [])
    'no_mediator'
    >>> tribunal_error('mediation', ['mediator', 'president'])
    'role_not_mediation'
    >>> tribunal_error('arbitration', ['sole']) is None
    True
    >>> tribunal_error('arbitration', ['president', 'co_arbitrator', 'co_arbitrator']) is None
    True
    >>> tribunal_error('arbitration', ['president', 'co_arbitrator'])
    'even_tribunal'
    >>> tribunal_error('arbitration', ['sole', 'co_arbitrator'])
    'sole_not_alone'
    >>> tribunal_error('arbitration', ['co_arbitrator', 'co_arbitrator', 'co_arbitrator'])
    'no_president'
    >>> tribunal_error('arbitration', ['mediator'])
    'role_not_arbitration'
    >>> tribunal_error('arbitration', [])
    'no_arbitrator'
    """
    if case_type == 'mediation':
        if any(role != 'mediator' for role in roles):
            return 'role_not_mediation'
        return None if roles else 'no_mediator'
    if 'mediator' in roles:
        return 'role_not_arbitration'
    if not roles:
        return 'no_arbitrator'
    if 'sole' in roles:
        return None if len(roles) == 1 else 'sole_not_alone'
    if roles.count('president') != 1:
        return 'no_president'
    if len(roles) % 2 == 0:
        return 'even_tribunal'
    return None

"""The follow-up rules of audit recommendations, without the database.

A recommendation is *open* when the mission's report issues it, *in progress* once its
owner unit works on it, *implemented* when the unit declares it done (with a date and its
evidence), *verified* when the audit has checked the evidence, or *rejected* (not
applicable) by the audit. The owner unit moves its recommendations forward; only the audit
verifies, rejects, sends an implementation back or reopens.
"""
from datetime import date as date_type, datetime

STATES = ('open', 'in_progress', 'implemented', 'verified', 'rejected')
PENDING = ('open', 'in_progress')
DONE = ('implemented', 'verified')
FINAL = ('verified', 'rejected')

# (from, to): who may make the move ('unit': the owner unit and the audit, 'audit': the audit)
TRANSITIONS = {
    ('open', 'in_progress'): 'unit',
    ('open', 'implemented'): 'unit',
    ('in_progress', 'implemented'): 'unit',
    ('implemented', 'verified'): 'audit',
    ('implemented', 'in_progress'): 'audit',
    ('open', 'rejected'): 'audit',
    ('in_progress', 'rejected'): 'audit',
    ('rejected', 'open'): 'audit',
}


def _as_date(value):
    if value is None or value is False:
        return None
    if isinstance(value, date_type):
        return value
    return datetime.strptime(value[:10], '%Y-%m-%d').date()


def transition_allowed(old, new, auditor):
    """Whether a recommendation may go from ``old`` to ``new``, for an auditor or not
    (staying in the same state is always allowed).

    >>> transition_allowed('open', 'in_progress', auditor=False)
    True
    >>> transition_allowed('in_progress', 'implemented', auditor=False)
    True
    >>> transition_allowed('implemented', 'verified', auditor=False)
    False
    >>> transition_allowed('implemented', 'verified', auditor=True)
    True
    >>> transition_allowed('verified', 'open', auditor=True)
    False
    >>> transition_allowed('open', 'open', auditor=False)
    True
    """
    if old == new:
        return True
    who = TRANSITIONS.get((old, new))
    if who is None:
        return False
    return auditor or who == 'unit'


def is_late(state, deadline, today):
    """Whether a recommendation is late: still pending after its deadline.

    >>> is_late('open', '2031-03-31', '2031-04-01')
    True
    >>> is_late('in_progress', '2031-03-31', '2031-03-31')
    False
    >>> is_late('implemented', '2031-03-31', '2031-06-01')
    False
    >>> is_late('open', None, '2031-06-01')
    False
    """
    deadline = _as_date(deadline)
    return state in PENDING and deadline is not None and deadline < _as_date(today)


def implementation_rate(implemented, due):
    """The implementation rate (%) of the recommendations due: implemented ones over all
    due ones (rejected ones left out by the caller); None when none is due.

    >>> implementation_rate(3, 4)
    75.0
    >>> implementation_rate(0, 0) is None
    True
    """
    if not due:
        return None
    return 100.0 * implemented / due

"""Pure budget logic of the action programme: the lines of the programme's Odoo budget and
how to bring an existing budget in step with them.

A programme's budget has one line per (analytic account, budgetary position): the actions
that have their own analytic account plan on it, the others on their unit's account. Planned
amounts are expenses, negative in Odoo's budgets (analytic lines of costs are negative).

No Odoo import here: the programme calls these functions, the tests exercise them without a
database (the doctests run with the suite: tests/tools/test_doctests.py).
"""
from collections import OrderedDict


def budget_lines(actions):
    """Planned amount per (analytic account, position) of ``actions``: an iterable of
    (own account or None, unit account or None, position, planned budget).

    Returns (lines, skipped): ``lines`` an ordered dict {(account, position): amount} (the
    amount negative: an expense), ``skipped`` the indexes of the actions that have a planned
    budget but no account to carry it (neither their own nor their unit's).

    >>> lines, skipped = budget_lines([
    ...     (None, 'U1', 'P', 300.0), (None, 'U1', 'P', 200.0),   # two actions of unit U1
    ...     ('A3', 'U1', 'P', 50.0),                               # an action with its account
    ...     (None, None, 'P', 10.0), (None, 'U2', 'P', 0.0)])
    >>> dict(lines)
    {('U1', 'P'): -500.0, ('A3', 'P'): -50.0}
    >>> skipped
    [3]
    """
    lines = OrderedDict()
    skipped = []
    for index, (own_account, unit_account, position, planned) in enumerate(actions):
        if not planned:
            continue
        account = own_account or unit_account
        if not account:
            skipped.append(index)
            continue
        lines[(account, position)] = lines.get((account, position), 0.0) - planned
    return lines, skipped


def sync_plan(wanted, existing):
    """What to do to an existing budget so that its lines are ``wanted``.

    ``wanted``: {key: amount}; ``existing``: {key: (line id, amount)}. Returns (to_create,
    to_update, to_delete): [(key, amount)], [(line id, amount)], [line id]. A line whose amount
    is right is left alone, so running it twice changes nothing.

    >>> sync_plan({('U1', 'P'): -500.0, ('A3', 'P'): -50.0},
    ...           {('U1', 'P'): (7, -400.0), ('U2', 'P'): (8, -90.0)})
    ([(('A3', 'P'), -50.0)], [(7, -500.0)], [8])
    >>> sync_plan({('U1', 'P'): -500.0}, {('U1', 'P'): (7, -500.0)})
    ([], [], [])
    """
    to_create, to_update = [], []
    for key, amount in wanted.items():
        if key not in existing:
            to_create.append((key, amount))
        elif round(existing[key][1] - amount, 2):
            to_update.append((existing[key][0], amount))
    to_delete = [line_id for key, (line_id, _amount) in existing.items() if key not in wanted]
    return to_create, to_update, to_delete

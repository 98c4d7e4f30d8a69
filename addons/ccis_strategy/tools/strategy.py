"""The rules of a multi-year strategic plan, without a database.

A plan covers the years ``first_year`` to ``last_year`` (both included); its objectives are
measured, year by year, by the indicator lines of the annual programmes linked to them; their
figures come from the indicator engine of ccis_activity (``tools/indicator.py``): these
functions only say which lines count, for which years, and what the plan's target is.

No Odoo import here: the models call these functions, the doctests exercise them.
"""
from odoo.addons.ccis_activity.tools import indicator


def plan_years(first_year, last_year):
    """The years a plan covers, in order (none when the plan ends before it starts).

    >>> plan_years(2024, 2028)
    [2024, 2025, 2026, 2027, 2028]
    >>> plan_years(2030, 2029)
    []
    """
    if not first_year or not last_year or last_year < first_year:
        return []
    return list(range(first_year, last_year + 1))


def years_overlap(first_a, last_a, first_b, last_b):
    """Whether two ranges of years share at least one year.

    >>> years_overlap(2024, 2028, 2028, 2032)
    True
    >>> years_overlap(2024, 2028, 2029, 2033)
    False
    """
    return first_a <= last_b and first_b <= last_a


def line_objectives(action_objective_id, axis_objective_ids, action_cancelled=False):
    """The objectives an indicator line counts for: those of its action when the action is
    linked to an objective (an action serves one objective), otherwise those its axis is
    linked to (an axis of the programmes may serve several objectives, e.g. of successive
    plans); a line of a cancelled action counts for none (as in the programme's review).

    >>> line_objectives(7, [3, 4])
    {7}
    >>> sorted(line_objectives(None, [3, 4]))
    [3, 4]
    >>> line_objectives(7, [3], action_cancelled=True)
    set()
    """
    if action_cancelled:
        return set()
    if action_objective_id:
        return {action_objective_id}
    return set(axis_objective_ids or ())


def plan_target(final_target, yearly_targets, kind):
    """The target of the whole plan for an indicator: its final target when the plan gives
    one, otherwise the engine's combination of the yearly targets (in the order of the
    years): their sum for a count or a sum, the last one for a stock, their mean for a rate,
    an average or a delay.

    >>> plan_target(None, [100, 120, 150], 'count')
    370.0
    >>> plan_target(None, [40, 45, 50], 'last')
    50.0
    >>> plan_target(90, [80, 85, 90], 'ratio')
    90.0
    >>> plan_target(None, [], 'count') is None
    True
    """
    if final_target is not None:
        return float(final_target)
    return indicator.target_over_time(yearly_targets, kind)

# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Member lifecycle: prospect -> active -> dormant -> struck off."""
import datetime

STATES = ("prospect", "active", "dormant", "struck_off")

# allowed transitions: from state -> set of target states
TRANSITIONS = {
    "prospect": {"active", "struck_off"},
    "active": {"dormant", "struck_off"},
    "dormant": {"active", "struck_off"},
    "struck_off": {"active"},
}


def can_transition(old, new):
    return new in TRANSITIONS.get(old, set())


def dormancy_threshold(today, months):
    """The date before which a member without activity is proposed dormant."""
    months = max(int(months or 0), 1)
    year, month = today.year, today.month - months
    while month <= 0:
        month += 12
        year -= 1
    day = min(today.day, _days_in_month(year, month))
    return datetime.date(year, month, day)


def _days_in_month(year, month):
    if month == 12:
        return 31
    return (datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)).day

"""Answer delays of the correspondence register, without the database."""
from datetime import date as date_type, datetime


def _as_date(value):
    if isinstance(value, date_type):
        return value
    return datetime.strptime(value[:10], '%Y-%m-%d').date()


def answer_delay(received, sent):
    """Days from the receipt of an item to the sending of its reply (0 if sent the same
    day or, by a typing error, before).

    >>> answer_delay('2025-03-10', '2025-03-24')
    14
    >>> answer_delay('2025-12-29', '2026-01-05')
    7
    >>> answer_delay('2025-03-10', '2025-03-09')
    0
    """
    return max((_as_date(sent) - _as_date(received)).days, 0)

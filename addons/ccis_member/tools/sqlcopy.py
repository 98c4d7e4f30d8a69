# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Rows as the text of PostgreSQL's ``COPY ... FROM STDIN`` (the bulk paths: members
created in bulk, their status history, their audit trail): several times faster than a
multi-row ``INSERT``, whose thousand-row statement PostgreSQL parses and plans first."""
import io

_COPY_ESCAPES = str.maketrans({'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'})


def copy_value(value):
    """``value`` (text, a number, a boolean or ``None``) as a column of a line of
    ``COPY ... FROM STDIN`` in its text format; ``TypeError`` for another kind of value.

    >>> copy_value('a\\tb\\\\c'), copy_value(None), copy_value(True), copy_value(3)
    ('a\\\\tb\\\\\\\\c', '\\\\N', 't', '3')
    """
    if value is None:
        return '\\N'
    if value is True:
        return 't'
    if value is False:
        return 'f'
    if isinstance(value, str):
        return value.translate(_COPY_ESCAPES)
    if isinstance(value, (int, float)):
        return str(value)
    raise TypeError(type(value))


def copy_text(rows):
    """``rows`` (tuples of text, numbers, booleans, ``None``) as the text of
    ``COPY ... FROM STDIN``, in a file object; ``TypeError`` for another kind of value.

    >>> copy_text([(1, 'a\\tb', None, True, 2.5), (2, 'c\\\\d', '', False, 0)]).read()
    '1\\ta\\\\tb\\t\\\\N\\tt\\t2.5\\n2\\tc\\\\\\\\d\\t\\tf\\t0\\n'
    """
    null, value_text = '\\N', copy_value
    lines = ['\t'.join([null if value is None else value_text(value) for value in row])
             for row in rows]
    return io.StringIO('\n'.join(lines) + '\n' if lines else '')

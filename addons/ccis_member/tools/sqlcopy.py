# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Rows as the text of PostgreSQL's ``COPY ... FROM STDIN`` (the bulk paths: members
created in bulk, their status history, their audit trail): several times faster than a
multi-row ``INSERT``, whose thousand-row statement PostgreSQL parses and plans first."""
import psycopg2

# characters handed to PostgreSQL at a time by copy_rows
CHUNK = 1 << 16

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


NULL = '\\N'


def copy_line(values):
    """``values`` as a line of ``COPY ... FROM STDIN``'s text (``TypeError`` as
    ``copy_value``).

    >>> copy_line((2, None, 'a b'))
    '2\\t\\\\N\\ta b\\n'
    """
    return '\t'.join([NULL if value is None else copy_value(value) for value in values]) + '\n'


class CopyReader(object):
    """``lines`` (an iterable of COPY text lines, made as they are read) as the file object
    ``copy_expert`` reads: PostgreSQL stores the rows sent while the next lines are made.
    ``error``: the ``TypeError`` of a value that is not COPY text.

    >>> reader = CopyReader(copy_line(row) for row in [(1, 'a'), (2, None)])
    >>> reader.read(3), reader.read(3), reader.read(3), reader.read(3)
    ('1\\ta', '\\n2\\t', '\\\\N\\n', '')
    """

    def __init__(self, lines):
        self._lines = iter(lines)
        self._buffer = ''
        self.error = None

    def read(self, size=-1):  # a file's, not a model's  # pylint: disable=method-required-super
        chunks, length = [self._buffer], len(self._buffer)
        while size < 0 or length < size:
            try:
                line = next(self._lines)
            except StopIteration:
                break
            except TypeError as error:
                self.error = error
                raise
            chunks.append(line)
            length += len(line)
        text = ''.join(chunks)
        if size < 0:
            size = len(text)
        self._buffer = text[size:]
        return text[:size]


def copy_rows(cr, statement, rows):
    """Run ``statement`` (``COPY table (columns) FROM STDIN``) on ``rows`` (an iterable of
    tuples, consumed once), converted while PostgreSQL stores them (``copy_lines``)."""
    return copy_lines(cr, statement, (copy_line(row) for row in rows))


def copy_lines(cr, statement, lines):
    """Run ``statement`` (``COPY table (columns) FROM STDIN``) on ``lines`` (COPY text, made
    as they are read). Return ``False``, with nothing written, when a value is not one
    COPY's text format takes (``TypeError``: a binary, say): the caller inserts the rows
    otherwise. In a savepoint of the cursor ``cr`` (Odoo's)."""
    reader = CopyReader(lines)
    try:
        with cr.savepoint():
            cr.copy_expert(statement, reader, CHUNK)
    except psycopg2.Error:
        if reader.error is None:
            raise
        return False
    return True

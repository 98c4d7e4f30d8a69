"""Numbers typed by members in the portal's forms (pure functions, no database)."""
import re


def parse_number(text):
    """The number in ``text`` as typed in French or English (spaces as thousands separators,
    comma or dot as decimal mark): a float, ``None`` when empty, ``False`` when not a number.

    >>> parse_number('1 200,50')
    1200.5
    >>> parse_number(' 650000 ')
    650000.0
    >>> parse_number('2.5')
    2.5
    >>> parse_number('') is None
    True
    >>> parse_number('12 kg')
    False
    >>> parse_number('1,2,3')
    False
    """
    text = re.sub(r'[\s\u00a0\u202f]', '', text or '')
    if not text:
        return None
    text = text.replace(',', '.')
    if not re.match(r'^-?\d+(\.\d+)?$', text):
        return False
    return float(text)


def parse_integer(text):
    """A whole number typed in a form: an int, ``None`` when empty, ``False`` otherwise.

    >>> parse_integer(' 2 ')
    2
    >>> parse_integer('') is None
    True
    >>> parse_integer('1,5')
    False
    """
    text = (text or '').strip()
    if not text:
        return None
    return int(text) if text.isdigit() else False


def format_number(value):
    """A number as the portal's forms show it again: no useless decimals, a dot as decimal
    mark (what ``parse_number`` reads back), empty for zero.

    >>> format_number(480000.0)
    '480000'
    >>> format_number(2400.5)
    '2400.5'
    >>> format_number(0.125)
    '0.125'
    >>> format_number(0.0)
    ''
    >>> parse_number(format_number(1234567.891)) == 1234567.891
    True
    """
    if not value:
        return ''
    return ('%.3f' % value).rstrip('0').rstrip('.')

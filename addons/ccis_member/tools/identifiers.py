# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Moroccan business identifiers: pure functions, no database.

Each ``check_*`` function returns ``None`` when the value is valid and an
error *code* otherwise; ``problems`` gives them for all the identifiers of a
member, and the model turns each code into a French message naming the member
and the field. ``clean_*`` functions return the value as stored. The ICE rule
itself (15 digits, a multiple of 97) is python-stdnum's ``stdnum.ma.ice``.
"""
import re

from stdnum.exceptions import InvalidChecksum, InvalidLength, ValidationError
from stdnum.ma import ice as stdnum_ice

_SPACES = re.compile(r"[\s\u00a0\u202f\u200e\u200f._\-/]+")
_CIN = re.compile(r"^[A-Z]{1,2}[0-9]{1,6}$")
_ASCII_DIGITS = re.compile(r"^[0-9]+$")

ICE_LENGTH = 15


def ascii_digits(value):
    """The text with every decimal digit of any script (Arabic-Indic ٠-٩, Persian ۰-۹,
    full-width...) written as an ASCII digit.

    >>> ascii_digits('٠٠١٥٦ ۱۲ A-3')
    '00156 12 A-3'
    """
    if not isinstance(value, str) or value.isascii():
        return value
    return "".join(str(int(c)) if c.isdecimal() and not "0" <= c <= "9" else c
                   for c in value)


def _is_number(value):
    """Only ASCII digits (``str.isdigit`` also accepts ² or Arabic-Indic digits)."""
    return bool(_ASCII_DIGITS.match(value))


def clean_ice(value):
    """Remove spaces, dots and dashes, write the digits in ASCII; ``False`` for an empty
    value.

    >>> clean_ice(' 001.561.191 000-066 '), clean_ice('٠٠١٥٦١١٩١٠٠٠٠٦٦')
    ('001561191000066', '001561191000066')
    """
    if not value:
        return False
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _SPACES.sub("", ascii_digits(str(value))).strip() or False


def check_ice(value):
    """ICE: 15 digits, the whole number divisible by 97 (``stdnum.ma.ice``).
    Letters are told before the length, as members are told.

    >>> check_ice('001561191000066') is None
    True
    >>> check_ice('001561191000065'), check_ice('00156119100006'), check_ice('0015A')
    ('checksum', 'length', 'digits')
    """
    ice = clean_ice(value)
    if not ice:
        return None
    if not _is_number(ice):
        return "digits"
    try:
        stdnum_ice.validate(ice)
    except InvalidLength:
        return "length"
    except InvalidChecksum:
        return "checksum"
    except ValidationError:
        return "digits"
    return None


def ice_check_digits(first13):
    """The two check digits that make ``first13 + digits`` divisible by 97."""
    base = int(first13) * 100
    return "%02d" % ((97 - base % 97) % 97)


def make_ice(enterprise, establishment=0):
    """Build a valid ICE from an enterprise number (9 digits) and an
    establishment number (4 digits, 0 for the main establishment).

    >>> make_ice(1561191), check_ice(make_ice(123456789, 12)) is None
    ('001561191000066', True)
    """
    first13 = "%09d%04d" % (int(enterprise), int(establishment))
    return first13 + ice_check_digits(first13)


def clean_digits(value):
    """Strip separators of a numeric identifier (IF, CNSS, TP)."""
    if not value:
        return False
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _SPACES.sub("", ascii_digits(str(value))).strip() or False


def check_if(value):
    """Identifiant fiscal: numeric, 7 or 8 digits."""
    value = clean_digits(value)
    if not value:
        return None
    if not _is_number(value):
        return "digits"
    if not 7 <= len(value) <= 8:
        return "length"
    return None


def check_numeric(value, min_len=1, max_len=20):
    """Generic numeric identifier (taxe professionnelle, CNSS)."""
    value = clean_digits(value)
    if not value:
        return None
    if not _is_number(value):
        return "digits"
    if not min_len <= len(value) <= max_len:
        return "length"
    return None


def clean_cin(value):
    if not value:
        return False
    return _SPACES.sub("", ascii_digits(str(value))).upper() or False


def check_cin(value):
    """CIN (carte nationale d'identité): 1 or 2 letters then 1 to 6 digits,
    e.g. ``A123456``, ``BK98765``."""
    value = clean_cin(value)
    if not value:
        return None
    if not _CIN.match(value):
        return "format"
    return None


def clean_rc(value):
    """RC numbers are kept as typed, without surrounding or repeated spaces."""
    if not value:
        return False
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(ascii_digits(str(value)).split()) or False


def problems(vals):
    """``[(field name, code)]`` of what is wrong with the identifiers of one member,
    given as stored (``vals``: ``ccis_ice``, ``ccis_if``, ``ccis_tp``, ``ccis_cnss``,
    ``ccis_manager_cin``, ``ccis_rc`` and ``ccis_court_id``); codes as ``check_*``'s,
    ``'court'`` for an RC without its court. Uniqueness needs the database: the model
    checks it.

    >>> problems({'ccis_ice': '001561191000066', 'ccis_if': '12A4567',
    ...           'ccis_rc': '1234', 'ccis_court_id': False})
    [('ccis_if', 'digits'), ('ccis_court_id', 'court')]
    """
    found = [(field_name, check(vals.get(field_name))) for field_name, check in (
        ('ccis_ice', check_ice),
        ('ccis_if', check_if),
        ('ccis_tp', lambda value: check_numeric(value, 5, 12)),
        ('ccis_cnss', lambda value: check_numeric(value, 7, 10)),
        ('ccis_manager_cin', check_cin))]
    if vals.get('ccis_rc') and not vals.get('ccis_court_id'):
        found.append(('ccis_court_id', 'court'))
    return [(field_name, code) for field_name, code in found if code]

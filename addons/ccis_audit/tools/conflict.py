"""Edit conflicts: has a value the user saw been changed by someone else since?

The web client sends, with a save, the value each changed field had when the user opened the
form (``static/src/js/ccis_audit.js``); the server compares it with the stored value, in the
form ``Field.convert_to_write`` gives (ids for many-to-one, strings for dates).
"""

NUMBER_TYPES = ('integer', 'float', 'monetary')
# the field types whose values the web client sends back (not x2many lists, binaries, ...)
CHECKED_TYPES = NUMBER_TYPES + ('char', 'text', 'html', 'selection', 'boolean', 'date',
                                'datetime', 'many2one')


def same_value(field_type, stored, seen):
    """Whether the stored value is still the one the user saw.

    >>> same_value('char', False, '')        # the web client shows an empty text as ''
    True
    >>> same_value('char', '0522 11 22 33', '0522 11 22 34')
    False
    >>> same_value('float', 120.0, 120)
    True
    >>> same_value('float', 0.1 + 0.2, 0.3)  # not a change, a rounding
    True
    >>> same_value('integer', 0, False)
    True
    >>> same_value('many2one', 7, 7)
    True
    >>> same_value('boolean', False, None)
    True
    >>> same_value('datetime', '2024-03-01 10:00:00', '2024-03-01 10:00:00')
    True
    """
    if field_type in NUMBER_TYPES:
        stored, seen = float(stored or 0), float(seen or 0)
        return abs(stored - seen) <= 1e-9 * max(1.0, abs(stored), abs(seen))
    if field_type == 'boolean':
        return bool(stored) == bool(seen)
    return (stored or False) == (seen or False)

# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Resolve the spellings found in an import file to reference values (legal forms, kinds,
sectors, provinces, courts...): pure functions, no database.

A value is found when its key (:func:`normalize.lookup_key`: no case, accents, punctuation
or spaces) is the key of a name, a code or an alias of exactly that value. Otherwise, when
the keys near enough (``APPLY_CUTOFF``) all belong to one value, that value is a *close
match*: the import applies it with a note; when they belong to several values, or none is
near enough, the value is unknown and the nearest labels are suggested.
"""
import difflib

from .normalize import lookup_key

EXACT = 'exact'
CLOSE = 'close'
# similarity (difflib's ratio) from which one value is taken for a misspelling of it
APPLY_CUTOFF = 0.85
# similarity from which a value is suggested
SUGGEST_CUTOFF = 0.6
# keys shorter than this (SA, EI, AE...) are never matched approximately
MIN_CLOSE_LENGTH = 4


class Resolver:
    """Spelling -> value, built once per import from ``(spelling, value)`` pairs (names,
    codes, aliases; the first pair of a key wins) and ``labels`` (value -> label shown to
    the user). ``prefixes``: words dropped at the start of a spelling (see
    :data:`normalize.PLACE_PREFIXES`).

    >>> forms = Resolver([('SARL', 1), ('Société à responsabilité limitée', 1),
    ...                   ('SARLAU', 2), ('SARL AU', 2), ('SA', 3), ('Société anonyme', 3),
    ...                   ('Association', 4)], {1: 'SARL', 2: 'SARL AU', 3: 'SA', 4: 'Association'})
    >>> forms.resolve('S.A.R.L')
    (1, 'exact', [])
    >>> forms.resolve('sarl a.u.')
    (2, 'exact', [])
    >>> forms.resolve('Asociation')
    (4, 'close', ['Association'])
    >>> forms.resolve('SARLU')  # as near SARL as SARL AU: not applied
    (None, None, ['SARL AU', 'SARL'])
    >>> forms.resolve('SAS')  # too short to be guessed
    (None, None, ['SA'])
    >>> forms.resolve('Fondation')  # only suggested
    (None, None, ['Association'])
    >>> forms.resolve('Banque')
    (None, None, [])
    >>> forms.resolve('')
    (None, None, [])
    """

    def __init__(self, entries, labels, prefixes=()):
        self.prefixes = prefixes
        self.labels = labels
        self.keys = {}
        for spelling, value in entries:
            key = lookup_key(spelling, prefixes)
            if key and value:
                self.keys.setdefault(key, value)
        self._cache = {}
        self._spellings = {}

    def resolve(self, spelling):
        """``(value, how, suggestions)``: ``how`` is ``'exact'``, ``'close'`` (the value is
        a guess, ``suggestions`` names it) or ``None`` (unknown: ``value`` is ``None`` and
        ``suggestions`` lists up to three labels)."""
        # by spelling first: a file repeats the same few spellings over its rows
        found = self._spellings.get(spelling)
        if found is None:
            key = lookup_key(spelling, self.prefixes)
            if key not in self._cache:
                self._cache[key] = self._resolve(key)
            found = self._spellings[spelling] = self._cache[key]
        return found

    def _resolve(self, key):
        if not key:
            return None, None, []
        if key in self.keys:
            return self.keys[key], EXACT, []
        matches = difflib.get_close_matches(key, list(self.keys), n=10, cutoff=SUGGEST_CUTOFF)
        values, near = [], set()
        for match in matches:
            value = self.keys[match]
            if value not in values:
                values.append(value)
            if difflib.SequenceMatcher(None, key, match).ratio() >= APPLY_CUTOFF:
                near.add(value)
        if len(key) >= MIN_CLOSE_LENGTH and len(near) == 1:
            value = near.pop()
            return value, CLOSE, [self.label(value)]
        return None, None, [self.label(value) for value in values[:3]]

    def label(self, value):
        return self.labels.get(value, str(value))

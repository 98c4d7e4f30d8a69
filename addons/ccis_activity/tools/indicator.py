"""The indicator engine's arithmetic: figures and how they aggregate.

A *figure* is what an indicator measured over a range of dates, for one line (an action's
or an axis's indicator), kept in a form that aggregates correctly:

=========  ==========================================  ===================================
kind       numerator / denominator                      over time / across lines
=========  ==========================================  ===================================
count      numerator = number of records                add / add
sum        numerator = sum of a field                   add / add
average    numerator = sum of the values,               add both (weighted average) / idem
           denominator = number of values
delay      numerator = sum of the delays in days,       add both (weighted average) / idem
           denominator = number of records
last       numerator = the stock at ``date``            the latest figure / add the stocks
ratio      numerator and denominator of the rate,       each part by its own kind (added,
           ``parts`` = their kinds, ``factor`` = 100    or the latest for a stock) / add both
=========  ==========================================  ===================================

The value shown is ``figure.value``: the total, the weighted average, the stock, or the rate
recomputed from its numerator and denominator (never an average or a sum of rates).

No Odoo import here: the models call these functions, the doctests and tests/test_kpi.py
exercise them without a database.
"""
import datetime
import functools

from .kpi import achievement_rate

KINDS = ('count', 'sum', 'average', 'delay', 'last', 'ratio')
ADDITIVE = ('count', 'sum')
WEIGHTED = ('average', 'delay')
# the kinds a ratio's numerator and denominator may have
PART_KINDS = ('count', 'sum', 'last')
DEFAULT_FACTOR = 100.0
# how each kind aggregates, as shown to users (ccis.indicator.definition.aggregation)
AGGREGATION_OF_KIND = {
    'count': 'sum', 'sum': 'sum', 'last': 'last', 'average': 'average', 'delay': 'average',
    'ratio': 'ratio',
}


def _date(value):
    """A date from a date or an ISO string ('2024-03-31' or '2024-03-31 10:00:00').

    >>> _date('2024-03-31 10:00:00'), _date(None)
    (datetime.date(2024, 3, 31), None)
    """
    if value is None or isinstance(value, datetime.date):
        return value
    return _iso_date(value[:10])


@functools.lru_cache(maxsize=8192)
def _iso_date(text):
    # a review reads hundreds of thousands of values over a few hundred distinct dates
    return datetime.date(int(text[0:4]), int(text[5:7]), int(text[8:10]))


@functools.lru_cache(maxsize=64)
def _parts_of(kind, parts):
    """The parts a figure of ``kind`` keeps: a ratio's (numerator's kind, denominator's kind),
    ('sum', 'sum') by default; None for the other kinds. ValueError for an unknown kind or
    invalid parts.

    >>> _parts_of('ratio', None), _parts_of('count', ('sum', 'sum'))
    (('sum', 'sum'), None)
    >>> _parts_of('ratio', ('count', 'ratio'))
    Traceback (most recent call last):
    ...
    ValueError: invalid ratio parts ('count', 'ratio')
    """
    if kind not in KINDS:
        raise ValueError('unknown kind %r' % (kind,))
    if kind != 'ratio':
        return None
    parts = tuple(parts or ('sum', 'sum'))
    if len(parts) != 2 or any(part not in PART_KINDS for part in parts):
        raise ValueError('invalid ratio parts %r' % (parts,))
    return parts


class Figure(object):
    """What an indicator measured: see the module's docstring for the meaning of each
    attribute per kind. Immutable by convention; the functions below build new ones.

    >>> Figure('ratio', 30, 40, parts=('count', 'count')).value
    75.0
    >>> Figure('average', 170, 2).value
    85.0
    >>> Figure('delay', 0, 0).value is None
    True
    """

    __slots__ = ('kind', 'numerator', 'denominator', 'date', 'parts', 'factor')

    def __init__(self, kind, numerator=0.0, denominator=0.0, date=None, parts=None,
                 factor=DEFAULT_FACTOR):
        # a review or a year's computation builds hundreds of thousands of figures of a few
        # kinds: the (kind, parts) pair is checked once (_parts_of)
        self.parts = _parts_of(kind, parts if parts is None or isinstance(parts, tuple)
                               else tuple(parts))
        self.kind = kind
        self.numerator = float(numerator or 0.0)
        self.denominator = float(denominator or 0.0)
        self.date = _date(date)
        self.factor = DEFAULT_FACTOR if factor is None else float(factor)

    @property
    def value(self):
        """The figure as shown: None when it cannot be computed (an average of nothing, a
        rate over a zero denominator)."""
        if self.kind in ADDITIVE or self.kind == 'last':
            return self.numerator
        if not self.denominator:
            return None
        if self.kind in WEIGHTED:
            return self.numerator / self.denominator
        return self.numerator / self.denominator * self.factor

    def __eq__(self, other):
        return isinstance(other, Figure) and all(
            getattr(self, name) == getattr(other, name) for name in self.__slots__)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(tuple(getattr(self, name) for name in self.__slots__))

    def __repr__(self):
        return 'Figure(%r, %r, %r, %r%s)' % (
            self.kind, self.numerator, self.denominator, self.date and str(self.date),
            ', parts=%r' % (self.parts,) if self.parts else '')


def from_entry(kind, value=None, numerator=None, denominator=None, date=None, parts=None,
               factor=DEFAULT_FACTOR):
    """The figure of one stored entry (a realised value, a period, a line): ``value`` for a
    count, a sum or a stock; ``value`` weighted by ``denominator`` (its number of
    observations: none, 0, is no figure; not given, None, counts once) for an average or a
    delay; ``numerator`` and ``denominator`` for
    a ratio (a rate typed as its value alone is read as value / factor: 75 % = 75 / 100;
    nothing over nothing is no figure).
    None when the entry holds nothing.

    >>> from_entry('average', 80.0, denominator=25).numerator
    2000.0
    >>> from_entry('average', 80.0).denominator
    1.0
    >>> from_entry('delay', 0.0, 0.0, 0.0) is None  # a period without any record
    True
    >>> from_entry('ratio', 75.0, 30, 40, parts=('count', 'count')).value
    75.0
    >>> from_entry('ratio', 75.0, parts=('count', 'count')).denominator
    100.0
    >>> from_entry('sum', None) is None
    True
    """
    if kind == 'ratio':
        if not numerator and not denominator:
            if not value:
                return None
            numerator, denominator = value, factor
        return Figure(kind, numerator, denominator, date, parts, factor)
    if value is None:
        return None
    if kind in WEIGHTED:
        if denominator is None:
            denominator = 1.0
        if not denominator:
            return None
        return Figure(kind, float(value) * float(denominator), denominator, date)
    return Figure(kind, value, 0.0, date)


def _check_kind(figures):
    kinds = {(figure.kind, figure.parts) for figure in figures}
    if len(kinds) > 1:
        raise ValueError('figures of different kinds cannot be aggregated: %r' % (kinds,))
    return figures[0]


def _latest(figures):
    """The figure of the latest date; among equal dates (or no dates), the one given last."""
    dated = [(figure.date or datetime.date.min, index, figure)
             for index, figure in enumerate(figures)]
    return max(dated, key=lambda item: item[:2])[2]


def _max_date(figures):
    dates = [figure.date for figure in figures if figure.date]
    return max(dates) if dates else None


def over_time(figures):
    """One line's figures of consecutive periods combined into the figure of the whole range.

    Counts and sums add; averages and delays add their totals and counts (weighted); a stock
    is the latest figure (the value at the end of the range; a period without a figure keeps
    the previous stock); a ratio combines its numerator and its denominator each by its own
    kind, then divides. None values are ignored; None when nothing is left.

    >>> q = [Figure('count', 3, date='2024-03-31'), Figure('count', 5, date='2024-06-30')]
    >>> over_time(q).value
    8.0
    >>> stock = [Figure('last', 120, date='2024-06-30'), Figure('last', 100, date='2024-03-31')]
    >>> over_time(stock).value
    120.0
    >>> over_time([Figure('average', 90, 1), Figure('average', 700, 10)]).value  # 790 / 11
    71.81818181818181
    >>> rates = [Figure('ratio', 9, 10, parts=('count', 'count')),
    ...          Figure('ratio', 1, 10, parts=('count', 'count'))]
    >>> over_time(rates).value  # 10 / 20, not the mean of 90 % and 10 %
    50.0
    >>> members = [Figure('ratio', 8, 10, '2024-03-31', parts=('count', 'last')),
    ...            Figure('ratio', 4, 20, '2024-06-30', parts=('count', 'last'))]
    >>> over_time(members).value  # 12 trained out of the 20 members at the end
    60.0
    >>> over_time([None]) is None
    True
    """
    figures = [figure for figure in figures if figure is not None]
    if not figures:
        return None
    first = _check_kind(figures)
    kind = first.kind
    if kind == 'last':
        latest = _latest(figures)
        return Figure(kind, latest.numerator, 0.0, latest.date)
    date = _max_date(figures)
    if kind in ADDITIVE:
        return Figure(kind, sum(figure.numerator for figure in figures), 0.0, date)
    if kind in WEIGHTED:
        return Figure(kind, sum(figure.numerator for figure in figures),
                      sum(figure.denominator for figure in figures), date)
    latest = _latest(figures)
    numerator_kind, denominator_kind = first.parts
    numerator = latest.numerator if numerator_kind == 'last' else sum(
        figure.numerator for figure in figures)
    denominator = latest.denominator if denominator_kind == 'last' else sum(
        figure.denominator for figure in figures)
    return Figure(kind, numerator, denominator, date, first.parts, first.factor)


def across(figures):
    """The figures of several lines over the same range (several actions, units or sites)
    combined into one: everything adds (stocks of different units add up too); averages and
    delays stay weighted; a rate is recomputed from the summed numerators and denominators.

    >>> across([Figure('last', 120, date='2024-12-31'), Figure('last', 30)]).value
    150.0
    >>> round(across([Figure('ratio', 9, 10, parts=('count', 'count')),
    ...               Figure('ratio', 10, 100, parts=('count', 'count'))]).value, 2)  # 19/110
    17.27
    >>> across([Figure('delay', 10, 2), Figure('delay', 30, 3)]).value
    8.0
    """
    figures = [figure for figure in figures if figure is not None]
    if not figures:
        return None
    first = _check_kind(figures)
    return Figure(first.kind, sum(figure.numerator for figure in figures),
                  sum(figure.denominator for figure in figures), _max_date(figures),
                  first.parts, first.factor)


def value(figure):
    """The value of a figure, None for no figure.

    >>> value(None) is None
    True
    >>> value(Figure('sum', 12.5))
    12.5
    """
    return None if figure is None else figure.value


def stored(figure, target, direction='higher'):
    """What a period or a line stores of its realised ``figure`` against ``target``:
    (realised, numerator, denominator, has_values, rate), 0.0 for what is missing.

    >>> stored(Figure('average', 170, 2), 80)
    (85.0, 170.0, 2.0, True, 106.25)
    >>> stored(None, 80)
    (0.0, 0.0, 0.0, False, 0.0)
    """
    realised = None if figure is None else figure.value
    return (realised or 0.0,
            figure.numerator if figure else 0.0,
            figure.denominator if figure else 0.0,
            figure is not None,
            achievement_rate(realised, target, direction or 'higher') or 0.0)


def entry(figure):
    """What a realised value stores of a figure: (value, numerator, denominator).

    >>> entry(Figure('ratio', 3, 4, parts=('count', 'count')))
    (75.0, 3.0, 4.0)
    >>> entry(None)
    (0.0, 0.0, 0.0)
    """
    if figure is None:
        return 0.0, 0.0, 0.0
    return figure.value or 0.0, figure.numerator, figure.denominator


# ---------------------------------------------------------------- targets

def is_level(kind):
    """Whether a target of this kind is a level (a rate, an average, a delay, a stock) that
    each period keeps, rather than a quantity spread over the periods.

    >>> [kind for kind in KINDS if is_level(kind)]
    ['average', 'delay', 'last', 'ratio']
    """
    return kind not in ADDITIVE


def split_target(target, count, kind):
    """Default per-period targets of a yearly target: a count or a sum is spread evenly
    (rounded to 2 decimals, the rounding difference on the last period) so that the periods
    add up to the year; a level (rate, average, delay, stock) is kept each period.

    >>> split_target(100, 3, 'count')
    [33.33, 33.33, 33.34]
    >>> split_target(80, 2, 'ratio')
    [80.0, 80.0]
    """
    if count <= 0:
        return []
    if is_level(kind):
        return [float(target)] * count
    share = round(float(target) / count, 2)
    targets = [share] * count
    targets[-1] = round(float(target) - share * (count - 1), 2)
    return targets


def target_over_time(targets, kind):
    """The target of a range from the targets of its consecutive periods (in chronological
    order): their sum for a count or a sum, the last one for a stock, their mean for a rate,
    an average or a delay. None values are ignored; None when nothing is left.

    >>> target_over_time([100, 100, 50], 'count')
    250.0
    >>> target_over_time([30, 60, 90], 'last')
    90.0
    >>> target_over_time([80, 90], 'ratio')
    85.0
    """
    items = [float(target) for target in targets if target is not None]
    if not items:
        return None
    if kind in ADDITIVE:
        return sum(items)
    if kind == 'last':
        return items[-1]
    return sum(items) / len(items)


def target_across(pairs, kind):
    """The target of several lines from their (target, weight) pairs: counts, sums and stocks
    add; a level (rate, average, delay) is the mean of the targets weighted by each line's
    realised denominator (the rate the lines reach together if each reaches its own target),
    or their plain mean when nothing is realised yet.

    >>> target_across([(80, 10), (60, 30)], 'ratio')
    65.0
    >>> target_across([(80, 0), (60, 0)], 'average')
    70.0
    >>> target_across([(40, 1), (60, 1)], 'last')
    100.0
    """
    items = [(float(target), float(weight or 0.0)) for target, weight in pairs
             if target is not None]
    if not items:
        return None
    if kind in ADDITIVE or kind == 'last':
        return sum(target for target, _weight in items)
    total_weight = sum(weight for _target, weight in items)
    if total_weight <= 0:
        return sum(target for target, _weight in items) / len(items)
    return sum(target * weight for target, weight in items) / total_weight


def weight(figure):
    """The weight of a line's figure when its target is combined with others' (see
    target_across): its denominator for a rate, an average or a delay, else 1.

    >>> weight(Figure('ratio', 3, 4, parts=('count', 'count')))
    4.0
    >>> weight(None)
    0.0
    """
    if figure is None:
        return 0.0
    if figure.kind in WEIGHTED or figure.kind == 'ratio':
        return figure.denominator
    return 1.0


def combine_lines(items, kind):
    """The (target, figure) of several lines of one indicator (an axis's, a site's, a unit's)
    from each line's (target, figure) or (target, figure, year).

    The lines of one programme year run side by side: their figures combine by ``across``
    and their targets by ``target_across`` (weighted by each line's realised figure). The
    years follow each other: their combinations then combine by ``over_time`` and
    ``target_over_time`` (a stock over a range across two years is the later year's).

    >>> ratio = ('count', 'count')
    >>> target, figure = combine_lines([(80, Figure('ratio', 9, 10, parts=ratio)),
    ...                                 (60, Figure('ratio', 15, 30, parts=ratio))], 'ratio')
    >>> target, figure.value  # 24 / 40; targets weighted 10 and 30
    (65.0, 60.0)
    >>> combine_lines([(100, None), (50, Figure('count', 30))], 'count')[0]
    150.0
    >>> stocks = [(90, Figure('last', 90, date='2019-12-31'), 2019),
    ...           (40, Figure('last', 45, date='2020-06-30'), 2020),
    ...           (10, Figure('last', 5, date='2020-06-30'), 2020)]
    >>> target, figure = combine_lines(stocks, 'last')
    >>> target, figure.value  # two units at the end of the range, not 2019's stock on top
    (50.0, 50.0)
    """
    years = {}
    for item in items:
        target, figure = item[0], item[1]
        years.setdefault(item[2] if len(item) > 2 else 0, []).append((target, figure))
    combined = []
    for _year, pairs in sorted(years.items()):
        combined.append((
            target_across([(target, weight(figure)) for target, figure in pairs], kind),
            across([figure for _target, figure in pairs])))
    if len(combined) == 1:
        return combined[0]
    return (target_over_time([target for target, _figure in combined], kind),
            over_time([figure for _target, figure in combined]))

"""One-to-one B2B meeting scheduler (plain Python, no Odoo).

Input: requested meetings between two companies with a priority, a number of time slots and
a number of tables. Output: meetings (slot, table, company a, company b) such that a company
never has two meetings in the same slot, a table never hosts two meetings in the same slot,
and a pair of companies meets at most once. Greedy: requests are taken by decreasing
priority (ties: the order given), each in the first slot where both companies are free,
at the first free table of that slot; companies unavailable in a slot are skipped there.
"""
from collections import namedtuple

Meeting = namedtuple('Meeting', ['slot', 'table', 'company_a', 'company_b', 'priority'])


def normalize_requests(requests):
    """Merge requests ``(a, b, priority)`` into one per unordered pair, summing priorities
    (a meeting both companies asked for comes first). Self-meetings are dropped.
    Returns ``[(a, b, priority)]`` in first-seen order."""
    merged = {}
    order = []
    for company_a, company_b, priority in requests:
        if company_a == company_b:
            continue
        key = frozenset((company_a, company_b))
        if key not in merged:
            merged[key] = [company_a, company_b, 0]
            order.append(key)
        merged[key][2] += priority
    return [tuple(merged[key]) for key in order]


def schedule(requests, slot_count, table_count, unavailable=None, max_per_company=None):
    """Build the meetings.

    :param requests: iterable of ``(company_a, company_b, priority)``; companies are any
        hashable ids; duplicates and reversed pairs are merged.
    :param slot_count: number of time slots (>= 0)
    :param table_count: number of tables (>= 0)
    :param unavailable: optional ``{company: set(slot indexes)}`` when a company is absent
    :param max_per_company: optional cap on meetings per company
    :return: ``(meetings, unscheduled)``: a list of :class:`Meeting` sorted by slot then
        table, and the requests ``(a, b, priority)`` that found no place.
    """
    unavailable = unavailable or {}
    pairs = normalize_requests(requests)
    # stable sort: by decreasing priority, ties keep the given order
    ranked = sorted(enumerate(pairs), key=lambda item: (-item[1][2], item[0]))
    busy = {}          # company -> set of slots
    tables_used = {}   # slot -> set of tables
    counts = {}
    meetings = []
    unscheduled = []
    for _index, (company_a, company_b, priority) in ranked:
        if max_per_company is not None and (
                counts.get(company_a, 0) >= max_per_company
                or counts.get(company_b, 0) >= max_per_company):
            unscheduled.append((company_a, company_b, priority))
            continue
        placed = False
        for slot in range(slot_count):
            if slot in busy.get(company_a, ()) or slot in busy.get(company_b, ()):
                continue
            if slot in unavailable.get(company_a, ()) or slot in unavailable.get(company_b, ()):
                continue
            used = tables_used.setdefault(slot, set())
            if len(used) >= table_count:
                continue
            table = next(t for t in range(table_count) if t not in used)
            used.add(table)
            busy.setdefault(company_a, set()).add(slot)
            busy.setdefault(company_b, set()).add(slot)
            counts[company_a] = counts.get(company_a, 0) + 1
            counts[company_b] = counts.get(company_b, 0) + 1
            meetings.append(Meeting(slot, table, company_a, company_b, priority))
            placed = True
            break
        if not placed:
            unscheduled.append((company_a, company_b, priority))
    meetings.sort(key=lambda m: (m.slot, m.table))
    return meetings, unscheduled


def check_schedule(meetings, slot_count, table_count):
    """The list of broken invariants (empty when the schedule is sound)."""
    problems = []
    seen_company = set()
    seen_table = set()
    seen_pair = set()
    for meeting in meetings:
        if not 0 <= meeting.slot < slot_count:
            problems.append('slot out of range: %r' % (meeting,))
        if not 0 <= meeting.table < table_count:
            problems.append('table out of range: %r' % (meeting,))
        if meeting.company_a == meeting.company_b:
            problems.append('company meets itself: %r' % (meeting,))
        for company in (meeting.company_a, meeting.company_b):
            if (company, meeting.slot) in seen_company:
                problems.append('company double-booked: %r in slot %s'
                                % (company, meeting.slot))
            seen_company.add((company, meeting.slot))
        if (meeting.table, meeting.slot) in seen_table:
            problems.append('table double-booked: %s in slot %s'
                            % (meeting.table, meeting.slot))
        seen_table.add((meeting.table, meeting.slot))
        pair = frozenset((meeting.company_a, meeting.company_b))
        if pair in seen_pair:
            problems.append('pair met twice: %r' % (meeting,))
        seen_pair.add(pair)
    return problems


def match_wishes(wishes):
    """Requests from stated offers and wishes.

    :param wishes: iterable of dicts with ``company``, ``kind`` ('offer' | 'seek'),
        ``sector`` (any hashable or None), ``target`` (a company explicitly asked for, or
        None) and ``priority`` (int, higher first).
    :return: ``[(a, b, priority)]``: explicit targets with their priority; and for each
        "seek" in a sector, every other company offering in that sector, with the seeker's
        priority (the scheduler merges both directions).
    """
    offers = {}
    for wish in wishes:
        if wish.get('kind') == 'offer' and wish.get('sector') is not None:
            offers.setdefault(wish['sector'], []).append(wish['company'])
    requests = []
    for wish in wishes:
        priority = wish.get('priority') or 1
        if wish.get('target') is not None:
            requests.append((wish['company'], wish['target'], priority))
        elif wish.get('kind') == 'seek' and wish.get('sector') is not None:
            for company in offers.get(wish['sector'], ()):
                if company != wish['company']:
                    requests.append((wish['company'], company, priority))
    return requests

import random
import unittest

from ..tools import b2b_scheduler
from ..tools.b2b_scheduler import check_schedule, match_wishes, schedule


class TestB2bScheduler(unittest.TestCase):
    """The plain-Python scheduler: never double-books a company or a table in a slot."""

    def test_simple_schedule(self):
        meetings, unscheduled = schedule([('A', 'B', 1), ('A', 'C', 1), ('B', 'C', 1)], 3, 1)
        self.assertEqual(len(meetings), 3)
        self.assertEqual(unscheduled, [])
        self.assertEqual(check_schedule(meetings, 3, 1), [])

    def test_priority_first(self):
        # one slot, one table: the high-priority pair wins
        meetings, unscheduled = schedule([('A', 'B', 1), ('C', 'D', 5)], 1, 1)
        self.assertEqual([(m.company_a, m.company_b) for m in meetings], [('C', 'D')])
        self.assertEqual(unscheduled, [('A', 'B', 1)])

    def test_reversed_pairs_merged(self):
        pairs = b2b_scheduler.normalize_requests([('A', 'B', 1), ('B', 'A', 2), ('C', 'C', 3)])
        self.assertEqual(pairs, [('A', 'B', 3)])

    def test_no_table_no_meeting(self):
        meetings, unscheduled = schedule([('A', 'B', 1)], 5, 0)
        self.assertEqual(meetings, [])
        self.assertEqual(len(unscheduled), 1)

    def test_unavailable_slot_skipped(self):
        meetings, _unscheduled = schedule([('A', 'B', 1)], 3, 1, unavailable={'A': {0, 1}})
        self.assertEqual(meetings[0].slot, 2)

    def test_cap_per_company(self):
        meetings, unscheduled = schedule(
            [('A', 'B', 1), ('A', 'C', 1), ('A', 'D', 1)], 5, 5, max_per_company=2)
        self.assertEqual(len(meetings), 2)
        self.assertEqual(len(unscheduled), 1)

    def test_checker_detects_conflicts(self):
        Meeting = b2b_scheduler.Meeting
        bad = [Meeting(0, 0, 'A', 'B', 1), Meeting(0, 0, 'A', 'C', 1)]
        problems = check_schedule(bad, 1, 1)
        self.assertTrue(any('company double-booked' in p for p in problems))
        self.assertTrue(any('table double-booked' in p for p in problems))

    def test_match_wishes(self):
        wishes = [
            {'company': 1, 'kind': 'offer', 'sector': 'agro', 'priority': 1},
            {'company': 2, 'kind': 'seek', 'sector': 'agro', 'priority': 2},
            {'company': 3, 'kind': 'seek', 'sector': 'btp', 'priority': 1},
            {'company': 4, 'kind': 'seek', 'sector': None, 'target': 1, 'priority': 3},
        ]
        self.assertEqual(sorted(match_wishes(wishes)), [(2, 1, 2), (4, 1, 3)])

    def test_randomised_invariants(self):
        """Random inputs: no company or table is ever double-booked, every pair meets at
        most once, and no requested pair is both scheduled and reported unscheduled."""
        for seed in range(300):
            rnd = random.Random(seed)
            companies = list(range(rnd.randint(0, 25)))
            slots = rnd.randint(0, 10)
            tables = rnd.randint(0, 8)
            requests = []
            for _i in range(rnd.randint(0, 80)):
                if len(companies) < 2:
                    break
                a, b = rnd.sample(companies, 2)
                requests.append((a, b, rnd.randint(1, 5)))
            unavailable = {c: set(rnd.sample(range(slots), rnd.randint(0, slots)))
                           for c in companies if slots and rnd.random() < 0.2}
            cap = rnd.choice([None, 1, 2, 3])
            meetings, unscheduled = schedule(requests, slots, tables,
                                             unavailable=unavailable, max_per_company=cap)
            self.assertEqual(check_schedule(meetings, slots, tables), [],
                             'seed %s' % seed)
            for meeting in meetings:
                self.assertNotIn(meeting.slot, unavailable.get(meeting.company_a, ()))
                self.assertNotIn(meeting.slot, unavailable.get(meeting.company_b, ()))
            scheduled = {frozenset((m.company_a, m.company_b)) for m in meetings}
            left = {frozenset(r[:2]) for r in unscheduled}
            self.assertFalse(scheduled & left, 'seed %s' % seed)
            requested = {frozenset(r[:2]) for r in b2b_scheduler.normalize_requests(requests)}
            self.assertEqual(scheduled | left, requested, 'seed %s' % seed)
            if cap:
                counts = {}
                for meeting in meetings:
                    for company in (meeting.company_a, meeting.company_b):
                        counts[company] = counts.get(company, 0) + 1
                self.assertTrue(all(count <= cap for count in counts.values()))

    def test_randomised_greedy_is_maximal(self):
        """An unscheduled pair (without cap or unavailability) found no slot where both
        companies were free and a table was left: the greedy schedule cannot be extended."""
        for seed in range(200):
            rnd = random.Random(1000 + seed)
            companies = list(range(rnd.randint(2, 15)))
            slots, tables = rnd.randint(1, 6), rnd.randint(1, 4)
            requests = [tuple(rnd.sample(companies, 2)) + (rnd.randint(1, 3),)
                        for _i in range(rnd.randint(1, 40))]
            meetings, unscheduled = schedule(requests, slots, tables)
            busy = {}
            used = {}
            for meeting in meetings:
                busy.setdefault(meeting.company_a, set()).add(meeting.slot)
                busy.setdefault(meeting.company_b, set()).add(meeting.slot)
                used[meeting.slot] = used.get(meeting.slot, 0) + 1
            for a, b, _priority in unscheduled:
                for slot in range(slots):
                    free = (slot not in busy.get(a, ()) and slot not in busy.get(b, ())
                            and used.get(slot, 0) < tables)
                    self.assertFalse(free, 'seed %s: %s-%s fits in slot %s' % (
                        seed, a, b, slot))

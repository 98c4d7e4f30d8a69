"""The organisation rules as plain functions: no database."""
import unittest

from ..models.structure_rules import (
    ANNEX_DIRECTION_SITE, PARENT_SITE, order_parents_first, unit_site_error)


class TestUnitSiteRule(unittest.TestCase):

    def test_unit_on_its_parent_site(self):
        self.assertIsNone(unit_site_error('service', 1, 'head_office', 1))

    def test_unit_on_another_site_than_its_parent(self):
        self.assertEqual(unit_site_error('service', 2, 'annex', 1), PARENT_SITE)

    def test_unit_without_site_under_a_sited_parent(self):
        self.assertEqual(unit_site_error('department', False, False, 1), PARENT_SITE)

    def test_root_unit_is_free(self):
        self.assertIsNone(unit_site_error('presidency', 1, 'head_office', False))

    def test_annex_direction_on_an_annex_under_the_head_office(self):
        self.assertIsNone(unit_site_error('annex_direction', 2, 'annex', 1))

    def test_annex_direction_on_the_head_office(self):
        self.assertEqual(unit_site_error('annex_direction', 1, 'head_office', 1),
                         ANNEX_DIRECTION_SITE)


class TestParentsFirst(unittest.TestCase):
    PARENTS = {'DR': 'PRES', 'DAP': 'DR', 'DAP-FN': 'DAP', 'PRES': None, 'KEN-DA': 'DR'}

    def test_children_after_parents(self):
        ordered = order_parents_first(['DAP-FN', 'KEN-DA', 'DAP', 'DR', 'PRES'],
                                      self.PARENTS.get)
        for child, parent in self.PARENTS.items():
            if parent:
                self.assertLess(ordered.index(parent), ordered.index(child))

    def test_order_kept_when_already_right(self):
        items = ['PRES', 'DR', 'DAP', 'DAP-FN']
        self.assertEqual(order_parents_first(items, self.PARENTS.get), items)

    def test_outside_parents_are_ignored(self):
        self.assertEqual(order_parents_first(['DAP-FN'], self.PARENTS.get), ['DAP-FN'])

    def test_loop_is_refused(self):
        with self.assertRaises(ValueError):
            order_parents_first(['A', 'B'], {'A': 'B', 'B': 'A'}.get)

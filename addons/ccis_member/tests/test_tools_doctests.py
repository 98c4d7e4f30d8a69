import doctest
import unittest

from ..tools import identifiers, matching, normalize, spreadsheet, sqlcopy, xlsx_stream


class TestToolsDoctests(unittest.TestCase):
    """The examples in the docstrings of the pure tools are checked."""

    def test_doctests(self):
        for module in (identifiers, matching, normalize, spreadsheet, sqlcopy, xlsx_stream):
            with self.subTest(module=module.__name__):
                result = doctest.testmod(module)
                self.assertGreater(result.attempted, 0)
                self.assertEqual(result.failed, 0)

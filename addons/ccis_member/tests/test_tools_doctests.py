import doctest
import unittest

from odoo.tests.common import TransactionCase

from ..tools import identifiers, matching, normalize, spreadsheet, sqlcopy, xlsx_stream


class TestToolsDoctests(unittest.TestCase):
    """The examples in the docstrings of the pure tools are checked."""

    def test_doctests(self):
        for module in (identifiers, matching, normalize, spreadsheet, sqlcopy, xlsx_stream):
            with self.subTest(module=module.__name__):
                result = doctest.testmod(module)
                self.assertGreater(result.attempted, 0)
                self.assertEqual(result.failed, 0)


class TestCopyRows(TransactionCase):
    """Rows sent to PostgreSQL by one streamed COPY (the member import's path)."""

    def setUp(self):
        super(TestCopyRows, self).setUp()
        self.cr.execute('CREATE TEMPORARY TABLE ccis_test_copy (id int, name text, ok boolean)')

    def _rows(self):
        self.cr.execute('SELECT id, name, ok FROM ccis_test_copy ORDER BY id')
        return self.cr.fetchall()

    def test_rows_stored_as_given(self):
        rows = [(index, 'Société\t%d\\n' % index, index % 2 == 0) for index in range(5000)]
        rows.append((5000, None, None))
        self.assertTrue(sqlcopy.copy_rows(self.cr, 'COPY ccis_test_copy FROM STDIN', rows))
        self.assertEqual(self._rows(), rows)

    def test_a_value_copy_cannot_take_writes_nothing(self):
        """A binary among the rows: nothing is written, the caller is told, and the
        transaction goes on (the import then inserts the rows)."""
        rows = [(1, 'Atlas', True), (2, b'\x00binary', False)]
        self.assertFalse(sqlcopy.copy_rows(self.cr, 'COPY ccis_test_copy FROM STDIN', rows))
        self.assertEqual(self._rows(), [])

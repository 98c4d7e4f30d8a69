import doctest

from odoo.tests.common import BaseCase

from ..tools import schedule


class TestTools(BaseCase):

    def test_doctests(self):
        failed, attempted = doctest.testmod(schedule)
        self.assertTrue(attempted)
        self.assertFalse(failed)

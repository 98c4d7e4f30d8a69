import doctest

from odoo.tests.common import BaseCase

from ..tools import term


class TestTools(BaseCase):

    def test_doctests(self):
        failed, attempted = doctest.testmod(term)
        self.assertTrue(attempted)
        self.assertFalse(failed)

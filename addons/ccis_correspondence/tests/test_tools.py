import doctest

from odoo.tests.common import BaseCase

from ..tools import delay


class TestTools(BaseCase):

    def test_doctests(self):
        failed, attempted = doctest.testmod(delay)
        self.assertTrue(attempted)
        self.assertFalse(failed)

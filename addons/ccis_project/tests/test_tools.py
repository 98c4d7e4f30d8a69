import doctest

from odoo.tests.common import BaseCase

from ..tools import project


class TestTools(BaseCase):

    def test_doctests(self):
        failed, attempted = doctest.testmod(project)
        self.assertTrue(attempted)
        self.assertFalse(failed)

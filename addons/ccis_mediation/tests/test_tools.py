import doctest

from odoo.tests.common import BaseCase

from ..tools import mediation


class TestTools(BaseCase):

    def test_doctests(self):
        failed, attempted = doctest.testmod(mediation)
        self.assertTrue(attempted)
        self.assertFalse(failed)

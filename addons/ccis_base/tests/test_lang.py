import doctest

from odoo.tests.common import SavepointCase

from odoo.addons.ccis_base.tools import lang


class TestLang(SavepointCase):
    """The languages the suite writes in: tools/lang.py's rules (doctests) and the reports."""

    def test_rules(self):
        failures, tried = doctest.testmod(lang)
        self.assertTrue(tried)
        self.assertFalse(failures)

    def test_document_language(self):
        """A suite document asked in a language it is not written in comes in French."""
        ResLang = self.env['res.lang']
        self.assertEqual(ResLang._ccis_document_code('en_US'), 'fr_FR')
        self.assertEqual(ResLang._ccis_document_code('fr_FR'), 'fr_FR')
        arabic = ResLang._ccis_arabic_code()
        if arabic:
            self.assertEqual(ResLang._ccis_document_code(arabic), arabic)

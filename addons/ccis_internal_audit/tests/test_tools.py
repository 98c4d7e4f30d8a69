import doctest
import os
import re

from odoo.tests.common import BaseCase

from ..tools import recommendation


class TestTools(BaseCase):

    def test_doctests(self):
        failed, attempted = doctest.testmod(recommendation)
        self.assertTrue(attempted)
        self.assertFalse(failed)

    def test_arabic_translation_complete(self):
        """Every term of the .pot has its Arabic in ar.po (and its French in fr.po)."""
        folder = os.path.join(os.path.dirname(os.path.dirname(__file__)), 'i18n')
        entry = re.compile(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', re.M)

        def terms(name):
            with open(os.path.join(folder, name), encoding='utf-8') as po:
                return {msgid: msgstr for msgid, msgstr in entry.findall(po.read())
                        if msgid != '""\n'}

        template = terms('ccis_internal_audit.pot')
        self.assertGreater(len(template), 150)
        for lang in ('ar.po', 'fr.po'):
            translated = terms(lang)
            self.assertEqual(set(translated), set(template), lang)
            empty = [msgid for msgid, msgstr in translated.items() if msgstr.strip() == '""']
            self.assertFalse(empty, '%s: untranslated %s' % (lang, empty[:3]))

import unittest

from odoo.exceptions import ValidationError

from ..tools import identifiers, normalize
from .common import MemberCase, new_ice


class TestIdentifierFunctions(unittest.TestCase):
    """Pure functions, no database."""

    def test_ice_valid(self):
        self.assertIsNone(identifiers.check_ice('001561191000066'))

    def test_ice_bad_checksum(self):
        self.assertEqual(identifiers.check_ice('001561191000065'), 'checksum')

    def test_ice_length(self):
        self.assertEqual(identifiers.check_ice('00156119100006'), 'length')

    def test_ice_letters(self):
        self.assertEqual(identifiers.check_ice('00156119100006A'), 'digits')

    def test_ice_with_spaces_is_cleaned(self):
        self.assertEqual(identifiers.clean_ice(' 001 561 191 000 066 '), '001561191000066')
        self.assertIsNone(identifiers.check_ice('001 561 191-000.066'))

    def test_make_ice_is_valid(self):
        ice = identifiers.make_ice(1561191)
        self.assertEqual(ice, '001561191000066')
        self.assertEqual(int(identifiers.make_ice(123456789, 12)) % 97, 0)

    def test_if(self):
        self.assertIsNone(identifiers.check_if('1234567'))
        self.assertIsNone(identifiers.check_if('12345678'))
        self.assertEqual(identifiers.check_if('123456'), 'length')
        self.assertEqual(identifiers.check_if('12A4567'), 'digits')

    def test_cin(self):
        self.assertIsNone(identifiers.check_cin('a123456'))
        self.assertIsNone(identifiers.check_cin('BK 98765'))
        self.assertEqual(identifiers.check_cin('123456'), 'format')
        self.assertEqual(identifiers.check_cin('ABC12345'), 'format')

    def test_name_key_case_accents_spacing(self):
        self.assertEqual(normalize.name_key('  STÉ  Atlas   Textile SARL '),
                         normalize.name_key('atlas textile'))

    def test_name_key_arabic_variants(self):
        self.assertEqual(normalize.name_key('تعاونيّة الأمل'), normalize.name_key('تعاونية الامل'))

    def test_skeleton_arabic_latin(self):
        self.assertEqual(normalize.name_skeleton('Coopérative Al Amal'),
                         normalize.name_skeleton('تعاونية الأمل'))
        self.assertEqual(normalize.name_skeleton('Atlas Textile'),
                         normalize.name_skeleton('أطلس تكستيل'))
        self.assertNotEqual(normalize.name_skeleton('Atlas Textile'),
                            normalize.name_skeleton('Menara Bois'))


class TestIdentifierConstraints(MemberCase):

    def test_ice_stored_without_spaces(self):
        member = self.create_member(ccis_ice='001 561 191 000066')
        self.assertEqual(member.ccis_ice, '001561191000066')

    def test_invalid_ice_message_names_member_and_field(self):
        with self.assertRaisesRegex(ValidationError,
                                    "Ressortissant « Alpha Bois » : l'ICE 001561191000065 "
                                    "n'est pas valide"):
            self.create_member(name='Alpha Bois', ccis_ice='001561191000065')

    def test_short_ice_refused(self):
        with self.assertRaisesRegex(ValidationError, "doit compter 15 chiffres"):
            self.create_member(name='Beta', ccis_ice='12345')

    def test_duplicate_ice_refused(self):
        ice = new_ice()
        self.create_member(name='Premier', ccis_ice=ice)
        with self.assertRaisesRegex(ValidationError,
                                    "Ressortissant « Second » : l'ICE %s est déjà celui du "
                                    "ressortissant « Premier »" % ice):
            self.create_member(name='Second', ccis_ice=ice)

    def test_duplicate_ice_refused_with_spaces(self):
        ice = new_ice()
        self.create_member(name='Premier', ccis_ice=ice)
        spaced = '%s %s %s' % (ice[:3], ice[3:9], ice[9:])
        with self.assertRaises(ValidationError):
            self.create_member(name='Second', ccis_ice=spaced)

    def test_if_must_be_numeric(self):
        with self.assertRaisesRegex(ValidationError, "l'identifiant fiscal 12AB567 doit être "
                                                     "numérique"):
            self.create_member(name='Gamma', ccis_if='12AB567')

    def test_cin_format(self):
        with self.assertRaisesRegex(ValidationError, "la CIN du dirigeant 99999"):
            self.create_member(name='Delta', ccis_manager_cin='99999')

    def test_rc_needs_court(self):
        with self.assertRaisesRegex(ValidationError, "doit être accompagné du tribunal"):
            self.create_member(name='Epsilon', ccis_rc='1234', ccis_court_id=False)

    def test_name_search_by_ice(self):
        result = self.Partner.name_search(self.member_rabat.ccis_ice)
        self.assertEqual([r[0] for r in result], [self.member_rabat.id])

    def test_name_search_orders_like_odoo(self):
        """Display-name matches first, by display name, then e-mail matches; limit kept."""
        zeta_b = self.create_member(name='Zetaquartz B')
        zeta_a = self.create_member(name='Zetaquartz A')
        by_mail = self.create_member(name='Autre Société', email='contact@zetaquartz.ma')
        result = self.Partner.name_search('zetaquartz', [('ccis_is_member', '=', True)])
        self.assertEqual([r[0] for r in result], [zeta_a.id, zeta_b.id, by_mail.id])
        limited = self.Partner.name_search('zetaquartz', [('ccis_is_member', '=', True)], limit=2)
        self.assertEqual([r[0] for r in limited], [zeta_a.id, zeta_b.id])

    def test_member_flag_from_context_starts_the_lifecycle(self):
        """Odoo's own import and the menus give the member flag as a context default."""
        partner = self.Partner.with_context(default_ccis_is_member=True).create({
            'name': 'Importée par Odoo', 'is_company': True})
        self.assertTrue(partner.ccis_is_member)
        self.assertEqual(partner.ccis_state, 'prospect')
        self.assertEqual(partner.ccis_status_history_ids.mapped('new_state'), ['prospect'])

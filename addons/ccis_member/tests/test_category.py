from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, ValidationError
from odoo.tools import mute_logger

from .common import MemberCase


class TestMemberCategory(MemberCase):
    """The member categories (issue #12): records of data, shared by the sectors and the
    members, with a checked and unique code."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Category = cls.env['ccis.member.category']
        cls.commerce = cls.env.ref('ccis_member.ccis_member_category_commerce')
        cls.artisanat = cls.env.ref('ccis_member.ccis_member_category_artisanat')

    def test_categories_of_the_chamber(self):
        self.assertEqual(
            self.Category.search([]).mapped('code'),
            ['commerce', 'industrie', 'services', 'artisanat'])

    def test_member_takes_category_of_sector(self):
        member = self.create_member(ccis_sector_id=self.sector_pottery.id)
        self.assertEqual(member.ccis_category_id, self.artisanat)
        self.assertEqual(self.sector_textile.category_id,
                         self.env.ref('ccis_member.ccis_member_category_industrie'))

    def test_wrong_code_refused_in_french(self):
        with self.assertRaisesRegex(ValidationError,
                                    "Catégorie « Pêche » : le code « Pêche maritime » "
                                    "n'est pas valide"):
            self.Category.create({'name': 'Pêche', 'code': 'Pêche maritime'})
        self.assertTrue(self.Category.create({'name': 'Pêche', 'code': 'peche_maritime'}))

    @mute_logger('odoo.sql_db')
    def test_code_unique(self):
        with self.assertRaises(IntegrityError):
            self.Category.create({'name': 'Commerce bis', 'code': 'commerce'})

    def test_sub_sector_keeps_parent_category(self):
        parent = self.env.ref('ccis_member.ccis_member_sector_com')
        with self.assertRaisesRegex(ValidationError, "la catégorie doit être celle du secteur "
                                                     "parent"):
            self.env['ccis.member.sector'].create({
                'name': 'Négoce artisanal', 'code': 'COM-TEST', 'parent_id': parent.id,
                'category_id': self.artisanat.id})

    def test_staff_reads_but_does_not_change_categories(self):
        category = self.commerce.sudo(self.user_agent)
        self.assertEqual(category.name, 'Commerce')
        with self.assertRaises(AccessError):
            category.write({'name': 'X'})

    def test_sector_path_in_the_user_language(self):
        """A sector reads as its path in the user's language: French for a French user (its
        stored complete name), Arabic for an Arabic one, whatever the language of the stored
        name."""
        sector = self.sector_textile
        self.assertTrue(sector.parent_id)
        self.assertEqual(sector.name_get()[0][1], sector.complete_name)
        arabic = sector.with_context(lang='ar_MA')
        path = arabic.name_get()[0][1]
        self.assertEqual(path, '%s / %s' % (arabic.parent_id.name, arabic.name))
        self.assertIn('النسيج', path)
        self.assertNotIn('Textile', path)

    def test_sector_names_follow_their_changes(self):
        """The sectors' paths come from a cache (no query for a list's sectors), which
        follows a renamed parent, a changed translation and a sector created since."""
        sector = self.sector_textile
        sector.name_get()
        queries = self.env.cr.sql_log_count
        sector.name_get()
        sector.parent_id.name_get()
        self.assertEqual(self.env.cr.sql_log_count, queries, 'the cached names were read again')
        parent = sector.parent_id
        parent.write({'name': 'Industries (renommé)'})
        self.assertEqual(sector.name_get()[0][1], 'Industries (renommé) / %s' % sector.name)
        self.env['ir.translation'].search([
            ('name', '=', 'ccis.member.sector,name'), ('res_id', '=', sector.id),
            ('lang', '=', 'ar_MA')]).write({'value': 'نسيج (مترجم)'})
        self.assertTrue(sector.with_context(lang='ar_MA').name_get()[0][1].endswith(
            '/ نسيج (مترجم)'))
        child = self.env['ccis.member.sector'].create({
            'name': 'Tissage test', 'code': 'TEST-TIS', 'parent_id': sector.id,
            'category_id': sector.category_id.id})
        self.assertEqual(child.name_get()[0][1],
                         'Industries (renommé) / %s / Tissage test' % sector.name)

from .common import PortalCase


class TestDirectory(PortalCase):
    """Who the public directory shows and what of them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.member_a.write({'ccis_directory_published': True, 'ccis_directory_show_phone': True,
                            'name': 'Zzyzx Alpha Confection'})
        cls.member_b.write({'ccis_directory_published': True, 'name': 'Zzyzx Bravo Conserves'})
        cls.Partner = cls.env['res.partner'].sudo(cls.env.ref('base.public_user'))

    def test_published_active_only(self):
        cards, has_next = self.Partner._ccis_directory_page(search='zzyzx')
        self.assertEqual([c['name'] for c in cards],
                         ['Zzyzx Alpha Confection', 'Zzyzx Bravo Conserves'])
        self.assertFalse(has_next)
        self.member_b._ccis_set_state('dormant', 'Cessation temporaire')
        cards, _next = self.Partner._ccis_directory_page(search='zzyzx')
        self.assertEqual([c['name'] for c in cards], ['Zzyzx Alpha Confection'])
        self.assertIsNone(self.Partner._ccis_directory_member(self.member_b.id))
        self.member_a.write({'ccis_directory_published': False})
        self.assertIsNone(self.Partner._ccis_directory_member(self.member_a.id))
        # a partner that is no member at all
        self.assertIsNone(self.Partner._ccis_directory_member(self.contact_a.id))

    def test_card_holds_published_values_only(self):
        card = self.Partner._ccis_directory_member(self.member_a.id)
        self.assertEqual(card['phone'], '+212 500 00 00 01')
        self.assertEqual(card['city'], 'Ville A')
        self.assertNotIn('email', card)
        self.assertNotIn('address', card)
        self.assertEqual(sorted(card), ['city', 'id', 'name', 'phone', 'province', 'sector'])

    def test_filters_and_pages(self):
        kenitra = self.env.ref('ccis_base.ccis_province_kenitra')
        cards, _next = self.Partner._ccis_directory_page(search='zzyzx',
                                                         province_id=kenitra.id)
        self.assertEqual([c['name'] for c in cards], ['Zzyzx Bravo Conserves'])
        pottery = self.env.ref('ccis_member.ccis_member_sector_art_pot')
        cards, _next = self.Partner._ccis_directory_page(search='zzyzx', sector_id=pottery.id)
        self.assertEqual(cards, [])
        cards, has_next = self.Partner._ccis_directory_page(search='zzyzx', per_page=1)
        self.assertEqual([c['name'] for c in cards], ['Zzyzx Alpha Confection'])
        self.assertTrue(has_next)
        cards, has_next = self.Partner._ccis_directory_page(search='zzyzx', per_page=1, page=2)
        self.assertEqual([c['name'] for c in cards], ['Zzyzx Bravo Conserves'])
        self.assertFalse(has_next)

import doctest

from ..models import res_partner_search
from .common import MemberCase


class TestNameSearchMatchesFirst(MemberCase):
    """A list searched by a part of the name gathers the matches first: the same records,
    in the same order, page after page, under each user's record rules."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # names that sort apart, some sharing the searched word, some its accented twin
        for index, (name, province) in enumerate([
                ('Zeltrox Textile', 'province_rabat'), ('Atelier Zeltrox', 'province_kenitra'),
                ('Boulangerie zeltrox', 'province_rabat'), ('Zeltroxine', 'province_kenitra'),
                ('Coopérative Zeltrox Sud', 'province_rabat'), ('Zeltro', 'province_rabat'),
                ('Mzeltroxa', 'province_kenitra'), ('Zeltrox Zeltrox', 'province_sale')]):
            cls.create_member(name=name, ccis_province_id=getattr(cls, province).id,
                              ccis_acronym='ZX%d' % index)

    def assertSameAsOdoo(self, user, domain, **kwargs):
        """The suite's search (the bounded walk: here it answers in time) and the matches
        gathered first give Odoo's records in Odoo's order."""
        Partner = self.env['res.partner'].sudo(user)
        ours = Partner.search(domain, **kwargs)
        gathered = Partner.with_context(ccis_search_gather=True).search(domain, **kwargs)
        odoo = Partner.with_context(ccis_search_in_order=True).search(domain, **kwargs)
        self.assertEqual(ours.ids, odoo.ids)
        self.assertEqual(gathered.ids, odoo.ids)
        return ours

    def test_same_pages_as_odoo(self):
        domain = [('ccis_is_member', '=', True), ('name', 'ilike', 'zeltrox')]
        everything = self.env['res.partner'].search(domain)
        self.assertEqual(len(everything), 7)
        pages = [self.assertSameAsOdoo(self.env.user, domain, limit=3, offset=offset)
                 for offset in (0, 3, 6, 9)]
        self.assertEqual([len(page) for page in pages], [3, 3, 1, 0])
        self.assertEqual(sum((page.ids for page in pages), []), everything.ids)
        self.assertEqual([partner.display_name for partner in pages[0]],
                         sorted(everything.mapped('display_name'))[:3])

    def test_other_orders_and_domains(self):
        domain = ['|', '|', ('name', 'ilike', 'zeltrox'), ('ccis_name_ar', 'ilike', 'zeltrox'),
                  ('ccis_acronym', 'ilike', 'zeltrox')]
        self.assertSameAsOdoo(self.env.user, domain, limit=4, order='name desc')
        self.assertSameAsOdoo(self.env.user, domain, limit=4, order='ccis_acronym, id desc')
        # ordered by a related table's column: Odoo's query as it is
        self.assertSameAsOdoo(self.env.user, domain, limit=4, order='ccis_province_id')

    def test_record_rules_apply(self):
        domain = [('ccis_is_member', '=', True), ('name', 'ilike', 'zeltrox')]
        for user in (self.user_agent, self.user_annex, self.user_direction):
            seen = self.assertSameAsOdoo(user, domain, limit=80)
            allowed = self.env['res.partner'].sudo(user).with_context(
                ccis_search_in_order=True).search(domain)
            self.assertEqual(seen, allowed)

    def test_walk_cancelled_in_time(self):
        """A walk that takes too long is cancelled and leaves the transaction usable (the
        matches are then gathered); the statement timeout is the server's again after it."""
        self.env.cr.execute('SHOW statement_timeout')
        before = self.env.cr.fetchone()[0]
        Partner = self.env['res.partner']
        self.assertIsNone(Partner._ccis_bounded_walk('SELECT pg_sleep(1)', ()))
        self.assertEqual(Partner._ccis_bounded_walk('SELECT 1', ()), [(1,)])
        self.env.cr.execute('SHOW statement_timeout')
        self.assertEqual(self.env.cr.fetchone()[0], before)
        self.assertTrue(Partner.search([('name', 'ilike', 'zeltrox')], limit=2))

    def test_doctests(self):
        result = doctest.testmod(res_partner_search)
        self.assertGreater(result.attempted, 0)
        self.assertEqual(result.failed, 0)

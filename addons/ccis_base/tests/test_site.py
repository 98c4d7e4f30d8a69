from odoo.exceptions import ValidationError

from .common import CcisBaseCommon


class TestSite(CcisBaseCommon):

    def test_site_serving_a_listed_province(self):
        site = self.Site.get_site_for_province(self.el_jadida, self.chamber)
        self.assertEqual(site, self.site_a)

    def test_site_for_province_by_id(self):
        self.assertEqual(self.Site.get_site_for_province(self.settat.id), self.site_b)

    def test_head_office_serves_the_unlisted_provinces_of_its_region(self):
        self.assertEqual(self.Site.get_site_for_province(self.berrechid, self.chamber),
                         self.site_ho)

    def test_no_site_for_a_province_of_another_region(self):
        self.assertFalse(self.Site.get_site_for_province(self.agadir, self.chamber))

    def test_a_province_is_served_by_one_site_of_a_chamber(self):
        with self.assertRaisesRegex(ValidationError, "est déjà desservie par le site "
                                                     "« Annexe test A »"):
            self.site_b.province_ids = [(4, self.el_jadida.id)]

    def test_a_site_serves_provinces_of_its_region(self):
        with self.assertRaisesRegex(ValidationError, "n'appartient pas à la région"):
            self.site_b.province_ids = [(4, self.agadir.id)]

    def test_one_head_office_per_chamber(self):
        with self.assertRaisesRegex(ValidationError, "a déjà un siège régional"):
            self.site_b.kind = 'head_office'

    def test_site_lists_its_units(self):
        self.assertEqual(self.site_a.unit_ids, self.unit_a_da | self.unit_a_dap)
        self.assertEqual(self.site_a.unit_count, 2)
        self.assertEqual(self.chamber.head_office_id, self.site_ho)
        self.assertEqual(self.chamber.unit_count, 8)

    def test_demo_sites_serve_their_provinces(self):
        kenitra = self.env.ref('ccis_base.ccis_site_kenitra_demo', raise_if_not_found=False)
        if not kenitra:
            self.skipTest("données de démonstration absentes")
        province = self.env.ref('ccis_base.ccis_province_kenitra')
        self.assertEqual(self.Site.get_site_for_province(province, kenitra.chamber_id), kenitra)

    def test_morocco_has_twelve_regions_and_their_provinces(self):
        regions = self.env['ccis.region'].search([])
        self.assertEqual(len(regions), 12)
        rsk = self.env.ref('ccis_base.ccis_region_rabat_sale_kenitra')
        self.assertEqual(len(rsk.province_ids), 7)
        self.assertEqual(self.env['ccis.province'].search_count([]), 75)
        self.assertTrue(all(regions.mapped('name_ar')))

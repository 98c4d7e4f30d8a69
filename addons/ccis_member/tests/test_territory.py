from odoo.exceptions import ValidationError

from .common import MemberCase


class TestTerritory(MemberCase):

    def test_site_and_region_from_province(self):
        self.assertEqual(self.member_rabat.ccis_site_id, self.site_head)
        self.assertEqual(self.member_kenitra.ccis_site_id, self.site_kenitra)
        self.assertEqual(self.member_kenitra.ccis_region_id,
                         self.env.ref('ccis_base.ccis_region_rabat_sale_kenitra'))

    def test_province_outside_territory_has_no_site(self):
        member = self.create_member(
            ccis_province_id=self.env.ref('ccis_base.ccis_province_fes').id)
        self.assertFalse(member.ccis_site_id)

    def test_site_follows_territorial_competence(self):
        province = self.env.ref('ccis_base.ccis_province_sidi_slimane')
        member = self.create_member(ccis_province_id=province.id)
        self.assertEqual(member.ccis_site_id, self.site_head)
        self.site_head.write({'province_ids': [(3, province.id)]})
        self.site_kenitra.write({'province_ids': [(4, province.id)]})
        self.assertEqual(member.ccis_site_id, self.site_kenitra)

    def test_commune_must_belong_to_province(self):
        commune = self.env['ccis.commune'].create({
            'name': 'Commune de test', 'province_id': self.province_kenitra.id})
        with self.assertRaisesRegex(ValidationError, "n'appartient pas à la province"):
            self.create_member(name='Mal placé', ccis_province_id=self.province_rabat.id,
                               ccis_commune_id=commune.id)
        # in its province, then moved to another one
        member = self.create_member(name='Bien placé', ccis_province_id=self.province_kenitra.id,
                                    ccis_commune_id=commune.id)
        self.assertEqual(member.ccis_commune_id, commune)
        with self.assertRaisesRegex(ValidationError, 'Bien placé'):
            member.ccis_province_id = self.province_rabat

    def test_category_from_sector(self):
        member = self.create_member(ccis_sector_id=self.sector_pottery.id)
        self.assertEqual(member.ccis_category_id.code, 'artisanat')

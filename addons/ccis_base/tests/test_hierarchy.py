from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tools import mute_logger

from .common import CcisBaseCommon


class TestHierarchy(CcisBaseCommon):

    def test_no_cycle(self):
        with self.assertRaisesRegex(ValidationError, "ne peut pas boucler"):
            self.unit_dr.parent_id = self.unit_dap_sub

    def test_no_unit_is_its_own_parent(self):
        with self.assertRaisesRegex(ValidationError, "Unité « Appui test »"):
            self.unit_dap.parent_id = self.unit_dap

    def test_unit_takes_its_parent_site(self):
        unit = self.Unit.create({'name': 'Service X', 'code': 'T-X', 'ccis_kind': 'service',
                                 'parent_id': self.unit_a_dap.id})
        self.assertEqual(unit.site_id, self.site_a)

    def test_unit_site_must_be_its_parent_site(self):
        with self.assertRaisesRegex(ValidationError, "le site doit être celui de l'unité "
                                                     "parente « Appui annexe A »"):
            self.Unit.create({'name': 'Service Y', 'code': 'T-Y', 'ccis_kind': 'service',
                              'parent_id': self.unit_a_dap.id,
                              'site_id': self.site_ho.id})

    def test_moving_a_unit_under_another_site_is_refused(self):
        with self.assertRaises(ValidationError):
            self.unit_dap.write({'parent_id': self.unit_a_da.id})

    def test_annex_direction_may_report_to_the_head_office(self):
        self.assertEqual(self.unit_a_da.parent_id.site_id, self.site_ho)
        self.assertEqual(self.unit_a_da.site_id, self.site_a)

    def test_annex_direction_belongs_to_an_annex(self):
        with self.assertRaisesRegex(ValidationError, "une direction d'annexe doit appartenir "
                                                     "à un site de type annexe"):
            self.Unit.create({'name': 'Direction Z', 'code': 'T-Z',
                              'ccis_kind': 'annex_direction', 'site_id': self.site_ho.id,
                              'parent_id': self.unit_dr.id})

    def test_site_change_follows_down_to_the_annex_units(self):
        site_c = self._create_site('T-C', 'Annexe test C', 'annex', self.berrechid)
        self.unit_a_da.site_id = site_c
        self.assertEqual(self.unit_a_dap.site_id, site_c)
        self.assertEqual(self.note_a_dap.site_id, site_c)

    def test_site_change_does_not_cross_annex_directions(self):
        site_c = self._create_site('T-C', 'Annexe test C', 'annex', self.berrechid)
        self.unit_dr.site_id = site_c
        self.assertEqual(self.unit_dap_sub.site_id, site_c)
        self.assertEqual(self.unit_audit.site_id, site_c)
        self.assertEqual(self.unit_a_da.site_id, self.site_a)
        self.assertEqual(self.unit_a_dap.site_id, self.site_a)

    def test_code_unique_in_the_chamber(self):
        with self.assertRaisesRegex(ValidationError, "Unité « Doublon » : le code « T-DAP » "
                                                     "est déjà utilisé par l'unité « Appui test »"):
            self._create_unit('T-DAP', 'Doublon', 'service', self.site_ho, self.unit_dr)

    @mute_logger('odoo.sql_db')
    def test_code_unique_in_the_database(self):
        with self.assertRaises(IntegrityError):
            with self.cr.savepoint():
                self.cr.execute("UPDATE hr_department SET code = 'T-DAP' WHERE id = %s",
                                (self.unit_audit.id,))

    def test_code_unique_without_site(self):
        self.Unit.create({'name': 'Hors site 1', 'code': 'T-FREE'})
        with self.assertRaisesRegex(ValidationError, "le code « T-FREE » est déjà utilisé"):
            self.Unit.create({'name': 'Hors site 2', 'code': 'T-FREE'})

    def test_same_code_in_another_chamber(self):
        other = self.env['ccis.chamber'].create({'name': 'Autre chambre', 'kind': 'other'})
        site = self.Site.create({'code': 'O-HO', 'name': 'Siège autre', 'kind': 'head_office',
                                 'chamber_id': other.id})
        unit = self._create_unit('T-DAP', 'Appui autre', 'department', site)
        self.assertEqual(unit.ccis_chamber_id, other)

    def test_sub_units_of_a_user(self):
        self.assertEqual(self.manager.ccis_unit_ids, self.unit_dap | self.unit_dap_sub)
        self.assertEqual(self.manager.ccis_site_ids, self.site_ho)

    def test_annex_director_units_and_site(self):
        self.assertEqual(self.annex_director.ccis_unit_ids, self.unit_a_da | self.unit_a_dap)
        self.assertEqual(self.annex_director.ccis_site_ids, self.site_a)

    def test_a_unit_manager_without_employee_in_the_unit_has_it(self):
        self.unit_b_dap.manager_id = self.auditor.employee_ids[0]
        self.assertIn(self.unit_b_dap, self.auditor.ccis_unit_ids)

    def test_organisation_chart_report_renders(self):
        html = self.env.ref('ccis_base.ccis_site_organisation_chart_report').render_qweb_html(
            self.site_a.ids)[0]
        self.assertIn(b'Direction annexe A', html)
        self.assertIn(b'Appui annexe A', html)
        self.assertNotIn(b'Appui annexe B', html)

from odoo.exceptions import AccessError

from .common import MemberCase, new_ice

HEADER = ['Raison sociale', 'ICE', 'Province', 'Ville']


class TestImportAccess(MemberCase):
    """The import wizard creates and updates only the members its user may: each row is
    checked against the user's record rules, and nothing is written while a row is bad."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.annex_agent = cls.create_user(
            'agent_annexe_import', ['ccis_base.group_ccis_user'],
            'ccis_base.ccis_unit_kenitra_services_ressortissants_demo')
        cls.site_khemisset = cls.env.ref('ccis_base.ccis_site_khemisset_demo')

    def _count(self, *names):
        return self.Partner.with_context(active_test=False).search_count(
            [('name', 'in', list(names))])

    def test_annex_agent_cannot_create_members_of_other_sites(self):
        rows = [HEADER, ['Import Siège', new_ice(), 'Rabat', 'Rabat'],
                ['Import Khémisset', new_ice(), 'Khémisset', 'Tiflet']]
        wizard = self.import_file(rows, self.annex_agent)
        self.assertEqual(wizard.state, 'error')
        self.assertEqual(wizard.error_count, 2)
        self.assertEqual(self._count('Import Siège', 'Import Khémisset'), 0)
        head, other = wizard.line_ids.sorted('row')
        self.assertEqual((head.row, other.row), (2, 3))
        self.assertIn('hors de vos sites', head.message)
        self.assertIn(self.site_head.name, head.message)
        self.assertIn(self.site_khemisset.name, other.message)
        self.assertEqual(head.column, 'Province (C)')

    def test_nothing_written_while_one_row_is_outside(self):
        rows = [HEADER, ['Import Kénitra', new_ice(), 'Kénitra', 'Kénitra'],
                ['Import Siège', new_ice(), 'Rabat', 'Rabat']]
        wizard = self.import_file(rows, self.annex_agent)
        self.assertEqual(wizard.state, 'error')
        self.assertEqual(wizard.line_ids.row, 3)
        self.assertEqual(self._count('Import Kénitra', 'Import Siège'), 0)

    def test_annex_agent_imports_members_of_the_annex(self):
        rows = [HEADER, ['Import Kénitra', new_ice(), 'Kénitra', 'Kénitra']]
        wizard = self.import_file(rows, self.annex_agent)
        self.assertEqual(wizard.state, 'done', wizard.line_ids.mapped('message'))
        member = self.Partner.search([('name', '=', 'Import Kénitra')])
        self.assertEqual(member.ccis_site_id, self.site_kenitra)
        self.assertEqual(member.create_uid, self.annex_agent)

    def test_annex_director_same_rules(self):
        rows = [HEADER, ['Import Siège', new_ice(), 'Rabat', 'Rabat']]
        wizard = self.import_file(rows, self.user_annex)
        self.assertEqual(wizard.state, 'error')
        self.assertEqual(self._count('Import Siège'), 0)

    def test_direction_imports_every_site(self):
        rows = [HEADER, ['Import Siège', new_ice(), 'Rabat', 'Rabat'],
                ['Import Khémisset', new_ice(), 'Khémisset', 'Tiflet']]
        wizard = self.import_file(rows, self.user_direction)
        self.assertEqual(wizard.state, 'done', wizard.line_ids.mapped('message'))
        self.assertEqual(self._count('Import Siège', 'Import Khémisset'), 2)

    def test_update_of_another_sites_member_refused(self):
        rows = [HEADER, ['Société Test Kénitra', self.member_kenitra.ccis_ice, '', 'Ailleurs']]
        wizard = self.import_file(rows, self.user_agent)
        self.assertEqual(wizard.state, 'error')
        self.assertIn('vous ne pouvez pas le modifier', wizard.line_ids.message)
        self.assertIn(self.site_kenitra.name, wizard.line_ids.message)
        self.assertNotEqual(self.member_kenitra.city, 'Ailleurs')

    def test_update_moving_a_member_out_of_the_users_sites_refused(self):
        rows = [HEADER, ['Société Test Rabat', self.member_rabat.ccis_ice, 'Kénitra', '']]
        wizard = self.import_file(rows, self.user_agent)
        self.assertEqual(wizard.state, 'error')
        self.assertIn('passerait au site', wizard.line_ids.message)
        self.assertEqual(self.member_rabat.ccis_province_id, self.province_rabat)

    def test_update_within_the_users_site(self):
        rows = [HEADER, ['Société Test Rabat', self.member_rabat.ccis_ice, 'Salé', 'Salé']]
        wizard = self.import_file(rows, self.user_agent)
        self.assertEqual((wizard.state, wizard.update_count), ('done', 1))
        self.assertEqual(self.member_rabat.city, 'Salé')

    def test_ice_of_a_member_the_user_cannot_see(self):
        self.env.ref('base.group_user').write({'implied_ids': [
            (4, self.env.ref('ccis_member.group_ccis_member_site_read').id)]})
        self.env['ir.rule'].clear_caches()
        rows = [HEADER, ['Copie', self.member_kenitra.ccis_ice, 'Rabat', 'Rabat']]
        wizard = self.import_file(rows, self.user_agent)
        self.assertEqual(wizard.state, 'error')
        self.assertIn("que vous ne pouvez pas consulter", wizard.line_ids.message)
        self.assertNotIn(self.member_kenitra.name, wizard.line_ids.message)
        self.assertEqual(wizard.line_ids.column, 'ICE (B)')

    def test_bulk_create_checks_the_rules_itself(self):
        with self.assertRaisesRegex(AccessError, 'hors des sites'):
            self.Partner.sudo(self.annex_agent)._ccis_bulk_create(
                [{'name': 'Direct', 'ccis_province_id': self.province_rabat.id}])
        self.assertEqual(self._count('Direct'), 0)

    def test_audit_cannot_import(self):
        rows = [HEADER, ['Import Audit', new_ice(), 'Rabat', 'Rabat']]
        wizard = self.import_file(rows, self.user_audit)
        self.assertEqual(wizard.state, 'error')
        self.assertEqual(self._count('Import Audit'), 0)

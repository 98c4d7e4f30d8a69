from odoo.exceptions import AccessError

from .common import MemberCase


class TestAccess(MemberCase):

    def test_staff_creates_member_of_its_territory(self):
        member = self.Partner.sudo(self.user_agent).create({
            'name': 'Créé par agent', 'ccis_is_member': True, 'ccis_member_kind': 'company',
            'ccis_province_id': self.province_rabat.id})
        self.assertEqual(member.ccis_site_id, self.site_head)

    def test_staff_edits_member_of_its_site(self):
        self.member_rabat.sudo(self.user_agent).write({'phone': '0537 11 22 33'})
        self.assertEqual(self.member_rabat.phone, '0537 11 22 33')

    def test_staff_cannot_edit_other_site(self):
        with self.assertRaises(AccessError):
            self.member_kenitra.sudo(self.user_agent).write({'phone': '0537 00 00 00'})

    def test_staff_reads_other_site_by_default(self):
        self.assertEqual(self.member_kenitra.sudo(self.user_agent).name,
                         'Société Test Kénitra')

    def test_site_read_setting_restricts_staff(self):
        self.env.ref('base.group_user').write({'implied_ids': [
            (4, self.env.ref('ccis_member.group_ccis_member_site_read').id)]})
        self.env['ir.rule'].clear_caches()
        visible = self.Partner.sudo(self.user_agent).search(
            [('id', 'in', (self.member_rabat | self.member_kenitra).ids)])
        self.assertEqual(visible, self.member_rabat)
        seen_by_direction = self.Partner.sudo(self.user_direction).search(
            [('id', 'in', (self.member_rabat | self.member_kenitra).ids)])
        self.assertEqual(len(seen_by_direction), 2)

    def test_annex_director_edits_annex_members(self):
        self.member_kenitra.sudo(self.user_annex).write({'phone': '0537 99 99 99'})
        with self.assertRaises(AccessError):
            self.member_rabat.sudo(self.user_annex).write({'phone': '0537 99 99 99'})

    def test_direction_edits_all(self):
        (self.member_rabat | self.member_kenitra).sudo(self.user_direction).write(
            {'website': 'https://exemple.ma'})
        self.assertEqual(self.member_kenitra.website, 'https://exemple.ma')

    def test_audit_reads_but_cannot_write(self):
        self.assertTrue(self.member_kenitra.sudo(self.user_audit).name)
        with self.assertRaises(AccessError):
            self.member_rabat.sudo(self.user_audit).write({'phone': '1'})

    def test_bureau_reads_but_cannot_write(self):
        self.assertTrue(self.member_rabat.sudo(self.user_bureau).ccis_ice)
        with self.assertRaises(AccessError):
            self.member_rabat.sudo(self.user_bureau).write({'phone': '1'})

    def test_staff_cannot_delete_members(self):
        with self.assertRaises(AccessError):
            self.member_rabat.sudo(self.user_agent).unlink()

    def test_staff_changes_status_of_its_members(self):
        wizard = self.env['ccis.member.state.wizard'].sudo(self.user_agent).create({
            'partner_ids': [(6, 0, self.member_rabat.ids)], 'new_state': 'dormant',
            'reason': 'Activité arrêtée'})
        wizard.action_confirm()
        self.assertEqual(self.member_rabat.ccis_state, 'dormant')
        self.assertEqual(self.member_rabat.ccis_status_history_ids[0].user_id, self.user_agent)

    def test_staff_cannot_change_reference_data(self):
        with self.assertRaises(AccessError):
            self.sector_textile.sudo(self.user_agent).write({'name': 'X'})

    def test_staff_documents_follow_site(self):
        doc_type = self.env.ref('ccis_member.ccis_member_document_type_statuts')
        Document = self.env['ccis.member.document'].sudo(self.user_agent)
        Document.create({'partner_id': self.member_rabat.id, 'type_id': doc_type.id,
                         'name': 'Statuts'})
        with self.assertRaises(AccessError):
            Document.create({'partner_id': self.member_kenitra.id, 'type_id': doc_type.id,
                             'name': 'Statuts'})

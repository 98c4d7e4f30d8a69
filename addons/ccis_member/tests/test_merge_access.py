from lxml import etree

from odoo.exceptions import AccessError

from .common import MemberCase


class TestMergeAccess(MemberCase):
    """Merging deletes members: only roles that may delete members merge, as themselves,
    and the kept member keeps a trace of the merged ones."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.suite_admin = cls.create_user(
            'admin_fusion', ['ccis_base.group_ccis_admin'],
            'ccis_base.ccis_unit_direction_demo')
        cls.dst = cls.create_member(name='Ferronnerie Sbai', ccis_rc='77001',
                                    ccis_court_id=cls.court_rabat.id)
        cls.src = cls.create_member(name='Ferronnerie <b>SBAI</b> & Fils', ccis_if='1234567',
                                    phone='0537000000')

    def _wizard(self, user):
        return self.env['ccis.member.merge.wizard'].sudo(user).create({
            'partner_ids': [(6, 0, (self.dst | self.src).ids)],
            'dst_partner_id': self.dst.id})

    def test_agent_with_write_access_cannot_merge(self):
        # the agent may edit both members (their site) but not delete them
        self.src.sudo(self.user_agent).write({'city': 'Rabat'})
        with self.assertRaisesRegex(AccessError, 'supprimer des ressortissants'):
            self._wizard(self.user_agent).action_merge()
        self.assertTrue(self.src.exists())

    def test_unit_manager_and_direction_cannot_merge(self):
        for user in (self.user_manager, self.user_direction):
            with self.assertRaises(AccessError):
                self._wizard(user).action_merge()
        self.assertTrue(self.src.exists())

    def test_admin_role_merges_and_leaves_a_trace(self):
        src_ice, src_id = self.src.ccis_ice, self.src.id
        self._wizard(self.suite_admin).action_merge()
        self.assertFalse(self.src.exists())
        self.assertEqual(self.dst.phone, '0537000000')
        note = self.dst.message_ids[0]
        self.assertEqual(note.author_id, self.suite_admin.partner_id)
        self.assertIn(src_ice, note.body)
        self.assertIn('IF 1234567', note.body)
        self.assertIn('id %s' % src_id, note.body)
        # the merged name is text, not markup
        self.assertIn('&lt;b&gt;SBAI&lt;/b&gt; &amp; Fils', note.body)

    def test_merge_of_a_member_the_user_may_not_delete(self):
        # a (global) record rule limiting the deletion of members to the head office's
        self.env['ir.rule'].create({
            'name': 'Suppression limitée au siège (test)',
            'model_id': self.env.ref('base.model_res_partner').id,
            'domain_force': "['|', ('ccis_is_member', '=', False), ('ccis_site_id', '=', %d)]"
                            % self.site_head.id,
            'perm_read': False, 'perm_write': False, 'perm_create': False,
            'perm_unlink': True})
        self.src.ccis_province_id = self.province_kenitra
        with self.assertRaisesRegex(AccessError, 'vous ne pouvez pas supprimer'):
            self._wizard(self.suite_admin).action_merge()
        self.assertTrue(self.src.exists())

    def test_merge_button_only_for_roles_that_delete(self):
        form = self.env.ref('ccis_member.res_partner_view_form_member')

        def button(user):
            arch = self.env['res.partner'].sudo(user).fields_view_get(form.id, 'form')['arch']
            return etree.fromstring(arch).xpath(
                "//button[@name='action_ccis_merge_duplicates']")[0]
        self.assertEqual(button(self.user_agent).get('invisible'), '1')
        self.assertEqual(button(self.user_direction).get('invisible'), '1')
        self.assertIsNone(button(self.suite_admin).get('invisible'))

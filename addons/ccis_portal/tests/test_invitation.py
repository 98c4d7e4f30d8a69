from .common import PortalCase


class TestInvitation(PortalCase):
    """Staff open a member contact's account with Odoo's standard portal wizard."""

    def test_agent_invites_member_contact(self):
        contact = self.env['res.partner'].create({
            'name': 'Nadia Cherkaoui', 'parent_id': self.member_a.id,
            'email': 'n.cherkaoui@alpha.example.ma'})
        Wizard = self.env['portal.wizard'].sudo(self.agent).with_context(
            active_ids=[contact.id], active_model='res.partner')
        wizard = Wizard.create({})
        wizard.onchange_portal_id()
        line = wizard.user_ids.filtered(lambda u: u.partner_id == contact)
        line.in_portal = True
        wizard.action_apply()
        user = contact.with_context(active_test=False).user_ids
        self.assertEqual(len(user), 1)
        self.assertTrue(user.has_group('base.group_portal'))
        self.assertFalse(user.has_group('base.group_user'))
        self.assertEqual(user.commercial_partner_id, self.member_a)
        # the new account sees its company's file, not the other one's
        Document = self.env['ccis.member.document'].sudo(user)
        self.assertEqual(Document.search([]), self.document_a)

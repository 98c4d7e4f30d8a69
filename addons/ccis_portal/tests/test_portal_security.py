from odoo.exceptions import AccessError, ValidationError
from odoo.tools import mute_logger

from .common import PDF, PortalCase


class TestPortalSecurity(PortalCase):
    """A member's portal user, through the ORM with its own rights (what RPC gives it):
    its company's records only, nothing written directly."""

    def test_own_company_file(self):
        member = self.member_a.sudo(self.user_a)
        self.assertEqual(member.ccis_ice, self.member_a.ccis_ice)
        self.assertEqual(member.ccis_sector_id.name, self.member_a.ccis_sector_id.name)
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            self.member_b.sudo(self.user_a).read(['ccis_ice'])
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            member.write({'phone': '+212 600 00 00 00'})

    def test_documents(self):
        Document = self.env['ccis.member.document'].sudo(self.user_a)
        self.assertEqual(Document.search([]), self.document_a)
        self.assertEqual(self.document_a.sudo(self.user_a).name, 'Statuts A')
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            self.document_b.sudo(self.user_a).read(['name'])
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            self.document_a.sudo(self.user_a).write({'name': 'Falsifié'})

    def test_requests(self):
        Request = self.env['ccis.member.request'].sudo(self.user_a)
        self.assertEqual(Request.search([]), self.request_a)
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            self.request_b.sudo(self.user_a).read(['subject'])
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            self.request_a.sudo(self.user_a).write({'state': 'closed'})

    def test_portal_request_goes_to_own_company(self):
        """Whatever the form posts, the request is the user's company's."""
        Request = self.env['ccis.member.request'].sudo(self.user_a)
        record = Request._ccis_portal_submit({
            'partner_id': self.member_b.id, 'subject': 'Aide export',
            'category_id': str(self.env.ref(
                'ccis_member.ccis_member_request_category_fiscal').id)},
            [('note.pdf', PDF)])
        self.assertEqual(record.sudo().partner_id, self.member_a)
        self.assertEqual(record.sudo().channel, 'web')
        self.assertEqual(record.state, 'new')
        attachment = self.env['ir.attachment'].sudo(self.user_a).search(
            [('res_model', '=', 'ccis.member.request'), ('res_id', '=', record.id)])
        self.assertEqual(attachment.name, 'note.pdf')
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            attachment.sudo(self.user_b).read(['datas'])
        self.assertFalse(self.env['ccis.member.request'].sudo(self.user_b).search(
            [('id', '=', record.id)]))
        # staff get an activity to handle it
        self.assertTrue(record.sudo().activity_ids)

    def test_update_requests(self):
        Update = self.env['ccis.portal.update.request']
        update_b = Update.sudo(self.user_b)._ccis_portal_submit(
            dict(Update._ccis_values_from_partner(self.member_b), phone='+212 611 11 11 11'))
        update_a = Update.sudo(self.user_a)._ccis_portal_submit(
            dict(Update._ccis_values_from_partner(self.member_a), partner_id=self.member_b.id,
                 state='approved', city='Salé'))
        self.assertEqual(update_a.sudo().partner_id, self.member_a)
        self.assertEqual(update_a.state, 'submitted')
        self.assertEqual(Update.sudo(self.user_a).search([]), update_a)
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            update_b.sudo(self.user_a).read(['phone'])
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            update_a.sudo(self.user_a).write({'state': 'approved'})
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            update_a.sudo(self.user_a).action_approve()
        # nothing changed in the registry before the approval
        self.assertEqual(self.member_a.city, 'Ville A')
        self.assertEqual(self.member_b.phone, '+212 500 00 00 02')

    def test_direct_create_for_other_company_refused(self):
        """A create over RPC for another company is refused (by the record rule, or by the
        constraint that cannot read it)."""
        with self.assertRaises((AccessError, ValidationError)), mute_logger('odoo.models'):
            self.env['ccis.portal.update.request'].sudo(self.user_a).create(
                {'partner_id': self.member_b.id})
        with self.assertRaises((AccessError, ValidationError)), mute_logger('odoo.models'):
            self.env['ccis.member.request'].sudo(self.user_a).create({
                'partner_id': self.member_b.id, 'subject': 'x', 'channel': 'web',
                'category_id': self.request_a.category_id.id})

from odoo.exceptions import AccessError

from .common import MemberCase


class TestMemberBoardAccess(MemberCase):
    """The board of a cooperative or an association (its president, treasurer...) and the
    documents of a member follow the member: staff change those of the members their site
    serves, the direction all; the audit service and the bureau only read them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Line = cls.env['ccis.member.bureau.line']
        cls.line_rabat = cls.Line.create({'partner_id': cls.member_rabat.id,
                                          'name': 'Amal Berrada', 'role': 'president'})
        cls.line_kenitra = cls.Line.create({'partner_id': cls.member_kenitra.id,
                                            'name': 'Youssef Tazi', 'role': 'treasurer'})
        cls.document = cls.env['ccis.member.document'].create({
            'partner_id': cls.member_rabat.id, 'name': 'Attestation fiscale',
            'type_id': cls.env.ref('ccis_member.ccis_member_document_type_fisc').id})

    def test_staff_edit_the_board_of_their_sites_members(self):
        self.line_rabat.sudo(self.user_agent).write({'role': 'vice_president'})
        self.assertEqual(self.line_rabat.role, 'vice_president')
        self.Line.sudo(self.user_agent).create({'partner_id': self.member_rabat.id,
                                                'name': 'Karim Alaoui', 'role': 'member'})
        self.line_kenitra.sudo(self.user_annex).unlink()
        self.assertFalse(self.line_kenitra.exists())

    def test_staff_cannot_touch_the_board_of_another_sites_member(self):
        with self.assertRaises(AccessError):
            self.line_kenitra.sudo(self.user_agent).write({'role': 'member'})
        with self.assertRaises(AccessError):
            self.Line.sudo(self.user_agent).create({'partner_id': self.member_kenitra.id,
                                                    'name': 'Intrus', 'role': 'member'})
        with self.assertRaises(AccessError):
            self.line_rabat.sudo(self.user_annex).unlink()
        # but they read it
        self.assertEqual(self.line_kenitra.sudo(self.user_agent).name, 'Youssef Tazi')

    def test_direction_edits_every_board(self):
        self.line_kenitra.sudo(self.user_direction).write({'role': 'member'})
        self.assertEqual(self.line_kenitra.role, 'member')

    def test_audit_and_bureau_only_read(self):
        for user in (self.user_audit, self.user_bureau):
            self.assertEqual(self.line_rabat.sudo(user).name, 'Amal Berrada')
            self.assertEqual(self.document.sudo(user).name, 'Attestation fiscale')
            with self.assertRaises(AccessError):
                self.line_rabat.sudo(user).write({'role': 'member'})
            with self.assertRaises(AccessError):
                self.Line.sudo(user).create({'partner_id': self.member_rabat.id,
                                             'name': 'Audit', 'role': 'member'})
            with self.assertRaises(AccessError):
                self.document.sudo(user).write({'name': 'Attestation modifiée'})
            with self.assertRaises(AccessError):
                self.document.sudo(user).unlink()

from odoo.exceptions import AccessError
from odoo.tools import mute_logger

from .common import CcisBaseCommon


class TestUnitNoteRecipients(CcisBaseCommon):
    """A note published to units is read by their staff (and their sub-units' staff), not
    written by them, and stays hidden from other units and while it is a draft."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # written by the annex A appui unit, sent to the head office's appui department
        cls.note = cls.Note.sudo(cls.staff_a).create({
            'name': 'Salon régional : stands des ressortissants',
            'recipient_unit_ids': [(6, 0, cls.unit_dap.ids)],
            'body': '<p>Merci de réserver les stands avant vendredi.</p>'})
        cls.staff_sub = cls._create_user('t_staff_sub', 'group_ccis_user', cls.unit_dap_sub)
        cls.staff_b = cls._create_user('t_staff_b', 'group_ccis_user', cls.unit_b_dap)

    def _visible(self, user):
        return self.Note.sudo(user).search([('id', '=', self.note.id)])

    def test_recipients_read_the_published_note(self):
        self.assertFalse(self._visible(self.staff), "a draft is not sent yet")
        self.note.sudo(self.staff_a).action_publish()
        for user in (self.staff, self.manager, self.staff_sub):
            self.assertEqual(self._visible(user), self.note, user.login)
            self.assertIn('stands', self.note.sudo(user).read(['body'])[0]['body'])

    def test_author_unit_still_reads_it(self):
        self.note.sudo(self.staff_a).action_publish()
        self.assertEqual(self._visible(self.staff_a), self.note)

    @mute_logger('odoo.addons.base.ir.ir_rule', 'odoo.models')
    def test_other_units_do_not_read_it(self):
        self.note.sudo(self.staff_a).action_publish()
        self.assertFalse(self._visible(self.staff_b))
        with self.assertRaises(AccessError):
            self.note.sudo(self.staff_b).read(['name'])

    @mute_logger('odoo.addons.base.ir.ir_rule', 'odoo.models')
    def test_recipients_cannot_modify_it(self):
        self.note.sudo(self.staff_a).action_publish()
        with self.assertRaises(AccessError):
            self.note.sudo(self.staff).write({'name': 'Modifiée par un destinataire'})
        with self.assertRaises(AccessError):
            self.note.sudo(self.staff).action_cancel()

    def test_cancelled_note_no_longer_read_by_recipients(self):
        self.note.sudo(self.staff_a).action_publish()
        self.note.sudo(self.staff_a).action_cancel()
        self.assertFalse(self._visible(self.staff))

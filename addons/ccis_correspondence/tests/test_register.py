from odoo.exceptions import UserError, ValidationError

from .common import CorrespondenceCommon


class TestRegister(CorrespondenceCommon):

    def test_incoming_needs_scanned_document(self):
        item = self._item(document=False, subject='Lettre sans scan')
        with self.assertRaisesRegex(UserError, 'Lettre sans scan.*Document numérisé'):
            item.action_register()
        self.assertEqual(item.state, 'draft')

    def test_outgoing_registers_without_document(self):
        item = self._registered(direction='outgoing')
        self.assertEqual(item.state, 'registered')

    def test_missing_correspondent_and_due_date_named(self):
        item = self._item(partner_id=False, answer_expected=True)
        with self.assertRaisesRegex(UserError, 'Expéditeur / destinataire.*Répondre avant le'):
            item.action_register()

    def test_assign_needs_agent(self):
        item = self._registered()
        with self.assertRaisesRegex(UserError, 'Agent chargé'):
            item.action_assign()
        item.user_id = self.staff
        item.action_assign()
        self.assertEqual(item.state, 'assigned')

    def test_due_date_not_before_item(self):
        with self.assertRaisesRegex(ValidationError, 'Répondre avant le'):
            self._item(date='2031-03-10', answer_expected=True, date_due='2031-03-01')

    def test_close(self):
        item = self._registered()
        item.action_close()
        self.assertEqual(item.state, 'closed')

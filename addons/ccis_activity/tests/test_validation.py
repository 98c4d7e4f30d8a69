from odoo.exceptions import AccessError, UserError

from .common import CcisActivityCommon


class TestValidationLock(CcisActivityCommon):
    """The audit validates realised values; then nobody changes them until the direction
    reopens them with a reason."""

    @classmethod
    def setUpClass(cls):
        super(TestValidationLock, cls).setUpClass()
        cls.value = cls.line_sum.value_ids.filtered(lambda v: v.date == '2020-05-15')

    def test_unit_staff_edit_their_draft_values(self):
        self.value.sudo(self.staff).write({'value': 125.0, 'comment': 'Liste corrigée'})
        self.assertEqual(self.value.value, 125.0)

    def test_audit_validates(self):
        self.value.sudo(self.auditor).action_validate()
        self.assertEqual(self.value.state, 'validated')
        self.assertEqual(self.value.validated_by_id, self.auditor)
        self.assertTrue(self.value.validated_date)

    def test_unit_staff_cannot_validate(self):
        with self.assertRaisesRegex(AccessError, 'Seul le service audit'):
            self.value.sudo(self.staff).action_validate()
        with self.assertRaises(AccessError):
            self.value.sudo(self.manager).write({'state': 'validated'})

    def test_validated_value_is_locked_for_the_unit(self):
        self.value.sudo(self.auditor).action_validate()
        with self.assertRaisesRegex(UserError, "validée par l'audit, elle est verrouillée"):
            self.value.sudo(self.staff).write({'value': 10.0})
        with self.assertRaisesRegex(UserError, 'est verrouillée'):
            self.value.sudo(self.manager).unlink()
        self.assertEqual(self.value.value, 120.0)

    def test_validated_value_is_locked_for_the_audit_too(self):
        self.value.sudo(self.auditor).action_validate()
        # refused twice over: another unit's value, and a validated one
        with self.assertRaises((AccessError, UserError)):
            self.value.sudo(self.auditor).write({'value': 10.0})

    def test_direction_reopens_then_changes_a_validated_value(self):
        self.value.sudo(self.auditor).action_validate()
        with self.assertRaisesRegex(UserError, 'est verrouillée'):
            self.value.sudo(self.direction).write({'value': 110.0})
        with self.assertRaisesRegex(AccessError, 'Seul un utilisateur du groupe'):
            self.value.sudo(self.auditor)._reopen('Erreur de saisie')
        self.value.sudo(self.direction)._reopen('Erreur de saisie')
        self.assertEqual(self.value.state, 'draft')
        self.assertFalse(self.value.validated_by_id)
        self.value.sudo(self.direction).write({'value': 110.0})
        self.assertEqual(self.value.value, 110.0)
        self.assertEqual(self.line_sum.realised, 270.0)

    def test_audit_does_not_edit_other_units_values(self):
        with self.assertRaisesRegex(AccessError, 'ne les modifie pas'):
            self.value.sudo(self.auditor).write({'value': 1.0})

    def test_changes_are_tracked(self):
        value = self.value.with_context(tracking_disable=False, mail_notrack=False)
        value.sudo(self.staff).write({'value': 130.0})
        value.sudo(self.auditor).action_validate()
        tracked = self.env['mail.tracking.value'].search([
            ('mail_message_id.model', '=', 'ccis.indicator.value'),
            ('mail_message_id.res_id', '=', self.value.id)])
        self.assertIn('value', tracked.mapped('field'))
        self.assertIn('state', tracked.mapped('field'))
        change = tracked.filtered(lambda t: t.field == 'value')
        self.assertEqual((change.old_value_float, change.new_value_float), (120.0, 130.0))
        self.assertEqual(change.mail_message_id.author_id, self.staff.partner_id)

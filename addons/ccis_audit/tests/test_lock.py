from odoo.exceptions import AccessError, UserError

from odoo.addons.ccis_activity.tests.common import CcisActivityCommon
from odoo.addons.ccis_governance.tests.common import GovernanceCommon


class ReopenMixin(object):
    """Reopening through the "Rouvrir" button and its wizard, as a user does."""

    def _reopen(self, record, user, reason):
        action = record.sudo(user).action_reopen()
        wizard = self.env['ccis.reopen.wizard'].sudo(user).with_context(
            action['context']).create({'reason': reason})
        return wizard.action_reopen()

    def _audit_lines(self, record):
        """{field name: (old, new)} of the audit trail's writes on ``record``."""
        logs = self.env['auditlog.log'].search([
            ('model_id.model', '=', record._name), ('res_id', '=', record.id),
            ('method', '=', 'write')])
        return {line.field_id.name: (line.old_value_text, line.new_value_text)
                for line in logs.mapped('line_ids')}


class TestApprovedMinutesLock(ReopenMixin, GovernanceCommon):
    """An approved PV is locked for everyone, the superuser included, until the direction
    reopens it with a reason."""

    @classmethod
    def setUpClass(cls):
        super(TestApprovedMinutesLock, cls).setUpClass()
        meeting = cls._held_meeting(date='2026-01-15 09:00:00')
        cls.minutes = cls.env['ccis.minutes'].browse(meeting.action_generate_minutes()['res_id'])
        cls.minutes.action_submit()
        cls.minutes.approval_meeting_id = cls._held_meeting(date='2026-02-19 09:00:00')
        cls.minutes.action_approve()

    def test_superuser_cannot_change_or_delete(self):
        self.assertEqual(self.env.uid, 1)
        with self.assertRaisesRegex(UserError, 'est verrouillé'):
            self.minutes.write({'body': '<p>Texte réécrit</p>'})
        with self.assertRaisesRegex(UserError, 'est verrouillé'):
            self.minutes.unlink()
        with self.assertRaisesRegex(UserError, 'est verrouillé'):
            self.minutes.sudo(self.direction_user).write({'state': 'draft'})

    def test_a_context_flag_does_not_open_the_lock(self):
        """What an RPC call can send in its context is JSON, never the lock's bypass."""
        for flag in (True, 1, 'reopen', {}):
            with self.assertRaisesRegex(UserError, 'est verrouillé'):
                self.minutes.with_context(ccis_lock=flag).write({'body': '<p>x</p>'})

    def test_chatter_stays_open(self):
        self.minutes.message_post(body='Copie transmise à la tutelle.')

    def test_direction_reopens_with_a_reason(self):
        self._reopen(self.minutes, self.direction_user, 'Erreur dans la liste des présents')
        self.assertEqual(self.minutes.state, 'draft')
        self.assertFalse(self.minutes.approval_date)
        self.assertEqual(self.minutes.reopen_reason, 'Erreur dans la liste des présents')
        message = self.minutes.message_ids.filtered(
            lambda m: 'Erreur dans la liste des présents' in m.body)
        self.assertEqual(message.author_id, self.direction_user.partner_id)
        lines = self._audit_lines(self.minutes)
        self.assertEqual(lines['state'], ('approved', 'draft'))
        self.assertEqual(lines['reopen_reason'][1], 'Erreur dans la liste des présents')
        log = self.env['auditlog.log.line'].search([
            ('log_id.res_id', '=', self.minutes.id), ('log_id.model_id.model', '=', 'ccis.minutes'),
            ('field_id.name', '=', 'reopen_reason')]).log_id
        self.assertEqual(log.user_id, self.direction_user)
        # a draft again: corrected, then submitted and approved anew
        self.minutes.sudo(self.direction_user).body = '<p>Liste des présents corrigée</p>'

    def test_reopening_needs_the_direction_and_a_reason(self):
        with self.assertRaisesRegex(AccessError, 'Seul un utilisateur du groupe'):
            self._reopen(self.minutes, self.ri_user, 'Je veux corriger')
        with self.assertRaisesRegex(UserError, 'motif'):
            self._reopen(self.minutes, self.direction_user, '   ')
        self.assertEqual(self.minutes.state, 'approved')

    def test_only_locked_documents_reopen(self):
        self._reopen(self.minutes, self.direction_user, 'Correction')
        with self.assertRaisesRegex(UserError, "n'est pas verrouillé"):
            self._reopen(self.minutes, self.direction_user, 'Encore')


class TestValidatedValueLock(ReopenMixin, CcisActivityCommon):
    """A value validated by the audit is locked for everyone, the direction and the superuser
    included, until the direction reopens it with a reason."""

    @classmethod
    def setUpClass(cls):
        super(TestValidatedValueLock, cls).setUpClass()
        cls.value = cls.line_sum.value_ids.filtered(lambda v: v.date == '2020-05-15')
        cls.value.sudo(cls.auditor).action_validate()

    def test_nobody_changes_a_validated_value(self):
        for user in (self.direction, self.env.user):
            with self.assertRaisesRegex(UserError, 'est verrouillée'):
                self.value.sudo(user).write({'value': 1.0})
        with self.assertRaisesRegex(UserError, 'est verrouillée'):
            self.value.unlink()

    def test_direction_reopens_then_audit_validates_again(self):
        self._reopen(self.value, self.direction, 'Liste de présence recomptée')
        self.assertEqual(self.value.state, 'draft')
        self.assertFalse(self.value.validated_by_id)
        self.value.sudo(self.staff).write({'value': 118.0})
        self.value.sudo(self.auditor).action_validate()
        self.assertEqual((self.value.state, self.value.value), ('validated', 118.0))
        lines = self._audit_lines(self.value)
        self.assertEqual(lines['reopen_reason'][1], 'Liste de présence recomptée')
        self.assertTrue(self.value.message_ids.filtered(
            lambda m: 'Liste de présence recomptée' in m.body))

    def test_audit_cannot_reopen(self):
        with self.assertRaisesRegex(AccessError, 'Seul un utilisateur du groupe'):
            self._reopen(self.value, self.auditor, 'Revoir la valeur')

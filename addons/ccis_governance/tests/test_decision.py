from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError

from .common import GovernanceCommon


class TestDecision(GovernanceCommon):

    def setUp(self):
        super(TestDecision, self).setUp()
        today = fields.Date.from_string(fields.Date.context_today(self.env.user))
        self.today = today
        self.decision = self.env['ccis.decision'].create({
            'organ_id': self.committee.id, 'kind': 'recommendation',
            'name': 'Former les commerçants à la facture électronique',
            'date': fields.Date.to_string(today - timedelta(days=30)),
            'responsible_unit_id': self.unit_ap.id,
            'deadline': fields.Date.to_string(today + timedelta(days=5)),
        })
        self.decision.action_open()

    def _activities(self):
        return self.env['mail.activity'].search([
            ('res_model', '=', 'ccis.decision'), ('res_id', '=', self.decision.id)])

    def test_defaults_from_organ_and_unit(self):
        self.assertEqual(self.decision.followup_organ_id, self.bureau)
        self.assertEqual(self.decision.unit_id, self.unit_ri)
        self.assertEqual(self.decision.responsible_user_id, self.ap_user)
        self.assertTrue(self.decision.organ_is_committee)

    def test_committee_recommendations_followed_by_bureau(self):
        found = self.env['ccis.decision'].search([
            ('kind', '=', 'recommendation'), ('organ_is_committee', '=', True),
            ('followup_organ_id', '=', self.bureau.id)])
        self.assertIn(self.decision, found)

    def test_reminder_before_deadline_once(self):
        self.env['ccis.decision']._cron_send_reminders(days_before=7)
        activities = self._activities()
        self.assertEqual(len(activities), 1)
        self.assertEqual(activities.user_id, self.ap_user)
        self.assertIn('Échéance proche', activities.summary)
        self.env['ccis.decision']._cron_send_reminders(days_before=7)
        self.assertEqual(len(self._activities()), 1)

    def test_no_reminder_far_from_deadline(self):
        self.decision.deadline = fields.Date.to_string(self.today + timedelta(days=60))
        self.env['ccis.decision']._cron_send_reminders(days_before=7)
        self.assertFalse(self._activities())

    def test_reminder_after_deadline(self):
        self.decision.write({'deadline': fields.Date.to_string(self.today - timedelta(days=2))})
        self.assertTrue(self.decision.is_late)
        self.assertIn(self.decision, self.env['ccis.decision'].search([('is_late', '=', True)]))
        self.env['ccis.decision']._cron_send_reminders(days_before=7)
        self.assertIn('Échéance dépassée', self._activities().summary)
        self.assertTrue(self.decision.reminder_late_sent)

    def test_done(self):
        self.env['ccis.decision']._cron_send_reminders(days_before=7)
        self.decision.action_done()
        self.assertEqual(self.decision.state, 'done')
        self.assertEqual(self.decision.progress, 100)
        self.assertFalse(self._activities())
        self.env['ccis.decision']._cron_send_reminders(days_before=7)
        self.assertFalse(self._activities())

    def test_drop_requires_reason(self):
        with self.assertRaisesRegex(UserError, "motif de l'abandon"):
            self.decision.action_drop()
        self.decision.drop_reason = 'Reprise par la fédération régionale.'
        self.decision.action_drop()
        self.assertEqual(self.decision.state, 'dropped')

    def test_programme_action_without_ccis_activity(self):
        if 'ccis.activity.action' in self.env:
            self.skipTest('ccis_activity is installed in this database')
        self.assertFalse(self.decision.programme_available)
        with self.assertRaisesRegex(UserError, 'ccis_activity'):
            self.decision.action_create_programme_action()

    def test_programme_action_vals_hook(self):
        if 'ccis.activity.programme' in self.env:
            self.skipTest('ccis_activity is installed in this database')
        vals = self.decision._prepare_programme_action_vals()
        self.assertEqual(vals['name'], self.decision.name)
        self.assertEqual(vals['unit_id'], self.unit_ap.id)
        self.assertEqual(vals['date_end'], self.decision.deadline)

    def test_meeting_of_another_organ_refused(self):
        meeting = self._create_meeting(organ=self.bureau)
        with self.assertRaisesRegex(Exception, "n'est pas une séance de l'organe"):
            self.decision.meeting_id = meeting

    def test_programme_action_created_with_ccis_activity(self):
        if 'ccis.activity.action' not in self.env:
            self.skipTest('ccis_activity is not installed in this database')
        year = int(self.decision.deadline[:4])
        programme = self.env['ccis.activity.programme'].search(
            [('year', '=', year), ('state', '!=', 'closed')], limit=1)
        if not programme:
            self.skipTest('no open action programme for %s' % year)
        action = self.decision.action_create_programme_action()
        created = self.env['ccis.activity.action'].browse(action['res_id'])
        self.assertEqual(created.name, self.decision.name)
        self.assertEqual(created.programme_id, programme)
        self.assertEqual(created.unit_id, self.unit_ap)
        self.assertEqual(self.decision.programme_action_ref, created)
        with self.assertRaisesRegex(UserError, 'déjà été créée'):
            self.decision.action_create_programme_action()

from odoo import fields
from odoo.exceptions import UserError

from ..tools import lifecycle
from .common import MemberCase


class TestLifecycle(MemberCase):

    def _change(self, member, state, reason='Motif de test'):
        wizard = self.env['ccis.member.state.wizard'].create({
            'partner_ids': [(6, 0, member.ids)], 'new_state': state, 'reason': reason})
        return wizard.action_confirm()

    def test_new_member_is_prospect_with_history(self):
        member = self.create_member(name='Nouveau')
        self.assertEqual(member.ccis_state, 'prospect')
        self.assertEqual(len(member.ccis_status_history_ids), 1)
        self.assertEqual(member.ccis_status_history_ids.new_state, 'prospect')

    def test_full_lifecycle_recorded(self):
        member = self.create_member(name='Cycle')
        for state in ('active', 'dormant', 'active', 'struck_off'):
            self._change(member, state, 'Passage en %s' % state)
        self.assertEqual(member.ccis_state, 'struck_off')
        history = member.ccis_status_history_ids.sorted('id')
        self.assertEqual(history.mapped('new_state'),
                         ['prospect', 'active', 'dormant', 'active', 'struck_off'])
        self.assertEqual(history[-1].old_state, 'active')
        self.assertEqual(history[-1].reason, 'Passage en struck_off')
        self.assertEqual(history[-1].user_id, self.env.user)

    def test_change_posted_in_chatter_with_reason(self):
        member = self.create_member(name='Chatter').with_context(tracking_disable=False)
        self._change(member, 'active', 'Cotisation réglée')
        bodies = ' '.join(member.message_ids.mapped('body'))
        self.assertIn('Cotisation réglée', bodies)

    def test_state_change_tracked(self):
        member = self.create_member(name='Suivi')
        self.env['ccis.member.state.wizard'].with_context(tracking_disable=False).create({
            'partner_ids': [(6, 0, member.ids)], 'new_state': 'active',
            'reason': 'Suivi'}).action_confirm()
        tracked = member.message_ids.mapped('tracking_value_ids').filtered(
            lambda t: t.field == 'ccis_state')
        self.assertTrue(tracked)

    def test_forbidden_transition(self):
        member = self.create_member(name='Prospect')
        with self.assertRaisesRegex(UserError, "Ressortissant « Prospect » : passage du statut "
                                               "« Prospect » au statut « En sommeil » "
                                               "impossible"):
            self._change(member, 'dormant')

    def test_reason_required(self):
        member = self.create_member(name='Sans motif')
        with self.assertRaises(UserError):
            member._ccis_set_state('active', '  ')

    def test_direct_state_write_refused(self):
        with self.assertRaisesRegex(UserError, "se change avec les boutons"):
            self.member_rabat.write({'ccis_state': 'dormant'})

    def test_button_opens_wizard(self):
        action = self.member_rabat.action_ccis_set_dormant()
        self.assertEqual(action['res_model'], 'ccis.member.state.wizard')
        self.assertEqual(action['context']['default_new_state'], 'dormant')

    def test_threshold_function(self):
        import datetime
        self.assertEqual(lifecycle.dormancy_threshold(datetime.date(2026, 3, 31), 1),
                         datetime.date(2026, 2, 28))
        self.assertEqual(lifecycle.dormancy_threshold(datetime.date(2026, 1, 15), 24),
                         datetime.date(2024, 1, 15))


class TestDormancyCron(MemberCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env['ir.config_parameter'].sudo().set_param('ccis_member.dormancy_months', 12)
        cls.sleeping = cls.create_member(name='Endormi', ccis_state='active',
                                         ccis_last_activity_date='2020-01-01')
        cls.busy = cls.create_member(name='Occupé', ccis_state='active',
                                     ccis_last_activity_date=fields.Date.today())

    def test_cron_proposes_without_changing_status(self):
        proposed = self.Partner._cron_propose_dormancy()
        self.assertIn(self.sleeping, proposed)
        self.assertNotIn(self.busy, proposed)
        self.assertTrue(self.sleeping.ccis_dormancy_proposed)
        self.assertEqual(self.sleeping.ccis_state, 'active')

    def test_cron_creates_activity(self):
        self.Partner._cron_propose_dormancy()
        self.assertIn('Mise en sommeil proposée', self.sleeping.activity_ids.mapped('summary'))

    def test_cron_does_not_propose_twice(self):
        self.Partner._cron_propose_dormancy()
        again = self.Partner._cron_propose_dormancy()
        self.assertNotIn(self.sleeping, again)
        self.assertEqual(len(self.sleeping.activity_ids), 1)

    def test_cron_works_by_batches(self):
        """The scheduled action flags the registry a batch at a time: every member is
        flagged once, with one activity."""
        other = self.create_member(name='Endormi aussi', ccis_state='active',
                                   ccis_last_activity_date='2020-01-02')
        proposed = self.Partner._cron_propose_dormancy(batch=1)
        self.assertIn(self.sleeping, proposed)
        self.assertIn(other, proposed)
        self.assertEqual(len(proposed), len(set(proposed.ids)))
        self.assertEqual(len(other.activity_ids), 1)
        self.assertTrue(other.ccis_dormancy_proposed)

    def test_period_is_configurable(self):
        self.env['ir.config_parameter'].sudo().set_param('ccis_member.dormancy_months', 200)
        self.assertNotIn(self.sleeping, self.Partner._cron_propose_dormancy())

    def test_dismiss_proposal(self):
        self.Partner._cron_propose_dormancy()
        self.sleeping.action_ccis_dismiss_dormancy()
        self.assertFalse(self.sleeping.ccis_dormancy_proposed)
        self.assertEqual(self.sleeping.ccis_last_activity_date,
                         fields.Date.context_today(self.sleeping))

    def test_setting_dormant_clears_proposal(self):
        self.Partner._cron_propose_dormancy()
        self.sleeping._ccis_set_state('dormant', 'Aucune activité depuis 2020')
        self.assertFalse(self.sleeping.ccis_dormancy_proposed)
        self.assertEqual(self.sleeping.ccis_state, 'dormant')


class TestSettings(MemberCase):

    def test_settings_store_parameters(self):
        settings = self.env['res.config.settings'].create({
            'ccis_member_dormancy_months': 18, 'ccis_member_document_alert_days': 45})
        settings.set_values()
        params = self.env['ir.config_parameter'].sudo()
        self.assertEqual(params.get_param('ccis_member.dormancy_months'), '18')
        self.assertEqual(params.get_param('ccis_member.document_alert_days'), '45')
        self.assertEqual(self.Partner._ccis_dormancy_months(), 18)
        self.assertEqual(
            self.env['res.config.settings'].default_get(
                ['ccis_member_dormancy_months'])['ccis_member_dormancy_months'], 18)

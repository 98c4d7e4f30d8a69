from odoo.exceptions import AccessError

from odoo.addons.ccis_governance.tests.common import GovernanceCommon


class TestAuditTrail(GovernanceCommon):
    """Who changed what, with the old and new values, as the audit service reads it."""

    @classmethod
    def setUpClass(cls):
        super(TestAuditTrail, cls).setUpClass()
        cls.agent = cls.env.ref('ccis_base.user_agent_appui_demo')
        cls.auditor = cls._create_user('ta_audit', 'ccis_base.group_ccis_audit', cls.unit_dr)
        cls.member = cls.env['res.partner'].sudo(cls.agent).search(
            [('ccis_is_member', '=', True), ('ccis_state', '=', 'active'),
             ('ccis_site_id', 'in', cls.agent.ccis_site_ids.ids)], limit=1)

    def _changes(self, record, method='write'):
        """{field name: (old, new)} logged for ``record``, and {field name: user}."""
        lines = self.env['auditlog.log.line'].search([
            ('log_id.model_id.model', '=', record._name), ('log_id.res_id', '=', record.id),
            ('log_id.method', '=', method)])
        return ({line.field_id.name: (line.old_value_text, line.new_value_text)
                 for line in lines},
                {line.field_id.name: line.log_id.user_id for line in lines})

    def test_member_changes_are_logged_with_old_and_new_values(self):
        old_phone = self.member.phone
        self.member.sudo(self.agent).write({'phone': '0537 99 88 77', 'ccis_if': '40123456'})
        changes, users = self._changes(self.member)
        self.assertEqual(changes['phone'], (old_phone or False, '0537 99 88 77'))
        self.assertEqual(changes['ccis_if'][1], '40123456')
        self.assertEqual((users['phone'], users['ccis_if']), (self.agent, self.agent))

    def test_status_change_is_logged(self):
        self.env['ccis.member.state.wizard'].sudo(self.agent).create({
            'partner_ids': [(6, 0, self.member.ids)], 'new_state': 'dormant',
            'date': '2026-04-01', 'reason': 'Cessation temporaire déclarée'}).action_confirm()
        changes, _users = self._changes(self.member)
        self.assertEqual(changes['ccis_state'], ('active', 'dormant'))
        history = self.env['ccis.member.status.history'].search(
            [('partner_id', '=', self.member.id)], order='id desc', limit=1)
        created, _users = self._changes(history, 'create')
        self.assertIn('Cessation temporaire déclarée', created['reason'][1])

    def test_creation_logs_the_filled_fields_only(self):
        member = self.env['res.partner'].sudo(self.agent).create({
            'name': 'Atelier Test Audit', 'is_company': True, 'ccis_is_member': True,
            'city': 'Kénitra'})
        created, users = self._changes(member, 'create')
        self.assertEqual(created['name'], (False, 'Atelier Test Audit'))
        self.assertEqual(users['name'], self.agent)
        self.assertNotIn('fax', created)  # left empty
        self.assertFalse([name for name in created if name.startswith('message_')
                          or name.startswith('image')])

    def test_votes_and_decisions_are_logged(self):
        meeting = self._held_meeting(date='2026-05-14 09:00:00')
        item = meeting.item_ids[:1]
        item.write({'vote_required': True, 'votes_for': 4, 'votes_against': 1})
        item.write({'votes_for': 5, 'votes_against': 0})
        changes, _users = self._changes(item)
        self.assertEqual(changes['votes_for'], ('4', '5'))
        decision = self.env['ccis.decision'].create({
            'meeting_id': meeting.id, 'item_id': item.id, 'name': 'Adopter le budget (test)',
            'responsible_unit_id': self.unit_ap.id, 'deadline': '2026-12-31'})
        decision.action_open()
        changes, _users = self._changes(decision)
        self.assertFalse(changes['number'][0])
        self.assertTrue(changes['number'][1].startswith('TBU-2026-'))

    def test_the_trail_is_the_audit_services(self):
        self.member.sudo(self.agent).write({'phone': '0537 99 88 77'})
        domain = [('log_id.res_id', '=', self.member.id),
                  ('log_id.model_id.model', '=', 'res.partner')]
        self.assertTrue(self.env['auditlog.log.line'].sudo(self.auditor).search(domain))
        with self.assertRaises(AccessError):
            self.env['auditlog.log.line'].sudo(self.agent).search(domain)
        # the "Journal d'audit" action on the audited forms too
        bindings = self.env['ir.actions.actions'].sudo(self.agent).get_bindings('res.partner')
        self.assertNotIn('auditlog.log', [a.get('res_model') for a in bindings['action']])
        bindings = self.env['ir.actions.actions'].sudo(self.auditor).get_bindings('res.partner')
        self.assertIn('auditlog.log', [a.get('res_model') for a in bindings['action']])

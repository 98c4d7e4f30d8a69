import datetime
import os

from lxml import etree

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests.common import SavepointCase

from odoo.addons.password_security.exceptions import PassError

DATA = os.path.join(os.path.dirname(os.path.dirname(__file__)), 'data')


def production_policy():
    """The password policy a production database gets (data/res_company_data.xml)."""
    tree = etree.parse(os.path.join(DATA, 'res_company_data.xml'))
    return {node.get('name'): int(node.text)
            for node in tree.xpath("//record[@id='base.main_company']/field")}


class TestPasswordPolicy(SavepointCase):

    @classmethod
    def setUpClass(cls):
        super(TestPasswordPolicy, cls).setUpClass()
        cls.agent = cls.env.ref('ccis_base.user_agent_appui_demo')
        cls.company = cls.agent.company_id

    def _days_ago(self, days):
        return fields.Datetime.to_string(datetime.datetime.now() - datetime.timedelta(days=days))

    def test_demo_users_log_in_with_their_login(self):
        """Demo and development databases: password = login, never expired."""
        self.agent.password_write_date = self._days_ago(400)
        self.agent.sudo(self.agent).check_credentials('agent')
        self.assertFalse(self.agent._password_has_expired())

    def test_production_policy_refuses_weak_passwords(self):
        self.company.write(production_policy())
        for weak in ('agent', 'chambre2031', 'Chambre2031rsk', 'Ch#2031'):
            with self.assertRaises(PassError):
                self.agent.write({'password': weak})
        self.agent.write({'password': 'Chambre#2031rsk'})
        self.agent.sudo(self.agent).check_credentials('Chambre#2031rsk')

    def test_production_policy_expires_passwords(self):
        self.company.write(production_policy())
        self.agent.password_write_date = self._days_ago(89)
        self.assertFalse(self.agent._password_has_expired())
        self.agent.password_write_date = self._days_ago(91)
        self.assertTrue(self.agent._password_has_expired())

    def test_errors_are_user_errors(self):
        self.assertTrue(issubclass(PassError, UserError))


class TestLoginThrottling(SavepointCase):
    """auth_brute_force as configured: 10 failures of one login from one address ban that
    pair; other logins from the address still pass; nothing is sent to ip-api.com."""

    def _fail(self, remote, login, times):
        Attempt = self.env['res.authentication.attempt']
        for _index in range(times):
            Attempt.create({'login': login, 'remote': remote, 'result': 'failed'})

    def test_ten_failures_ban_the_login_from_the_address(self):
        Attempt = self.env['res.authentication.attempt']
        self._fail('192.0.2.10', 'agent', 9)
        self.assertTrue(Attempt._trusted('192.0.2.10', 'agent'))
        self._fail('192.0.2.10', 'agent', 1)
        self.assertFalse(Attempt._trusted('192.0.2.10', 'agent'))
        self.assertTrue(Attempt._trusted('192.0.2.10', 'chef'))
        self.assertTrue(Attempt._trusted('192.0.2.11', 'agent'))

    def test_unban(self):
        Attempt = self.env['res.authentication.attempt']
        self._fail('192.0.2.10', 'agent', 10)
        Attempt.create({'login': 'agent', 'remote': '192.0.2.10', 'result': 'banned'}) \
            .action_unban()
        self.assertTrue(Attempt._trusted('192.0.2.10', 'agent'))

    def test_no_geolocation_lookup(self):
        attempt = self.env['res.authentication.attempt'].create(
            {'login': 'agent', 'remote': '192.0.2.10', 'result': 'failed'})
        self.assertEqual(self.env['ir.config_parameter'].sudo().get_param(
            'auth_brute_force.check_remote'), 'False')
        self.assertFalse(attempt.remote_metadata)

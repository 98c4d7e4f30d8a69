import threading
import time

from odoo import SUPERUSER_ID
from odoo.exceptions import UserError
from odoo.tests.common import TransactionCase

from .common import ParallelTransactions, RetryCounter


class TestEditConflict(ParallelTransactions, TransactionCase):
    """Two users edit the same member at the same time, in transactions of their own, each
    saving what the web client sends: the fields changed and the values they had when the
    form was loaded (context ``ccis_original_values``)."""

    def setUp(self):
        super(TestEditConflict, self).setUp()
        self.agent = self.env.ref('ccis_base.user_agent_appui_demo')
        self.chef = self.env.ref('ccis_base.user_manager_appui_demo')
        # the web client's context (read here: the threads have no environment yet)
        self.contexts = {user.id: {'lang': user.lang, 'tz': user.tz}
                         for user in (self.agent, self.chef)}
        site = self.agent.ccis_site_ids[:1]
        self.member_id = self.in_transaction(SUPERUSER_ID, lambda env: env['res.partner'].create({
            'name': 'Conserverie Test Concurrence', 'is_company': True, 'ccis_is_member': True,
            'ccis_site_id': site.id, 'phone': '0537 00 00 01', 'city': 'Rabat'}).id)
        self.addCleanup(self.remove_committed, 'res.partner', [self.member_id])

    def _save(self, user, changes, seen, hold=0.0, saved=None):
        """The web client's save of ``changes`` by ``user``, who loaded the form with ``seen``;
        the transaction stays open ``hold`` seconds after the write (``saved`` is set then)."""
        def save(env):
            env['res.partner'].browse(self.member_id).with_context(ccis_original_values={
                'res.partner,%d' % self.member_id: dict(seen)}).write(changes)
            if saved:
                saved.set()
            time.sleep(hold)
        return self.in_transaction(user.id, save, self.contexts[user.id])

    def _member(self):
        return self.in_transaction(SUPERUSER_ID, lambda env: env['res.partner'].browse(
            self.member_id).read(['phone', 'city', 'email'])[0])

    def test_same_field_second_save_is_refused(self):
        seen = {'phone': '0537 00 00 01'}
        self._save(self.agent, {'phone': '0537 11 11 11'}, seen)
        with self.assertRaisesRegex(UserError, "a été modifié par Salma Benjelloun .*Téléphone"):
            self._save(self.chef, {'phone': '0537 22 22 22'}, seen)
        self.assertEqual(self._member()['phone'], '0537 11 11 11')

    def test_different_fields_merge(self):
        self._save(self.agent, {'phone': '0537 11 11 11'}, {'phone': '0537 00 00 01'})
        self._save(self.chef, {'city': 'Salé', 'email': 'contact@conserverie.example.ma'},
                   {'city': 'Rabat', 'email': False})
        member = self._member()
        self.assertEqual((member['phone'], member['city'], member['email']),
                         ('0537 11 11 11', 'Salé', 'contact@conserverie.example.ma'))

    def test_overlapping_transactions(self):
        """The second save arrives while the first transaction is still open: it waits for the
        row, fails to serialise, is retried by Odoo and then reports the conflict."""
        seen = {'phone': '0537 00 00 01'}
        saved = threading.Event()

        def second():
            saved.wait(30)
            self._save(self.chef, {'phone': '0537 22 22 22'}, seen)
        with RetryCounter() as retries:
            outcomes = self.in_parallel(
                lambda: self._save(self.agent, {'phone': '0537 11 11 11'}, seen, hold=1.0,
                                   saved=saved),
                second)
        self.assertIsNone(outcomes[0][1])
        self.assertIsInstance(outcomes[1][1], UserError)
        self.assertIn('a été modifié par Salma Benjelloun', outcomes[1][1].name)
        self.assertGreater(retries.count, 0)
        self.assertEqual(self._member()['phone'], '0537 11 11 11')

    def test_save_without_originals_is_unchecked(self):
        """Code and imports write without the web client's values: no check."""
        self._save(self.agent, {'phone': '0537 11 11 11'}, {})
        self._save(self.chef, {'phone': '0537 22 22 22'}, {})
        self.assertEqual(self._member()['phone'], '0537 22 22 22')

import threading
import time

from odoo import SUPERUSER_ID
from odoo.tests.common import SavepointCase, TransactionCase

from .common import ParallelTransactions, RetryCounter

YEAR_DATE = '2031-06-01'  # a year no other test numbers in


class Rollback(Exception):
    """Raised by a transaction that must not commit."""


class TestNumberingImplementation(SavepointCase):
    """The legal registers' sequences are gapless, and switching keeps their numbers."""

    def test_registers_are_gapless(self):
        sequences = self.env['ir.sequence'].search([
            '|', '|', ('code', '=like', 'ccis.decision.%'), ('code', '=like', 'ccis.minutes.%'),
            ('code', '=', 'ccis.member.request')])
        self.assertTrue(sequences.filtered(lambda s: s.code.startswith('ccis.decision.')))
        self.assertEqual(set(sequences.mapped('implementation')), {'no_gap'})

    def test_new_organ_numbers_without_gaps(self):
        organ = self.env['ccis.organ'].create({'name': 'Commission (test numérotation)',
                                               'code': 'TNUM', 'kind': 'bureau'})
        self.assertEqual(organ.decision_sequence_id.implementation, 'no_gap')
        self.assertEqual(organ.minutes_sequence_id.implementation, 'no_gap')

    def test_switch_keeps_the_next_numbers(self):
        sequence = self.env['ir.sequence'].create({
            'name': 'Test bascule', 'code': 'ccis.test.switch', 'prefix': 'S-%(range_year)s-',
            'padding': 3, 'use_date_range': True, 'implementation': 'standard'})
        for _index in range(4):
            sequence.with_context(ir_sequence_date=YEAR_DATE).next_by_id()
        self.env['ir.sequence']._ccis_make_gapless(['ccis.test.switch'])
        self.assertEqual(sequence.implementation, 'no_gap')
        self.assertEqual(sequence.with_context(ir_sequence_date=YEAR_DATE).next_by_id(),
                         'S-2031-005')


class TestNumberingConcurrency(ParallelTransactions, TransactionCase):
    """Two transactions numbering at the same time, as two users validating decisions do: no
    number twice, none lost when a transaction rolls back, one yearly counter."""

    def _draw(self, sequence_id, hold, rollback=False):
        def draw(env):
            number = env['ir.sequence'].browse(sequence_id).with_context(
                ir_sequence_date=YEAR_DATE).next_by_id()
            time.sleep(hold)  # the transaction stays open while the other one draws
            if rollback:
                raise Rollback(number)
            return number
        return self.in_transaction(SUPERUSER_ID, draw)

    def test_parallel_draws_are_unique_and_gapless(self):
        sequence_id = self.in_transaction(SUPERUSER_ID, lambda env: env['ir.sequence'].create({
            'name': 'Test concurrence', 'code': 'ccis.test.concurrency',
            'prefix': 'T-%(range_year)s-', 'padding': 3, 'use_date_range': True,
            'implementation': 'no_gap', 'company_id': False}).id)
        start = threading.Barrier(2)
        rolled_back = []

        def drawer(rollback_at):
            start.wait()  # both draw the first number of the year at once
            numbers = []
            for index in range(3):
                try:
                    numbers.append(self._draw(sequence_id, 0.2, rollback=index == rollback_at))
                except Rollback as error:
                    rolled_back.append(error.args[0])
            return numbers

        try:
            with RetryCounter() as retries:
                outcomes = self.in_parallel(lambda: drawer(None), lambda: drawer(1))
            for _numbers, error in outcomes:
                self.assertIsNone(error)
            committed = outcomes[0][0] + outcomes[1][0]
            self.assertEqual(sorted(committed), ['T-2031-%03d' % n for n in range(1, 6)])
            self.assertEqual(len(rolled_back), 1)
            self.assertIn(rolled_back[0], committed, 'the rolled back number is given again')
            self.assertGreater(retries.count, 0, 'the two transactions did not meet')
            counters = self.in_transaction(SUPERUSER_ID, lambda env: env[
                'ir.sequence.date_range'].search_count([('sequence_id', '=', sequence_id)]))
            self.assertEqual(counters, 1)
        finally:
            self.in_transaction(SUPERUSER_ID,
                                lambda env: env['ir.sequence'].browse(sequence_id).unlink())

    def _request_register(self, agent):
        """The requests' register, a member ``agent`` sees, a category, the next number."""
        sequence = self.env.ref('ccis_member.seq_ccis_member_request')
        member = self.env['res.partner'].sudo(agent).search(
            [('ccis_is_member', '=', True)], limit=1)
        category = self.env.ref('ccis_member.ccis_member_request_category_info')
        return sequence, member, category, sequence.number_next

    def test_parallel_member_requests(self):
        """Two agents record requests at the same time: consecutive numbers, none twice."""
        agent = self.env.ref('ccis_base.user_agent_appui_demo')
        chef = self.env.ref('ccis_base.user_manager_appui_demo')
        sequence, member, category, first = self._request_register(agent)
        start = threading.Barrier(2)
        created = []

        def record(user):
            def create(env):
                request = env['ccis.member.request'].create({
                    'partner_id': member.id, 'category_id': category.id,
                    'subject': 'Demande simultanée (test)', 'channel': 'visit'})
                created.append(request.id)
                time.sleep(0.2)
                return request.name

            start.wait()
            return [self.in_transaction(user.id, create) for _index in range(2)]

        try:
            outcomes = self.in_parallel(lambda: record(agent), lambda: record(chef))
            for _names, error in outcomes:
                self.assertIsNone(error)
            names = outcomes[0][0] + outcomes[1][0]
            self.assertEqual(len(set(names)), 4)
            self.assertEqual(sorted(int(name.rsplit('/', 1)[1]) for name in names),
                             list(range(first, first + 4)))
        finally:
            self.remove_committed('ccis.member.request', created)
            self.in_transaction(SUPERUSER_ID, lambda env: env['ir.sequence'].browse(
                sequence.id).write({'number_next': first}))

    def test_retried_request_runs_on_the_values_sent(self):
        """An agent records a request for a member while another user saves the member's
        file: the request's transaction meets the other one on the member's row, starts over
        on the values the web client sent, and the request has its creator as its one
        follower (Odoo's retry used to run again on values the first try had changed: two
        follower commands for the same partner, refused)."""
        agent = self.env.ref('ccis_base.user_agent_appui_demo')
        sequence, member, category, first = self._request_register(agent)
        before = (member.ccis_last_activity_date, member.phone)
        start = threading.Barrier(2)
        created = []

        def save_file(env):
            env['res.partner'].browse(member.id).write({'phone': '+212 5 37 00 00 01'})
            start.wait()
            time.sleep(0.3)  # the file stays locked while the request is recorded

        def create(env, vals):
            request = env['ccis.member.request'].create(vals)
            created.append(request.id)
            return request.message_follower_ids.mapped('partner_id').ids

        def record():
            start.wait()
            return self.in_transaction(agent.id, create, args=({
                'partner_id': member.id, 'category_id': category.id,
                'subject': 'Demande pendant une modification (test)', 'channel': 'visit'},))

        # a member not touched today: recording the request updates its row
        self.in_transaction(SUPERUSER_ID, lambda env: env['res.partner'].browse(
            member.id).write({'ccis_last_activity_date': '2020-01-02'}))
        try:
            with RetryCounter() as retries:
                outcomes = self.in_parallel(
                    lambda: self.in_transaction(SUPERUSER_ID, save_file), record)
            for _result, error in outcomes:
                self.assertIsNone(error)
            self.assertGreater(retries.count, 0, 'the two transactions did not meet')
            self.assertEqual(outcomes[1][0], agent.partner_id.ids)
        finally:
            self.remove_committed('ccis.member.request', created)
            self.in_transaction(SUPERUSER_ID, lambda env: env['ir.sequence'].browse(
                sequence.id).write({'number_next': first}))
            self.in_transaction(SUPERUSER_ID, lambda env: env['res.partner'].browse(
                member.id).write({'ccis_last_activity_date': before[0], 'phone': before[1]}))

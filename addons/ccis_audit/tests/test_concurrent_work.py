import datetime
import threading
import time

from odoo import SUPERUSER_ID, fields
from odoo.exceptions import ValidationError
from odoo.tests.common import TransactionCase

from .common import ParallelTransactions, RetryCounter


class TestConcurrentWork(ParallelTransactions, TransactionCase):
    """What agents do at the same moment at the counter, in transactions of their own: a
    request recorded for a member whose file another user is saving, two registrations for
    the last seat of an event."""

    def setUp(self):
        super(TestConcurrentWork, self).setUp()
        self.agent = self.env.ref('ccis_base.user_agent_appui_demo')
        self.chef = self.env.ref('ccis_base.user_manager_appui_demo')

    def test_request_does_not_wait_for_a_member_touched_today(self):
        """A member with something recorded today: a new request does not write its row
        again, so it neither waits for another user saving the member's file nor starts
        over once that user has saved."""
        member = self.env['res.partner'].sudo(self.agent).search(
            [('ccis_is_member', '=', True)], limit=1)
        category = self.env.ref('ccis_member.ccis_member_request_category_info')
        today = fields.Date.context_today(member.sudo(self.agent))
        before = (member.ccis_last_activity_date, member.phone)
        self.in_transaction(SUPERUSER_ID, lambda env: env['res.partner'].browse(
            member.id).write({'ccis_last_activity_date': today}))
        saving = threading.Event()
        created = []

        def save_file(env):
            env['res.partner'].browse(member.id).write({'phone': '+212 5 37 00 00 02'})
            saving.set()
            time.sleep(0.5)  # the member's row stays locked meanwhile

        def record(env):
            request = env['ccis.member.request'].create({
                'partner_id': member.id, 'category_id': category.id,
                'subject': 'Demande pendant une modification (test)', 'channel': 'visit'})
            created.append(request.id)
            return request.partner_id.ccis_last_activity_date

        def record_while_saving():
            saving.wait(30)
            return self.in_transaction(self.agent.id, record)

        try:
            with RetryCounter() as retries:
                outcomes = self.in_parallel(
                    lambda: self.in_transaction(SUPERUSER_ID, save_file), record_while_saving)
            for _result, error in outcomes:
                self.assertIsNone(error)
            self.assertEqual(outcomes[1][0], today)
            self.assertEqual(retries.count, 0, 'the request waited for the member\'s file')
        finally:
            self.remove_committed('ccis.member.request', created)
            self.in_transaction(SUPERUSER_ID, lambda env: env['res.partner'].browse(
                member.id).write({'ccis_last_activity_date': before[0], 'phone': before[1]}))

    def test_two_registrations_for_the_last_seat(self):
        """Two agents register a participant for the last seat at the same moment: one
        gets the seat, the other one a clear refusal; the event counts one seat taken."""
        begin = datetime.datetime(2031, 3, 4, 9, 0)
        event_id = self.in_transaction(SUPERUSER_ID, lambda env: env['event.event'].create({
            'name': 'Séminaire test des dernières places',
            'event_type_id': env.ref('ccis_event.event_type_seminar').id,
            'date_begin': fields.Datetime.to_string(begin),
            'date_end': fields.Datetime.to_string(begin + datetime.timedelta(hours=4)),
            'seats_availability': 'limited', 'seats_max': 1, 'auto_confirm': True,
        }).id)
        self.in_transaction(SUPERUSER_ID, lambda env: env['event.event'].browse(
            event_id).button_confirm())
        people = self.env['res.partner'].search(
            [('ccis_is_member', '=', True), ('email', '!=', False)], limit=2)
        start = threading.Barrier(2)

        def register(partner):
            def create(env):
                registration = env['event.registration'].create({
                    'event_id': event_id, 'partner_id': partner.id})
                time.sleep(0.3)  # both transactions are open at once
                return registration.id
            start.wait()
            return self.in_transaction(SUPERUSER_ID, create)

        try:
            with RetryCounter() as retries:
                outcomes = self.in_parallel(*[
                    lambda partner=partner: register(partner) for partner in people])
            errors = [error for _result, error in outcomes if error]
            self.assertEqual(len(errors), 1, outcomes)
            self.assertIsInstance(errors[0], ValidationError)
            self.assertGreater(retries.count, 0, 'the two transactions did not meet')
            seats = self.in_transaction(SUPERUSER_ID, lambda env: env['event.event'].browse(
                event_id).read(['seats_reserved', 'seats_available'])[0])
            self.assertEqual((seats['seats_reserved'], seats['seats_available']), (1, 0))
        finally:
            registrations = self.in_transaction(SUPERUSER_ID, lambda env: env[
                'event.registration'].search([('event_id', '=', event_id)]).ids)
            self.remove_committed('event.registration', registrations)
            self.remove_committed('event.event', [event_id])

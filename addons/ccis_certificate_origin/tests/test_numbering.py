import threading
import time

from odoo.tests.common import TransactionCase

from .common import SUPERUSER_ID, ParallelTransactions, RetryCounter, certificate_values

YEAR_DATE = '2032-03-01'  # a year no other test numbers in


class TestNumberingConcurrency(ParallelTransactions, TransactionCase):
    """Two agents of one site numbering certificates at the same moment, in transactions of
    their own (committed, as two requests are): consecutive numbers, none twice, no gap."""

    def test_parallel_issue_numbers(self):
        agent = self.env.ref('ccis_base.user_agent_appui_demo')
        chef = self.env.ref('ccis_base.user_manager_appui_demo')
        site = self.env.ref('ccis_base.ccis_site_head_office_demo')
        sequence = site._ccis_certificate_sequence()
        member = self.env.ref('ccis_member.res_partner_member_atlas_textile_demo')

        def create(env):
            return env['ccis.certificate.origin'].create(certificate_values(
                env, member, issue_date=YEAR_DATE)).id
        ids = [self.in_transaction(agent.id, create) for _index in range(4)]
        start = threading.Barrier(2)

        def number(user, certificate_ids):
            def take(certificate_id):
                def draw(env):
                    name = env['ccis.certificate.origin'].browse(
                        certificate_id)._ccis_take_number()
                    time.sleep(0.2)  # the transaction stays open while the other draws
                    return name
                return draw
            start.wait()  # both draw the first number of the year at once
            return [self.in_transaction(user.id, take(certificate_id))
                    for certificate_id in certificate_ids]

        try:
            with RetryCounter() as retries:
                outcomes = self.in_parallel(lambda: number(agent, ids[:2]),
                                            lambda: number(chef, ids[2:]))
            for _names, error in outcomes:
                self.assertIsNone(error)
            names = outcomes[0][0] + outcomes[1][0]
            self.assertEqual(sorted(names), ['CO/SIEGE/2032/%05d' % n for n in range(1, 5)])
            self.assertGreater(retries.count, 0, 'the two transactions did not meet')
        finally:
            def clean(env):
                env['ccis.certificate.origin'].browse(ids).with_context(
                    ccis_certificate_issue=True).write({'state': 'draft'})
                env['ccis.certificate.origin'].browse(ids).unlink()
                env['ir.sequence.date_range'].search([
                    ('sequence_id', '=', sequence.id), ('date_from', '=', '2032-01-01')]).unlink()
            self.in_transaction(SUPERUSER_ID, clean)

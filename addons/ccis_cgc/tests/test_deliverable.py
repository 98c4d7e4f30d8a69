from odoo.exceptions import UserError

from .common import RECEIPT, CgcCommon


class TestDeliverable(CgcCommon):
    """A year's deliverables generated from the subscription, with their legal due dates,
    filed by the agent with the filed document."""

    def _by_type(self, deliverables, deliverable_type):
        return deliverables.filtered(lambda d: d.type_id == deliverable_type).sorted('period')

    def test_generate_year(self):
        subscription = self._confirmed()
        subscription.generation_year = 2031
        subscription.action_generate_deliverables()
        deliverables = subscription.deliverable_ids
        self.assertEqual(len(deliverables), 7, '4 quarterly VAT returns and 3 yearly returns')
        vat = self._by_type(deliverables, self.type_vat_q)
        self.assertEqual(vat.mapped('due_date'),
                         ['2031-04-30', '2031-07-31', '2031-10-31', '2032-01-31'])
        self.assertEqual(vat[0].period_label, 'T1/2031')
        self.assertEqual(self._by_type(deliverables, self.type_salaries).due_date, '2032-02-29')
        self.assertEqual(self._by_type(deliverables, self.type_is).due_date, '2032-03-31')
        self.assertEqual(set(deliverables.mapped('state')), {'todo'})
        self.assertEqual(deliverables.mapped('user_id'), self.staff)
        self.assertEqual(deliverables.mapped('unit_id'), self.unit_dap)

    def test_generate_twice_no_duplicates(self):
        subscription = self._confirmed()
        first = subscription._generate_deliverables(2031)
        self.assertEqual(len(first), 7)
        subscription.generation_year = 2031
        subscription.action_generate_deliverables()
        self.assertEqual(len(subscription.deliverable_ids), 7)
        self.assertFalse(subscription._generate_deliverables(2031))

    def test_generate_covers_subscription_period(self):
        subscription = self._confirmed(band=self.band_me, date_start='2031-07-01',
                                       date_end='2032-03-31')
        deliverables = subscription._generate_deliverables(2031)
        monthly = self._by_type(deliverables, self.type_vat_m)
        self.assertEqual(monthly.mapped('period'), [7, 8, 9, 10, 11, 12])
        self.assertEqual(monthly[0].due_date, '2031-08-31')
        self.assertEqual(monthly[-1].due_date, '2032-01-31')
        later = subscription._generate_deliverables(2032)
        self.assertEqual(self._by_type(later, self.type_vat_m).mapped('period'), [1, 2, 3])
        self.assertFalse(subscription._generate_deliverables(2033))

    def test_draft_cannot_generate(self):
        subscription = self._subscription()
        with self.assertRaisesRegex(UserError, 'confirmez'):
            subscription.action_generate_deliverables()

    def test_file_requires_document(self):
        subscription = self._confirmed()
        deliverable = self._by_type(subscription._generate_deliverables(2031),
                                    self.type_vat_q)[0].sudo(self.staff)
        deliverable.action_start()
        self.assertEqual(deliverable.state, 'in_progress')
        with self.assertRaisesRegex(UserError, 'joignez le document'):
            deliverable.action_file()
        deliverable.write({'document': RECEIPT, 'document_name': 'accuse.pdf',
                           'filed_date': '2031-04-22'})
        deliverable.action_file()
        self.assertEqual(deliverable.state, 'filed')
        self.assertTrue(deliverable.filed_on_time)
        self.assertFalse(deliverable.is_late)

    def test_filed_late_and_reopen(self):
        subscription = self._confirmed()
        deliverable = self._by_type(subscription._generate_deliverables(2031),
                                    self.type_vat_q)[0].sudo(self.staff)
        deliverable.write({'document': RECEIPT, 'filed_date': '2031-05-03'})
        deliverable.action_file()
        self.assertFalse(deliverable.filed_on_time)
        with self.assertRaisesRegex(UserError, "chef d'unité"):
            deliverable.action_reopen()
        deliverable.sudo(self.manager).action_reopen()
        self.assertEqual(deliverable.state, 'in_progress')
        self.assertFalse(deliverable.filed_date)

    def test_late_search(self):
        subscription = self._confirmed()
        deliverables = subscription._generate_deliverables(2031)
        # « en retard » and « pas en retard » split the deliverables, whatever the date
        late = self.Deliverable.search([('is_late', '=', True),
                                        ('id', 'in', deliverables.ids)])
        not_late = self.Deliverable.search([('is_late', '=', False),
                                            ('id', 'in', deliverables.ids)])
        self.assertEqual(late | not_late, deliverables)
        self.assertFalse(late & not_late)
        domain = self.Deliverable._overdue_domain('2031-08-01') + [
            ('id', 'in', deliverables.ids)]
        self.assertEqual(self.Deliverable.search(domain).mapped('due_date'),
                         ['2031-04-30', '2031-07-31'])

from odoo.exceptions import AccessError

from .common import MediationCommon


class TestFees(MediationCommon):
    """The fees of a case, invoiced to the parties at registration through ccis_service's
    billing mixin."""

    def test_admin_fee_by_scale_of_amount(self):
        # arbitration: 5,000 up to 100,000; + 2 % up to 1,000,000; 23,000 + 1 % above
        cases = {amount: self._registered(case_type='arbitration', amount_dispute=amount)
                 for amount in (50000.0, 600000.0, 2000000.0)}
        self.assertEqual(cases[50000.0].admin_fee, 5000.0)
        self.assertEqual(cases[600000.0].admin_fee, 15000.0)
        self.assertEqual(cases[2000000.0].admin_fee, 33000.0)
        # mediation: its own scale (3,000 up to 200,000, then + 1 %)
        self.assertEqual(self._registered(amount_dispute=420000.0).admin_fee, 5200.0)

    def test_invoices_per_party(self):
        case = self._registered(case_type='arbitration', amount_dispute=600000.0)
        claimant = case.party_ids.filtered(lambda p: p.side == 'claimant')
        respondent = case.party_ids - claimant
        # the claimant (an active member) pays the member price of the registration fee
        self.assertEqual(case.registration_fee, 1500.0)
        self.assertEqual((claimant.registration_amount, claimant.admin_fee_amount),
                         (1500.0, 7500.0))
        self.assertEqual((respondent.registration_amount, respondent.admin_fee_amount),
                         (0.0, 7500.0))
        invoice = claimant.sudo().invoice_id
        self.assertEqual(invoice.partner_id, self.member)
        self.assertEqual(invoice.state, 'open')
        self.assertEqual(invoice.origin, case.name)
        self.assertEqual(invoice.date_invoice, '2031-03-02')
        self.assertEqual(invoice.invoice_line_ids.mapped('product_id'),
                         self.product_arb_registration | self.product_arb_admin)
        self.assertEqual(invoice.invoice_line_ids.mapped('account_analytic_id'),
                         self.analytic_dap)
        self.assertEqual(invoice.amount_untaxed, 9000.0)
        other = respondent.sudo().invoice_id
        self.assertEqual(other.partner_id, self.non_member)
        self.assertEqual(other.invoice_line_ids.mapped('product_id'), self.product_arb_admin)
        self.assertEqual(other.amount_untaxed, 7500.0)
        # the agent sees the invoice's number and state on the party, not the invoice itself
        party = claimant.sudo(self.staff)
        self.assertEqual(party.invoice_number, invoice.number)
        self.assertEqual(party.payment_state, 'not_paid')
        with self.assertRaises(AccessError):
            party.invoice_id.read(['amount_total'])

    def test_non_member_pays_full_registration(self):
        case = self._registered(claimants=[self.non_member], respondents=[self.member])
        self.assertEqual(case.registration_fee, 1000.0)

    def test_split_between_sides(self):
        case = self._registered(amount_dispute=100000.0, claimant_share=70.0,
                                claimants=[self.member], respondents=[self.member_b,
                                                                      self.non_member])
        amounts = {party.partner_id: party.admin_fee_amount for party in case.party_ids}
        self.assertEqual(amounts, {self.member: 2100.0, self.member_b: 450.0,
                                   self.non_member: 450.0})
        self.assertEqual(sum(amounts.values()), case.admin_fee)

    def test_party_owing_nothing_has_no_invoice(self):
        case = self._registered(claimant_share=100.0)
        respondent = case.party_ids.filtered(lambda p: p.side == 'respondent')
        self.assertFalse(respondent.sudo().invoice_id)
        self.assertEqual(respondent.amount_due, 0.0)

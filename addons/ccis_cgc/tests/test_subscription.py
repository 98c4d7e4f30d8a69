from odoo.exceptions import AccessError, UserError, ValidationError

from .common import CgcCommon


class TestSubscription(CgcCommon):
    """An agent subscribes a member: confirmation creates the OCA contract, whose recurring
    invoicing bills the band's fee on schedule to the unit's analytic account."""

    def test_confirm_creates_contract(self):
        subscription = self._confirmed()
        self.assertEqual(subscription.state, 'active')
        self.assertTrue(subscription.name.startswith('CGC/2031/'))
        # the member price of the small business band, in four instalments
        self.assertEqual(subscription.yearly_fee, 7200.0)
        self.assertEqual(subscription.instalment, 1800.0)
        contract = subscription.sudo().contract_id
        self.assertTrue(contract.recurring_invoices)
        self.assertEqual(contract.partner_id, self.member)
        self.assertEqual((contract.recurring_rule_type, contract.recurring_interval),
                         ('monthly', 3))
        self.assertEqual(contract.recurring_next_date, '2031-01-01')
        self.assertEqual(contract.recurring_invoice_line_ids.product_id,
                         self.band_pe.product_id)
        self.assertEqual(contract.recurring_invoice_line_ids.price_unit, 1800.0)
        self.assertEqual(subscription.next_invoice_date, '2031-01-01')

    def test_invoices_on_schedule(self):
        subscription = self._confirmed()
        contract = subscription.sudo().contract_id
        first = contract.recurring_create_invoice()
        second = contract.recurring_create_invoice()
        self.assertEqual((first.date_invoice, second.date_invoice), ('2031-01-01', '2031-04-01'))
        self.assertEqual(contract.recurring_next_date, '2031-07-01')
        for invoice in first | second:
            self.assertEqual(invoice.partner_id, self.member)
            self.assertEqual(invoice.type, 'out_invoice')
            line = invoice.invoice_line_ids
            self.assertEqual(line.product_id, self.band_pe.product_id)
            self.assertEqual(line.price_unit, 1800.0)
            self.assertEqual(line.account_analytic_id, self.analytic_dap,
                             "the revenue goes to the unit's analytic account")
            self.assertEqual(line.account_id,
                             line.product_id.product_tmpl_id._ccis_income_account(self.company))
            self.assertEqual(invoice.amount_untaxed, 1800.0)
            self.assertEqual(invoice.amount_total, 2160.0, 'VAT 20 % of the fee schedule')
        self.assertEqual(subscription.invoice_count, 2)
        self.assertEqual(subscription.invoiced_amount, 4320.0)

    def test_invoice_prints_member_ice(self):
        subscription = self._confirmed()
        invoice = subscription.sudo().contract_id.recurring_create_invoice()
        invoice.action_invoice_open()
        html = self.env.ref('account.account_invoices').render_qweb_html(invoice.ids)[0]
        self.assertIn(self.member.ccis_ice, html.decode() if isinstance(html, bytes) else html)

    def test_frequencies(self):
        monthly = self._confirmed(frequency='monthly', band=self.band_me, partner=self.member_2)
        self.assertEqual(monthly.instalment, 1200.0)
        invoices = monthly._ccis_invoice_until('2031-12-31')
        self.assertEqual(len(invoices), 12)
        self.assertEqual(sum(invoices.mapped('amount_untaxed')), 14400.0)
        yearly = self._confirmed(frequency='yearly', band=self.band_tpe)
        invoices = yearly._ccis_invoice_until('2032-12-31')
        self.assertEqual(invoices.mapped('date_invoice'), ['2031-01-01', '2032-01-01'])
        self.assertEqual(invoices.mapped('amount_untaxed'), [3600.0, 3600.0])

    def test_non_member_refused(self):
        subscription = self._subscription(partner=self.dormant)
        with self.assertRaisesRegex(UserError, 'ressortissant actif'):
            subscription.action_confirm()
        self.assertEqual(subscription.state, 'draft')
        self.assertFalse(subscription.sudo().contract_id)

    def test_turnover_must_fit_band(self):
        with self.assertRaisesRegex(ValidationError, 'ne relève pas de la tranche'):
            self._subscription(turnover=12000000.0, band=self.band_pe)
        subscription = self._subscription(turnover=12000000.0, band=self.band_me)
        self.assertEqual(subscription.band_id, self.band_me)
        self.assertEqual(self.env['ccis.cgc.size.band']._for_turnover(2500000.0), self.band_tpe)

    def test_band_gives_deliverable_types(self):
        subscription = self._subscription(band=self.band_me)
        self.assertEqual(subscription.deliverable_type_ids, self.band_me.deliverable_type_ids)
        self.assertIn(self.type_vat_m, subscription.deliverable_type_ids)

    def test_suspend_resume_end(self):
        subscription = self._confirmed(date_end='2031-09-30')
        contract = subscription.sudo().contract_id
        self.assertEqual(contract.date_end, '2031-09-30')
        subscription.action_suspend()
        self.assertEqual(subscription.state, 'suspended')
        self.assertFalse(contract.recurring_invoices)
        self.assertFalse(subscription._ccis_invoice_until('2031-12-31'))
        subscription.action_resume()
        self.assertTrue(contract.recurring_invoices)
        invoices = subscription._ccis_invoice_until('2031-12-31')
        self.assertEqual(invoices.mapped('date_invoice'),
                         ['2031-01-01', '2031-04-01', '2031-07-01'],
                         'no invoice after the end date')
        subscription.action_end()
        self.assertEqual(subscription.state, 'ended')
        self.assertEqual(subscription.exit_date, '2031-10-01')
        self.assertFalse(contract.recurring_invoices)
        with self.assertRaisesRegex(UserError, 'actif ou suspendu'):
            subscription.action_end()

    def test_only_draft_deleted(self):
        subscription = self._confirmed()
        with self.assertRaisesRegex(UserError, 'brouillon'):
            subscription.sudo(self.manager).unlink()
        draft = self._subscription(partner=self.member_2)
        draft.sudo(self.manager).unlink()
        self.assertFalse(draft.exists())

    def test_roles_confirm_in_their_units(self):
        for user, unit in ((self.manager, self.unit_dap),
                           (self.annex_director, self.unit_annex_dap),
                           (self.direction, self.unit_src)):
            subscription = self._confirmed(user=user, unit=unit, partner=self.member_2)
            self.assertEqual(subscription.state, 'active', user.login)
            self.assertEqual(subscription.sudo().contract_id.ccis_cgc_subscription_id,
                             subscription)
        with self.assertRaises(AccessError):
            self._subscription(user=self.bureau)


class TestContractsInArabic(CgcCommon):
    """The partner form's "Contracts" button (OCA contract, left in English by its ar.po)
    reads in Arabic."""

    def test_contracts_label(self):
        partners = self.env['res.partner'].with_context(lang='ar_MA')
        self.assertEqual(partners.fields_get(['contract_count'])['contract_count']['string'],
                         'العقود')
        arch = partners.fields_view_get(self.env.ref('contract.view_partner_form').id,
                                        'form')['arch']
        self.assertIn('العقود', arch)
        self.assertNotIn('Contracts', arch)

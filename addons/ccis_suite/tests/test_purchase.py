from .common import CcisSuiteCommon


class TestPurchase(CcisSuiteCommon):
    """A purchase is charged to the unit of the person who asks for it."""

    @classmethod
    def setUpClass(cls):
        super(TestPurchase, cls).setUpClass()
        cls.vendor = cls.env['res.partner'].create({'name': 'Bureau Moderne (test)',
                                                    'supplier': True, 'is_company': True})
        cls.product = cls.env['product.product'].create({
            'name': 'Ramettes de papier (test)', 'type': 'consu',
            'supplier_taxes_id': [(5, 0, 0)],
            'property_account_expense_id': cls.expense_account.id})
        cls.buyer_without_unit = cls._create_user('ts_buyer_no_unit',
                                                  ['purchase.group_purchase_user'])

    def _order(self, user):
        return self.env['purchase.order'].sudo(user).create({
            'partner_id': self.vendor.id,
            'order_line': [(0, 0, {
                'name': self.product.name, 'product_id': self.product.id, 'product_qty': 10,
                'product_uom': self.product.uom_po_id.id, 'price_unit': 45.0,
                'date_planned': '2020-03-10 10:00:00'})],
        })

    def test_order_line_takes_the_requesters_unit_account(self):
        order = self._order(self.buyer)
        self.assertEqual(order.order_line.account_analytic_id,
                         self.unit_src.analytic_account_id)

    def test_the_default_shows_in_the_form(self):
        defaults = self.env['purchase.order.line'].sudo(self.buyer).default_get(
            ['account_analytic_id'])
        self.assertEqual(defaults['account_analytic_id'], self.unit_src.analytic_account_id.id)

    def test_a_user_without_unit_gets_no_account(self):
        order = self._order(self.buyer_without_unit)
        self.assertFalse(order.order_line.account_analytic_id)

    def test_an_explicit_account_is_kept(self):
        order = self.env['purchase.order'].sudo(self.buyer).create({
            'partner_id': self.vendor.id,
            'order_line': [(0, 0, {
                'name': self.product.name, 'product_id': self.product.id, 'product_qty': 1,
                'product_uom': self.product.uom_po_id.id, 'price_unit': 45.0,
                'date_planned': '2020-03-10 10:00:00',
                'account_analytic_id': self.analytic_dap.id})],
        })
        self.assertEqual(order.order_line.account_analytic_id, self.analytic_dap)

    def test_the_vendor_bill_books_the_units_spending(self):
        order = self._order(self.buyer)
        order.sudo(self.buyer).button_confirm()
        order.order_line.write({'qty_received': 10})
        invoice = self.env['account.invoice'].with_context(type='in_invoice').create({
            'partner_id': self.vendor.id, 'type': 'in_invoice', 'purchase_id': order.id,
            'account_id': self.payable_account.id, 'date_invoice': '2020-03-20'})
        invoice.purchase_order_change()
        invoice.action_invoice_open()
        self.assertEqual(invoice.invoice_line_ids.account_analytic_id,
                         self.unit_src.analytic_account_id)
        lines = self.env['account.analytic.line'].search(
            [('account_id', '=', self.unit_src.analytic_account_id.id)])
        self.assertEqual(sum(lines.mapped('amount')), -450.0)

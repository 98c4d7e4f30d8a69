from odoo import http
from odoo.exceptions import AccessError
from odoo.http import request
from odoo.tools import consteq

from odoo.addons.account_payment.controllers.payment import PaymentPortal


class CcisInvoicePayment(PaymentPortal):
    """Odoo 11's routes that start the payment of an invoice from its portal page create a
    transaction for any invoice id they are given, and answer with the payment form that
    holds its reference and amount: a member could reach another member's invoice by
    changing the id. They now answer only for an invoice the user may read (its record
    rules: the company's own invoices) or whose access token the link carries, as the
    invoice page itself (account's ``_invoice_check_access``)."""

    @staticmethod
    def _ccis_may_pay(invoice_id, access_token=None):
        invoice = request.env['account.invoice'].browse(invoice_id).exists()
        if not invoice:
            return False
        try:
            invoice.check_access_rights('read')
            invoice.check_access_rule('read')
            return True
        except AccessError:
            token = invoice.sudo().access_token
            return bool(access_token and token and consteq(token, access_token))

    @http.route()
    def invoice_pay_form(self, acquirer_id, invoice_id, save_token=False, access_token=None,
                         **kwargs):
        if not self._ccis_may_pay(invoice_id, access_token):
            return False
        return super(CcisInvoicePayment, self).invoice_pay_form(
            acquirer_id, invoice_id, save_token=save_token, access_token=access_token,
            **kwargs)

    @http.route()
    def invoice_pay_token(self, invoice_id, pm_id=None, **kwargs):
        if not self._ccis_may_pay(invoice_id, kwargs.get('access_token')):
            return request.redirect('/my')
        return super(CcisInvoicePayment, self).invoice_pay_token(invoice_id, pm_id=pm_id,
                                                                 **kwargs)

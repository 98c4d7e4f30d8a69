from odoo import _, api, fields, models
from odoo.exceptions import UserError

PAYMENT_STATES = [('paid', 'Paid'), ('not_paid', 'Not Paid'), ('credited', 'Credit Note Issued')]


class CcisServiceBillingMixin(models.AbstractModel):
    """A service record the chamber invoices to a member through Odoo's accounting.

    The inheriting model gives the member (``_ccis_billing_partner``), the unit whose analytic
    account carries the revenue (``_ccis_billing_unit``), the date and reference, and the lines
    (``_ccis_billing_lines``: the services' products with quantity and unit price). The
    invoice is created and validated when the service is delivered; finance registers the
    payment in Odoo's Invoicing screens, and the record shows « Payé » / « Non payé ».

    Counter staff have no rights in accounting: the invoice of a service they deliver is
    created as superuser, once the record's own access rules have allowed the change."""
    _name = 'ccis.service.billing.mixin'
    _description = 'Billed Service'

    invoice_id = fields.Many2one(
        'account.invoice', string='Invoice', readonly=True, copy=False, index=True,
        ondelete='restrict', track_visibility='onchange')
    refund_id = fields.Many2one(
        'account.invoice', string='Credit Note', readonly=True, copy=False, ondelete='restrict',
        track_visibility='onchange')
    invoice_number = fields.Char(
        string='Invoice Number', compute='_compute_ccis_billing', compute_sudo=True)
    invoice_amount = fields.Float(
        string='Invoiced Amount (incl. Tax)', compute='_compute_ccis_billing', compute_sudo=True,
        digits=(16, 2))
    payment_state = fields.Selection(
        PAYMENT_STATES, string='Payment', compute='_compute_ccis_billing', compute_sudo=True,
        search='_search_payment_state')

    @api.depends('invoice_id.state', 'invoice_id.number', 'invoice_id.amount_total')
    def _compute_ccis_billing(self):
        # counter staff cannot read invoices: what the record shows of its invoice is read
        # as superuser (compute_sudo is not applied to non-stored fields in 11.0)
        for record in self:
            invoice = record.sudo().invoice_id
            record.invoice_number = invoice.number or False
            record.invoice_amount = invoice.amount_total
            if not invoice:
                record.payment_state = False
            elif record.sudo().refund_id:
                # the credit note settles the invoice: Odoo then says it is paid, it was not
                record.payment_state = 'credited'
            else:
                record.payment_state = 'paid' if invoice.state == 'paid' else 'not_paid'

    def _search_payment_state(self, operator, value):
        if operator not in ('=', '!='):
            raise UserError(_('Search on the payment status is not supported.'))
        # which records are paid is shown on each record; staff cannot read invoices
        Records = self.sudo()
        ids = {
            'paid': Records.search([('invoice_id.state', '=', 'paid'),
                                    ('refund_id', '=', False)]).ids,
            'not_paid': Records.search([('invoice_id', '!=', False),
                                        ('invoice_id.state', '!=', 'paid'),
                                        ('refund_id', '=', False)]).ids,
            'credited': Records.search([('invoice_id', '!=', False),
                                        ('refund_id', '!=', False)]).ids,
        }
        if value in ids:
            ids = ids[value]
        else:
            ids = ids['paid'] + ids['not_paid'] + ids['credited']
            operator = '!=' if operator == '=' else '='
        return [('id', 'in' if operator == '=' else 'not in', ids)]

    # ------------------------------------------------------------------
    # what the inheriting model gives
    # ------------------------------------------------------------------
    def _ccis_billing_partner(self):
        return self.partner_id

    def _ccis_billing_unit(self):
        return self.unit_id

    def _ccis_billing_date(self):
        return self.date

    def _ccis_billing_reference(self):
        return self.name

    def _ccis_billing_lines(self):
        """[{'product': product.product, 'quantity': float, 'price_unit': float,
        'name': str}]"""
        raise NotImplementedError()

    # ------------------------------------------------------------------
    # invoicing
    # ------------------------------------------------------------------
    @api.multi
    def _ccis_create_invoice(self):
        """Create and validate the customer invoice of each record (once)."""
        self.check_access_rights('write')
        self.check_access_rule('write')
        for record in self.filtered(lambda r: not r.invoice_id):
            invoice = record._ccis_invoice_build()
            invoice.action_invoice_open()
            record.sudo().write({'invoice_id': invoice.id})
        return True

    def _ccis_invoice_build(self):
        self.ensure_one()
        partner = self._ccis_billing_partner()
        unit = self._ccis_billing_unit()
        company = unit.company_id or self.env.user.company_id
        Invoice = self.env['account.invoice'].sudo().with_context(
            force_company=company.id, company_id=company.id, type='out_invoice')
        journal = Invoice._default_journal()
        if not journal or journal.company_id != company:
            journal = Invoice.env['account.journal'].search(
                [('type', '=', 'sale'), ('company_id', '=', company.id)], limit=1)
        if not journal:
            raise UserError(_(
                '"%s": company "%s" has no sales journal; '
                'the invoice cannot be created.') % (self._ccis_billing_reference(), company.name))
        partner = partner.sudo().with_context(force_company=company.id)
        receivable = partner.commercial_partner_id.property_account_receivable_id
        analytic = unit.sudo().analytic_account_id
        lines = []
        for line in self._ccis_billing_lines():
            product = line['product'].sudo()
            account = product.product_tmpl_id._ccis_income_account(company)
            if not account:
                raise UserError(_(
                    '"%s": service "%s" has no income account in company "%s"; set it on the product.')
                    % (self._ccis_billing_reference(), product.name, company.name))
            taxes = product.taxes_id.filtered(lambda t: t.company_id == company)
            lines.append((0, 0, {
                'product_id': product.id,
                'name': line.get('name') or product.name,
                'quantity': line.get('quantity', 1.0),
                'price_unit': line['price_unit'],
                'uom_id': product.uom_id.id,
                'account_id': account.id,
                'account_analytic_id': analytic.id or False,
                'invoice_line_tax_ids': [(6, 0, taxes.ids)],
            }))
        invoice = Invoice.create({
            'type': 'out_invoice',
            'partner_id': partner.id,
            'account_id': receivable.id,
            'company_id': company.id,
            'journal_id': journal.id,
            'currency_id': company.currency_id.id,
            'date_invoice': self._ccis_billing_date(),
            'origin': self._ccis_billing_reference(),
            'name': self._ccis_billing_reference(),
            'user_id': self.env.uid,
            'invoice_line_ids': lines,
        })
        invoice.compute_taxes()
        return invoice

    @api.multi
    def _ccis_cancel_invoice(self, reason, date=None):
        """On cancellation: a credit note when the fee is refundable (reconciled with the
        invoice when it is not paid yet); a draft invoice is simply cancelled."""
        self.check_access_rights('write')
        self.check_access_rule('write')
        for record in self.filtered('invoice_id'):
            invoice = record.invoice_id.sudo()
            if invoice.state == 'draft':
                invoice.action_invoice_cancel()
                continue
            refundable = any(line.product_id.ccis_refundable
                             for line in invoice.invoice_line_ids)
            if not refundable or record.refund_id or invoice.state not in ('open', 'paid'):
                continue
            refund = invoice.refund(
                date_invoice=date or fields.Date.context_today(self), date=None,
                description=_('Cancellation of %s: %s') % (record._ccis_billing_reference(),
                                                           reason),
                journal_id=invoice.journal_id.id)
            refund.compute_taxes()
            refund.action_invoice_open()
            if invoice.state == 'open':
                lines = (invoice.move_id.line_ids | refund.move_id.line_ids).filtered(
                    lambda move_line: move_line.account_id == invoice.account_id
                    and not move_line.reconciled)
                lines.reconcile()
            record.sudo().write({'refund_id': refund.id})
        return True

    @api.multi
    def action_view_invoice(self):
        self.ensure_one()
        action = self.env.ref('account.action_invoice_tree1').read()[0]
        action.update({'views': [(self.env.ref('account.invoice_form').id, 'form')],
                       'res_id': self.invoice_id.id})
        return action

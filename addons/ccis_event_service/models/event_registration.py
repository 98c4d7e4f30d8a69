from odoo import _, api, fields, models
from odoo.exceptions import UserError


class EventRegistration(models.Model):
    """A registration to a paying event is a service invoiced to the member: the invoice is
    created and validated when the registration is confirmed, credited when it is cancelled
    and the fee is refundable (one code path: ``ccis.service.billing.mixin``).

    No new model: ``_name`` repeats the extended model because Odoo 11 requires it when an
    abstract mixin is added; its access rights stay those of ``event.registration`` (hence no
    ``security/ir.model.access.csv`` in this addon)."""
    _name = 'event.registration'
    _inherit = ['event.registration', 'ccis.service.billing.mixin']

    ccis_paying = fields.Boolean(
        related='event_id.ccis_paying', string='Paid Event', store=True, readonly=True,
        index=True)
    ccis_confirm_date = fields.Date(
        string='Confirmation Date', index=True, copy=False,
        readonly=True, states={'draft': [('readonly', False)]},
        help='Date of the participation fee invoice; set when the registration is confirmed if empty.')
    ccis_fee_amount = fields.Float(
        string='Participation Fee (excl. Tax)', digits=(16, 2), readonly=True, copy=False,
        help='Rate that the service rule gives the invoiced participant, fixed at invoicing.')
    ccis_revenue = fields.Float(
        string='Revenue (excl. Tax)', compute='_compute_ccis_revenue', store=True, compute_sudo=True,
        digits=(16, 2),
        help='Untaxed amount of the issued invoice, minus that of the credit note.')

    @api.depends('invoice_id.state', 'invoice_id.amount_untaxed', 'refund_id.state',
                 'refund_id.amount_untaxed')
    def _compute_ccis_revenue(self):
        for registration in self:
            revenue = 0.0
            for invoice, sign in ((registration.invoice_id, 1), (registration.refund_id, -1)):
                if invoice.state in ('open', 'paid'):
                    revenue += sign * invoice.amount_untaxed
            registration.ccis_revenue = revenue

    @api.model
    def create(self, vals):
        # a registration confirmed at its creation (auto-confirmation, done as superuser by
        # Odoo) is invoiced afterwards as the user who registers
        registration = super(EventRegistration, self.with_context(
            ccis_event_service_defer_invoice=True)).create(vals)
        registration = self.browse(registration.id)
        if registration.state in ('open', 'done'):
            registration._ccis_invoice_registrations()
        return registration

    @api.multi
    def unlink(self):
        for registration in self.filtered('invoice_id'):
            raise UserError(_(
                'Registration of "%s" for "%s": it has been invoiced (invoice %s); cancel it instead of '
                'deleting it.') % (registration.name or '',
                                   registration.event_id.name,
                                   registration.invoice_number))
        return super(EventRegistration, self).unlink()

    @api.multi
    def confirm_registration(self):
        res = super(EventRegistration, self).confirm_registration()
        self.filtered(lambda r: not r.ccis_confirm_date).write(
            {'ccis_confirm_date': fields.Date.context_today(self)})
        if not self.env.context.get('ccis_event_service_defer_invoice'):
            self._ccis_invoice_registrations()
        return res

    @api.multi
    def button_reg_cancel(self):
        res = super(EventRegistration, self).button_reg_cancel()
        self._ccis_credit_registrations()
        return res

    def _ccis_set_attendance(self, value):
        res = super(EventRegistration, self)._ccis_set_attendance(value)
        if value == 'present':
            # a participant who attends without having been confirmed owes the fee too
            self._ccis_invoice_registrations()
        return res

    # ------------------------------------------------------------------ billing

    def _ccis_invoice_registrations(self):
        """Invoice the confirmed registrations of paying events not invoiced yet, at the
        price the service's rule gives the billed partner. A registration reinstated after
        its fee was credited gets a new invoice."""
        registrations = self.filtered(
            lambda r: r.state in ('open', 'done') and r.event_id.ccis_fee_product_id
            and (not r.invoice_id or r.refund_id))
        if not registrations:
            return True
        registrations.check_access_rights('write')
        registrations.check_access_rule('write')
        today = fields.Date.context_today(self)
        values = []
        for registration in registrations:
            partner = registration._ccis_billing_partner()
            amount = registration.event_id.ccis_fee_product_id.ccis_compute_fee(
                partner=partner)
            values.append((registration, {
                'ccis_fee_amount': amount,
                'ccis_confirm_date': registration.ccis_confirm_date or (
                    registration.date_open or today)[:10],
            }))
        to_invoice = self.browse()
        for registration, vals in values:
            if registration.refund_id:
                message = _('Registration restored: invoice %s and its credit note %s remain on file; a new '
                            'invoice is issued.')
                registration.message_post(body=message % (
                    registration.invoice_number, registration.sudo().refund_id.number))
                registration.sudo().write({'invoice_id': False, 'refund_id': False})
            registration.write(vals)
            if vals['ccis_fee_amount']:
                to_invoice |= registration
        to_invoice._ccis_create_invoice()
        return True

    def _ccis_credit_registrations(self):
        """Credit the invoices of cancelled registrations whose fee is refundable (the
        credit note is dated on the cancellation, never before the invoice)."""
        today = fields.Date.context_today(self)
        for registration in self.filtered(lambda r: r.state == 'cancel' and r.invoice_id):
            date = max(today, registration.ccis_confirm_date or today)
            registration._ccis_cancel_invoice(_('registration cancelled'), date=date)
        return True

    def _ccis_billing_partner(self):
        partner = self.ccis_member_id or self.partner_id
        if not partner:
            raise UserError(_(
                'Registration of "%s" for "%s": specify the participant or their company (member), to whom '
                'the participation fee is invoiced.')
                % (self.name or '', self.event_id.name))
        return partner

    def _ccis_billing_unit(self):
        return self.event_id.unit_id

    def _ccis_billing_date(self):
        return self.ccis_confirm_date

    def _ccis_billing_reference(self):
        return '%s – %s' % (self.event_id.name,
                            self.name or self.partner_id.name or self.ccis_member_id.name)

    def _ccis_billing_lines(self):
        return [{'product': self.event_id.ccis_fee_product_id, 'quantity': 1.0,
                 'price_unit': self.ccis_fee_amount,
                 'name': '%s – %s' % (self.event_id.ccis_fee_product_id.name,
                                      self._ccis_billing_reference())}]

from odoo import _, api, fields, models

from odoo.addons.ccis_service.tools import fee


class EventEvent(models.Model):
    """A paying event or training: its participation fee is a service of the chamber's fee
    schedule; the confirmed registrations are invoiced to the participants' companies."""
    _inherit = 'event.event'

    ccis_fee_product_id = fields.Many2one(
        'product.product', string='Participation Fee', index=True, ondelete='restrict',
        domain=[('ccis_is_service', '=', True)], track_visibility='onchange',
        help='Service from the fee schedule invoiced for each confirmed registration, at the rate its rule '
             'gives the participant (member rate for an active member). Empty: free event.')
    ccis_paying = fields.Boolean(
        string='Fee-Based', compute='_compute_ccis_paying', store=True, index=True)
    ccis_fee_price = fields.Float(
        string='Rate (excl. Tax)', compute='_compute_ccis_fee_price', digits=(16, 2),
        help='Participation fee, excluding tax, for a non-member participant.')
    ccis_fee_member_price = fields.Float(
        string='Member Rate (excl. Tax)', compute='_compute_ccis_fee_price', digits=(16, 2),
        help='Participation fee, excluding tax, for an active member.')
    ccis_invoiced_count = fields.Integer(
        string='Invoiced Registrations', compute='_compute_ccis_billing_stats',
        help='Registrations whose invoice has been issued and not cancelled by a credit note.')
    ccis_paid_count = fields.Integer(
        string='Paid Registrations', compute='_compute_ccis_billing_stats')
    ccis_invoiced_amount = fields.Float(
        string='Invoiced Amount (incl. Tax)', compute='_compute_ccis_billing_stats',
        digits=(16, 2),
        help='Total of the registration invoices, less credit notes.')
    ccis_revenue = fields.Float(
        string='Total Revenue (excl. Tax)', compute='_compute_ccis_revenue', store=True,
        compute_sudo=True, digits=(16, 2),
        help='Untaxed revenue from registrations: issued invoices minus credit notes.')

    @api.depends('ccis_fee_product_id')
    def _compute_ccis_paying(self):
        for event in self:
            event.ccis_paying = bool(event.ccis_fee_product_id)

    @api.depends('ccis_fee_product_id.list_price', 'ccis_fee_product_id.ccis_fee_rule',
                 'ccis_fee_product_id.ccis_member_price_set',
                 'ccis_fee_product_id.ccis_member_price',
                 'ccis_fee_product_id.ccis_member_discount')
    def _compute_ccis_fee_price(self):
        for event in self:
            product = event.ccis_fee_product_id
            if not product:
                event.ccis_fee_price = event.ccis_fee_member_price = 0.0
                continue
            prices = []
            for member in (False, True):
                try:
                    prices.append(fee.compute_fee(
                        product.ccis_fee_rule or 'flat', price=product.list_price,
                        rate=product.ccis_fee_rate, minimum=product.ccis_fee_min,
                        maximum=product.ccis_fee_max,
                        scale=[(line.from_amount, line.price, line.rate)
                               for line in product.ccis_fee_scale_ids],
                        member=member,
                        member_price=(product.ccis_member_price
                                      if product.ccis_member_price_set else None),
                        member_discount=product.ccis_member_discount))
                except fee.FeeError:
                    prices.append(0.0)
            event.ccis_fee_price, event.ccis_fee_member_price = prices

    @api.depends('registration_ids.ccis_revenue')
    def _compute_ccis_revenue(self):
        # the saved events' totals in one grouped query (an event's hundreds of
        # registrations are not read again at each registration), corrected by the
        # registrations whose revenue this transaction is recomputing (not stored yet)
        saved = self.filtered(lambda event: isinstance(event.id, int))
        totals = {}
        if saved:
            self.env.cr.execute(
                'SELECT event_id, sum(coalesce(ccis_revenue, 0)) FROM event_registration '
                'WHERE event_id IN %s GROUP BY event_id', (tuple(saved.ids),))
            totals = dict(self.env.cr.fetchall())
            Registration = self.env['event.registration']
            pending = self.env.field_todo(Registration._fields['ccis_revenue']).exists()
            if pending:
                self.env.cr.execute(
                    'SELECT id, coalesce(ccis_revenue, 0) FROM event_registration '
                    'WHERE id IN %s', (tuple(pending.ids),))
                stored = dict(self.env.cr.fetchall())
                for registration in pending.filtered(lambda r: r.event_id in saved):
                    totals[registration.event_id.id] = totals.get(
                        registration.event_id.id, 0.0) + registration.ccis_revenue - \
                        stored.get(registration.id, 0.0)
        for event in self:
            if event in saved:
                event.ccis_revenue = totals.get(event.id, 0.0)
            else:  # an event being edited: its registrations as the form holds them
                event.ccis_revenue = sum(event.registration_ids.mapped('ccis_revenue'))

    def _compute_ccis_billing_stats(self):
        # what the registrations show of their invoices, read as superuser like the
        # registrations' own figures (staff without accounting rights see them)
        events = self.filtered('id')
        registrations = self.env['event.registration'].sudo().search(
            [('event_id', 'in', events.ids), ('invoice_id', '!=', False)])
        for event in self:
            mine = registrations.filtered(lambda r, event=event: r.event_id.id == event.id)
            invoiced = mine.filtered(lambda r: r.invoice_id.state in ('open', 'paid')
                                     and not r.refund_id)
            event.ccis_invoiced_count = len(invoiced)
            event.ccis_paid_count = len(invoiced.filtered(
                lambda r: r.invoice_id.state == 'paid'))
            event.ccis_invoiced_amount = sum(invoiced.mapped('invoice_id.amount_total'))

    @api.multi
    def button_cancel(self):
        """Cancelling the event cancels its registrations: their refundable fees are
        credited."""
        registrations = self.mapped('registration_ids').filtered(
            lambda r: r.state != 'cancel' and r.invoice_id)
        res = super(EventEvent, self).button_cancel()
        registrations._ccis_credit_registrations()
        return res

    @api.multi
    def action_ccis_invoice_registrations(self):
        """Invoice the confirmed registrations not invoiced yet (an event made paying after
        its registrations were confirmed)."""
        self.mapped('registration_ids')._ccis_invoice_registrations()
        return True

    @api.multi
    def action_ccis_view_invoiced_registrations(self):
        self.ensure_one()
        action = self.env.ref('ccis_event.event_registration_ccis_action').read()[0]
        action['domain'] = [('event_id', '=', self.id), ('invoice_id', '!=', False)]
        action['context'] = {'default_event_id': self.id}
        action['name'] = _('Invoiced Registrations')
        return action

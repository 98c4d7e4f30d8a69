from odoo import _, api, fields, models
from odoo.exceptions import UserError

STATES = [('draft', 'Draft'), ('done', 'Validated'), ('cancel', 'Cancelled')]


class CcisLegalisation(models.Model):
    """A counter record: a signature legalised or a commercial document stamped for a member,
    numbered without gaps each year, with its receipt and its invoice."""
    _name = 'ccis.legalisation'
    _description = 'Document Legalization and Endorsement'
    _inherit = ['mail.thread', 'mail.activity.mixin', 'ccis.unit.mixin',
                'ccis.service.billing.mixin']
    _order = 'date desc, id desc'

    name = fields.Char(string='Number', required=True, readonly=True, copy=False, default='/',
                       index=True, track_visibility='onchange')
    state = fields.Selection(STATES, string='State', required=True, default='draft',
                             readonly=True, copy=False, index=True, track_visibility='onchange')
    date = fields.Date(string='Date', required=True, index=True,
                       default=fields.Date.context_today,
                       readonly=True, states={'draft': [('readonly', False)]})
    partner_id = fields.Many2one(
        'res.partner', string='Member', required=True, index=True, ondelete='restrict',
        domain=[('ccis_is_member', '=', True)], track_visibility='onchange',
        readonly=True, states={'draft': [('readonly', False)]})
    product_id = fields.Many2one(
        'product.product', string='Service Product', required=True, ondelete='restrict',
        domain=[('ccis_is_service', '=', True), ('ccis_service_kind', '=', 'legalisation')],
        readonly=True, states={'draft': [('readonly', False)]})
    document_name = fields.Char(
        string='Document', required=True,
        readonly=True, states={'draft': [('readonly', False)]},
        help='Document presented: nature, reference, date (e.g. commercial invoice no. 125).')
    signatory = fields.Char(string='Signatory',
                            readonly=True, states={'draft': [('readonly', False)]})
    pages = fields.Integer(string='Pages', default=1,
                           readonly=True, states={'draft': [('readonly', False)]})
    copies = fields.Integer(string='Copies', default=1,
                            readonly=True, states={'draft': [('readonly', False)]})
    unit_fee = fields.Float(string='Unit Fee (MAD)', digits=(16, 2), readonly=True,
                            copy=False)
    amount = fields.Float(string='Amount (MAD)', digits=(16, 2), readonly=True, copy=False,
                          track_visibility='onchange')
    cancel_reason = fields.Text(string='Cancellation Reason', copy=False,
                                track_visibility='onchange')
    cancel_date = fields.Date(string='Cancellation Date', readonly=True, copy=False)
    year = fields.Integer(string='Year', compute='_compute_year', store=True, index=True)

    _sql_constraints = [
        ('counts_positive', 'check(pages > 0 AND copies > 0)',
         'The number of pages and copies must be at least 1.'),
    ]

    @api.depends('date')
    def _compute_year(self):
        for record in self:
            record.year = fields.Date.from_string(record.date).year if record.date else 0

    @api.onchange('product_id', 'partner_id', 'copies')
    def _onchange_fee(self):
        if self.product_id and self.state == 'draft':
            self.unit_fee = self.product_id.ccis_compute_fee(partner=self.partner_id)
            self.amount = self.unit_fee * max(self.copies, 1)

    @api.multi
    def unlink(self):
        if any(record.state != 'draft' for record in self):
            raise UserError(_('A validated or cancelled legalization cannot be deleted; cancel it and give '
                              'the reason.'))
        return super(CcisLegalisation, self).unlink()

    @api.multi
    def action_validate(self):
        """Number the record, fix its fee and invoice it."""
        for record in self:
            if record.state != 'draft':
                raise UserError(_('Legalization "%s": only a draft legalization can be validated.') % record.name)
            if not record.unit_id:
                raise UserError(_('Legalization of %s: enter the unit issuing it.')
                                % record.date)
            unit_fee = record.product_id.ccis_compute_fee(partner=record.partner_id)
            number = self.env['ir.sequence'].with_context(
                ir_sequence_date=record.date).next_by_code('ccis.legalisation')
            record.write({'name': number, 'state': 'done', 'unit_fee': unit_fee,
                          'amount': unit_fee * record.copies})
        self._ccis_create_invoice()
        return True

    @api.multi
    def action_cancel(self):
        """Cancel (unit managers): the reason is required; a refundable fee is credited."""
        if not self.env.user.has_group('ccis_base.group_ccis_unit_manager'):
            raise UserError(_('Only a unit head can cancel a legalization.'))
        for record in self:
            if record.state != 'done':
                raise UserError(_('Legalization "%s": only a validated legalization can be cancelled.') % record.name)
            if not (record.cancel_reason or '').strip():
                raise UserError(_('Legalization "%s": enter the cancellation reason.')
                                % record.name)
        for record in self:
            record.write({'state': 'cancel',
                          'cancel_date': record.cancel_date or fields.Date.context_today(self)})
            record._ccis_cancel_invoice(record.cancel_reason, date=record.cancel_date)
        return True

    def _ccis_billing_lines(self):
        return [{'product': self.product_id, 'quantity': self.copies,
                 'price_unit': self.unit_fee,
                 'name': '%s – %s' % (self.product_id.name, self.document_name)}]

    @api.multi
    def action_print_receipt(self):
        return self.env.ref('ccis_service.ccis_legalisation_report').report_action(self)

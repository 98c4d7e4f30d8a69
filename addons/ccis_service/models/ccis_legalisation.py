from odoo import _, api, fields, models
from odoo.exceptions import UserError

STATES = [('draft', 'Brouillon'), ('done', 'Validée'), ('cancel', 'Annulée')]


class CcisLegalisation(models.Model):
    """A counter record: a signature legalised or a commercial document stamped for a member,
    numbered without gaps each year, with its receipt and its invoice."""
    _name = 'ccis.legalisation'
    _description = 'Légalisation et visa de documents'
    _inherit = ['mail.thread', 'mail.activity.mixin', 'ccis.unit.mixin',
                'ccis.service.billing.mixin']
    _order = 'date desc, id desc'

    name = fields.Char(string='Numéro', required=True, readonly=True, copy=False, default='/',
                       index=True, track_visibility='onchange')
    state = fields.Selection(STATES, string='État', required=True, default='draft',
                             readonly=True, copy=False, index=True, track_visibility='onchange')
    date = fields.Date(string='Date', required=True, index=True,
                       default=fields.Date.context_today,
                       readonly=True, states={'draft': [('readonly', False)]})
    partner_id = fields.Many2one(
        'res.partner', string='Ressortissant', required=True, index=True, ondelete='restrict',
        domain=[('ccis_is_member', '=', True)], track_visibility='onchange',
        readonly=True, states={'draft': [('readonly', False)]})
    product_id = fields.Many2one(
        'product.product', string='Prestation', required=True, ondelete='restrict',
        domain=[('ccis_is_service', '=', True), ('ccis_service_kind', '=', 'legalisation')],
        readonly=True, states={'draft': [('readonly', False)]})
    document_name = fields.Char(
        string='Document', required=True,
        readonly=True, states={'draft': [('readonly', False)]},
        help='Document présenté : nature, référence, date (ex. facture commerciale n° 125).')
    signatory = fields.Char(string='Signataire',
                            readonly=True, states={'draft': [('readonly', False)]})
    pages = fields.Integer(string='Pages', default=1,
                           readonly=True, states={'draft': [('readonly', False)]})
    copies = fields.Integer(string='Exemplaires', default=1,
                            readonly=True, states={'draft': [('readonly', False)]})
    unit_fee = fields.Float(string='Tarif unitaire (MAD)', digits=(16, 2), readonly=True,
                            copy=False)
    amount = fields.Float(string='Montant (MAD)', digits=(16, 2), readonly=True, copy=False,
                          track_visibility='onchange')
    cancel_reason = fields.Text(string="Motif d'annulation", copy=False,
                                track_visibility='onchange')
    cancel_date = fields.Date(string="Date d'annulation", readonly=True, copy=False)
    year = fields.Integer(string='Année', compute='_compute_year', store=True, index=True)

    _sql_constraints = [
        ('counts_positive', 'check(pages > 0 AND copies > 0)',
         "Le nombre de pages et d'exemplaires doit être d'au moins 1."),
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
            raise UserError(_("Une légalisation validée ou annulée ne peut pas être supprimée ; "
                              "annulez-la en indiquant le motif."))
        return super(CcisLegalisation, self).unlink()

    @api.multi
    def action_validate(self):
        """Number the record, fix its fee and invoice it."""
        for record in self:
            if record.state != 'draft':
                raise UserError(_("Légalisation « %s » : seule une légalisation en brouillon "
                                  "peut être validée.") % record.name)
            if not record.unit_id:
                raise UserError(_("Légalisation du %s : indiquez l'unité qui la délivre.")
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
            raise UserError(_("Seul un chef d'unité peut annuler une légalisation."))
        for record in self:
            if record.state != 'done':
                raise UserError(_("Légalisation « %s » : seule une légalisation validée peut "
                                  "être annulée.") % record.name)
            if not (record.cancel_reason or '').strip():
                raise UserError(_("Légalisation « %s » : indiquez le motif d'annulation.")
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

import datetime

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import schedule

STATES = [
    ('draft', 'Draft'),
    ('active', 'Active'),
    ('suspended', 'Suspended'),
    ('ended', 'Finished'),
]
FREQUENCIES = [
    ('monthly', 'Monthly'),
    ('quarterly', 'Quarterly'),
    ('yearly', 'Yearly'),
]
# the OCA contract's recurrence of each invoicing frequency: (rule type, interval)
CONTRACT_RECURRENCE = {
    'monthly': ('monthly', 1),
    'quarterly': ('monthly', 3),
    'yearly': ('yearly', 1),
}


class CcisCgcSubscription(models.Model):
    """A member's subscription to the chamber's accounting centre (CGC).

    The subscription is the chamber's business document (unit, agent, band, state, the
    client's deliverables); its invoicing is an OCA recurring contract
    (``account.analytic.account`` of ``contract``) created at confirmation, with the band's
    subscription product as its recurring line: OCA's daily cron creates the invoices on
    schedule. Counter staff have no rights in accounting: the contract is created and driven
    as superuser, once the subscription's own access rules have allowed the change (as
    ccis_service does for the invoices of its services)."""
    _name = 'ccis.cgc.subscription'
    _description = 'Accounting Management Centre Subscription'
    _inherit = ['mail.thread', 'mail.activity.mixin', 'ccis.unit.mixin']
    _order = 'date_start desc, id desc'

    name = fields.Char(string='Number', required=True, readonly=True, copy=False, default='/',
                       index=True, track_visibility='onchange')
    state = fields.Selection(STATES, string='State', required=True, default='draft',
                             readonly=True, copy=False, index=True,
                             track_visibility='onchange', group_expand='_group_expand_states')
    partner_id = fields.Many2one(
        'res.partner', string='Client (Member)', required=True, index=True,
        ondelete='restrict', domain=[('ccis_is_member', '=', True)],
        track_visibility='onchange', readonly=True, states={'draft': [('readonly', False)]})
    partner_ice = fields.Char(string='ICE', related='partner_id.commercial_partner_id.ccis_ice',
                              readonly=True)
    turnover = fields.Float(
        string='Declared Turnover (MAD)', digits=(16, 2),
        readonly=True, states={'draft': [('readonly', False)]},
        help="Client's annual turnover, which determines their size band.")
    band_id = fields.Many2one(
        'ccis.cgc.size.band', string='Size Band', required=True, index=True,
        ondelete='restrict', track_visibility='onchange',
        readonly=True, states={'draft': [('readonly', False)]})
    date_start = fields.Date(
        string='Start', required=True, index=True, default=fields.Date.context_today,
        track_visibility='onchange', readonly=True, states={'draft': [('readonly', False)]})
    date_end = fields.Date(
        string='End', index=True, track_visibility='onchange',
        readonly=True, states={'draft': [('readonly', False)], 'active': [('readonly', False)],
                               'suspended': [('readonly', False)]},
        help='Last day of the subscription; empty: tacitly renewed.')
    exit_date = fields.Date(
        string='Exit Date', compute='_compute_exit_date', store=True, index=True,
        help='Day after the last day of the subscription (active clients indicator).')
    frequency = fields.Selection(
        FREQUENCIES, string='Billing', required=True, default='quarterly',
        track_visibility='onchange', readonly=True, states={'draft': [('readonly', False)]})
    yearly_fee = fields.Float(
        string='Annual Fee (MAD)', digits=(16, 2), readonly=True, copy=False,
        track_visibility='onchange',
        help="Price of the band's product for this client (member rate), set on confirmation.")
    instalment = fields.Float(
        string='Amount per Billing Period (MAD)', digits=(16, 2), compute='_compute_instalment',
        store=True)
    user_id = fields.Many2one(
        'res.users', string='Assigned Agent', index=True, track_visibility='onchange',
        default=lambda self: self.env.user)
    deliverable_type_ids = fields.Many2many(
        'ccis.cgc.deliverable.type', 'ccis_cgc_subscription_deliverable_type_rel',
        'subscription_id', 'type_id', string='Tracked Deliverables',
        help='Deliverables produced each fiscal year for this client.')
    generation_year = fields.Integer(
        string='Fiscal Year to Prepare',
        default=lambda self: fields.Date.from_string(fields.Date.context_today(self)).year,
        help='Fiscal year for which the "Generate Deliverables" button creates the due dates.')
    deliverable_ids = fields.One2many(
        'ccis.cgc.deliverable', 'subscription_id', string='Deliverables')
    deliverable_count = fields.Integer(string='Number of Deliverables',
                                       compute='_compute_deliverable_count')
    late_count = fields.Integer(string='Overdue Deliverables',
                                compute='_compute_deliverable_count')
    contract_id = fields.Many2one(
        'account.analytic.account', string='Billing Contract', readonly=True,
        copy=False, ondelete='restrict', index=True)
    next_invoice_date = fields.Date(
        string='Next Invoice', compute='_compute_contract_info', compute_sudo=True)
    invoice_count = fields.Integer(
        string='Invoices', compute='_compute_contract_info', compute_sudo=True)
    invoiced_amount = fields.Float(
        string='Invoiced Amount (incl. Tax)', digits=(16, 2), compute='_compute_contract_info',
        compute_sudo=True)
    note = fields.Text(string='Observations')
    color = fields.Integer(string='Color')

    @api.depends('date_end')
    def _compute_exit_date(self):
        for subscription in self:
            end = fields.Date.from_string(subscription.date_end)
            subscription.exit_date = end + datetime.timedelta(days=1) if end else False

    @api.depends('yearly_fee', 'frequency')
    def _compute_instalment(self):
        for subscription in self:
            subscription.instalment = schedule.instalment(subscription.yearly_fee,
                                                          subscription.frequency)

    @api.depends('deliverable_ids.state', 'deliverable_ids.due_date')
    def _compute_deliverable_count(self):
        today = fields.Date.context_today(self)
        for subscription in self:
            subscription.deliverable_count = len(subscription.deliverable_ids)
            subscription.late_count = len(subscription.deliverable_ids.filtered(
                lambda d: d.state != 'filed' and d.due_date < today))

    def _compute_contract_info(self):
        # counter staff cannot read invoices: read as superuser (compute_sudo is not applied
        # to non-stored fields in 11.0)
        subscriptions = self.sudo()
        contracts = subscriptions.mapped('contract_id')
        invoices = self.env['account.invoice'].sudo().search(
            [('contract_id', 'in', contracts.ids), ('state', '!=', 'cancel')])
        for subscription, sudoed in zip(self, subscriptions):
            mine = invoices.filtered(lambda inv: inv.contract_id == sudoed.contract_id)
            contract = sudoed.contract_id
            subscription.next_invoice_date = (contract.recurring_next_date
                                              if contract.recurring_invoices else False)
            subscription.invoice_count = len(mine)
            subscription.invoiced_amount = sum(mine.mapped('amount_total'))

    @api.model
    def _group_expand_states(self, states, domain, order):
        return [key for key, _label in STATES]

    @api.constrains('date_start', 'date_end')
    def _check_dates(self):
        # read as superuser: a record outside the user's units fails on the record rules
        # (AccessError), checked after the constraints
        for subscription in self.sudo():
            if subscription.date_end and subscription.date_end < subscription.date_start:
                raise ValidationError(_(
                    'Subscription "%s" of %s: the end date '
                    '(%s) is before the start date (%s).') % (subscription.name, subscription.partner_id.name,
                                                              subscription.date_end, subscription.date_start))

    @api.constrains('turnover', 'band_id')
    def _check_band(self):
        for subscription in self.sudo():
            if subscription.turnover and not subscription.band_id._fits(subscription.turnover):
                raise ValidationError(_(
                    'Subscription of %s: a turnover of %.2f MAD does not fall within the band "%s"; choose '
                    'the matching band.')
                    % (subscription.partner_id.name, subscription.turnover,
                       subscription.band_id.name))

    @api.onchange('turnover')
    def _onchange_turnover(self):
        if self.turnover:
            band = self.env['ccis.cgc.size.band']._for_turnover(self.turnover)
            if band:
                self.band_id = band

    @api.onchange('band_id')
    def _onchange_band_id(self):
        if self.band_id:
            self.deliverable_type_ids = self.band_id.deliverable_type_ids
            self.yearly_fee = self.band_id.product_id.ccis_compute_fee(partner=self.partner_id)

    @api.model
    def create(self, vals):
        if vals.get('band_id') and 'deliverable_type_ids' not in vals:
            band = self.env['ccis.cgc.size.band'].browse(vals['band_id'])
            vals['deliverable_type_ids'] = [(6, 0, band.deliverable_type_ids.ids)]
        return super(CcisCgcSubscription, self).create(vals)

    @api.multi
    def unlink(self):
        if any(subscription.state != 'draft' for subscription in self):
            raise UserError(_('Only a draft subscription can be deleted; end it instead.'))
        return super(CcisCgcSubscription, self).unlink()

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------
    @api.multi
    def action_confirm(self):
        """Check the client and the unit, fix the fee, number the subscription and start
        its invoicing (the OCA contract)."""
        for subscription in self:
            subscription._check_can_confirm()
        self.check_access_rights('write')
        self.check_access_rule('write')
        for subscription in self:
            fee = subscription.band_id.product_id.ccis_compute_fee(
                partner=subscription.partner_id)
            values = {'state': 'active', 'yearly_fee': fee}
            if subscription.name == '/':
                values['name'] = self.env['ir.sequence'].with_context(
                    ir_sequence_date=subscription.date_start).next_by_code(
                        'ccis.cgc.subscription')
            subscription.write(values)
            subscription._ccis_sync_contract()
        return True

    def _check_can_confirm(self):
        self.ensure_one()
        if self.state != 'draft':
            raise UserError(_('Subscription "%s": only a draft subscription can be confirmed.') % self.name)
        member = self.partner_id.commercial_partner_id
        if not (member.ccis_is_member and member.ccis_state == 'active'):
            raise UserError(_(
                'Subscription of %s: the client must be an active member of the register (current status: %s).') % (
                    self.partner_id.name,
                    dict(member._fields['ccis_state']._description_selection(self.env)).get(
                        member.ccis_state) or _('not a member')))
        if not self.unit_id:
            raise UserError(_('Subscription of %s: specify the unit in charge of the client.')
                            % self.partner_id.name)
        if not self.band_id.product_id:
            raise UserError(_('Subscription of %s: the band "%s" '
                              'has no subscription product.') % (self.partner_id.name, self.band_id.name))

    @api.multi
    def action_suspend(self):
        """Suspend the invoicing (unpaid fees, client's request): the deliverables stay."""
        self._check_state('active', _('suspended'))
        self.write({'state': 'suspended'})
        self._ccis_sync_contract()
        return True

    @api.multi
    def action_resume(self):
        """Resume the invoicing: the periods of the suspension are not invoiced."""
        self._check_state('suspended', _('resumed'))
        self.write({'state': 'active'})
        self._ccis_sync_contract(restart=fields.Date.context_today(self))
        return True

    @api.multi
    def action_end(self):
        """End the subscription: on its end date, today when it has none."""
        for subscription in self:
            if subscription.state not in ('active', 'suspended'):
                raise UserError(_('Subscription "%s": only an active or '
                                  'suspended subscription can be ended.') % subscription.name)
        today = fields.Date.context_today(self)
        for subscription in self:
            subscription.write({'state': 'ended',
                                'date_end': subscription.date_end or today})
        self._ccis_sync_contract()
        return True

    def _check_state(self, state, verb):
        for subscription in self:
            if subscription.state != state:
                raise UserError(_('Subscription "%s": it cannot be %s in the "%s" state.') % (
                    subscription.name, verb,
                    dict(self._fields['state']._description_selection(self.env))[subscription.state]))

    @api.multi
    def write(self, vals):
        result = super(CcisCgcSubscription, self).write(vals)
        if vals.get('unit_id'):
            # the client's deliverables follow the unit in charge (and its record rules)
            self.mapped('deliverable_ids').write({'unit_id': vals['unit_id']})
        if 'date_end' in vals or 'user_id' in vals:
            self.filtered('contract_id')._ccis_sync_contract()
        return result

    @api.multi
    def action_generate_deliverables(self):
        """Create the deliverables of the year to prepare (those missing only)."""
        for subscription in self:
            if subscription.state == 'draft':
                raise UserError(_('Subscription of %s: confirm the subscription before generating its '
                                  'deliverables.') % subscription.partner_id.name)
            if not subscription.generation_year:
                raise UserError(_('Subscription "%s": specify the fiscal year to prepare.')
                                % subscription.name)
            subscription._generate_deliverables(subscription.generation_year)
        return True

    @api.multi
    def _generate_deliverables(self, year):
        """The deliverables of fiscal ``year`` for the followed types and the periods the
        subscription covers; existing ones are kept (no duplicates). Returns the new ones."""
        Deliverable = self.env['ccis.cgc.deliverable']
        created = Deliverable
        existing = set(Deliverable.search([('subscription_id', 'in', self.ids),
                                           ('year', '=', year)]).mapped(
            lambda d: (d.subscription_id.id, d.type_id.id, d.period)))
        values = []
        for subscription in self:
            start = fields.Date.from_string(subscription.date_start)
            end = fields.Date.from_string(subscription.date_end) if subscription.date_end \
                else None
            for deliverable_type in subscription.deliverable_type_ids:
                for period, first, last in schedule.periods(year,
                                                            deliverable_type.periodicity):
                    key = (subscription.id, deliverable_type.id, period)
                    if key in existing or not schedule.overlaps(first, last, start, end):
                        continue
                    existing.add(key)
                    values.append({
                        'subscription_id': subscription.id,
                        'type_id': deliverable_type.id,
                        'year': year,
                        'period': period,
                        'user_id': subscription.user_id.id,
                        'unit_id': subscription.unit_id.id,
                    })
        for vals in values:
            created |= Deliverable.create(vals)
        return created

    @api.multi
    def action_view_deliverables(self):
        self.ensure_one()
        action = self.env.ref('ccis_cgc.ccis_cgc_deliverable_action').read()[0]
        action['domain'] = [('subscription_id', '=', self.id)]
        action['context'] = {'default_subscription_id': self.id}
        return action

    @api.multi
    def action_view_invoices(self):
        self.ensure_one()
        action = self.env.ref('account.action_invoice_tree1').read()[0]
        action['domain'] = [('contract_id', '=', self.sudo().contract_id.id or 0)]
        action['context'] = {'create': False}
        return action

    # ------------------------------------------------------------------
    # the OCA contract
    # ------------------------------------------------------------------
    def _ccis_contract_values(self):
        self.ensure_one()
        company = self.unit_id.company_id or self.env.user.company_id
        rule_type, interval = CONTRACT_RECURRENCE[self.frequency]
        product = self.band_id.product_id
        return {
            'name': '%s – %s' % (self.name, self.partner_id.name),
            'code': self.name,
            'partner_id': self.partner_id.id,
            'company_id': company.id,
            'journal_id': self.env['account.journal'].sudo().search(
                [('type', '=', 'sale'), ('company_id', '=', company.id)], limit=1).id,
            'recurring_invoices': True,
            'recurring_rule_type': rule_type,
            'recurring_interval': interval,
            'recurring_invoicing_type': 'pre-paid',
            'date_start': self.date_start,
            'recurring_next_date': self.date_start,
            'date_end': self.date_end,
            'user_id': self.user_id.id,
            'ccis_cgc_subscription_id': self.id,
            'recurring_invoice_line_ids': [(0, 0, {
                'product_id': product.id,
                'name': _('%s – period from #START# to #END#') % product.name,
                'quantity': 1.0,
                'uom_id': product.uom_id.id,
                'automatic_price': False,
                'specific_price': self.instalment,
            })],
        }

    def _ccis_sync_contract(self, restart=None):
        """Create the contract of each confirmed subscription, or follow the subscription's
        state, end date and agent. ``restart``: invoicing resumes at the first due date on or
        after that date (the periods before it are not invoiced)."""
        self.check_access_rights('write')
        self.check_access_rule('write')
        for subscription in self.filtered(lambda s: s.state != 'draft'):
            if not subscription.contract_id:
                contract = self.env['account.analytic.account'].sudo().create(
                    subscription._ccis_contract_values())
                super(CcisCgcSubscription, subscription).write({'contract_id': contract.id})
                continue
            contract = subscription.contract_id.sudo()
            values = {'recurring_invoices': subscription.state == 'active',
                      'date_end': subscription.date_end, 'user_id': subscription.user_id.id}
            if restart and contract.recurring_next_date and \
                    contract.recurring_next_date < restart:
                next_date = fields.Date.from_string(contract.recurring_next_date)
                delta = contract.get_relative_delta(contract.recurring_rule_type,
                                                    contract.recurring_interval)
                while fields.Date.to_string(next_date) < restart:
                    next_date += delta
                values['recurring_next_date'] = fields.Date.to_string(next_date)
            contract.write(values)
        return True

    @api.multi
    def _ccis_invoice_until(self, date):
        """Run the contracts' recurring invoicing for every due date up to ``date`` (what
        OCA's daily cron does day after day): the demo data and the catch-up of a late
        start. Returns the invoices created."""
        invoices = self.env['account.invoice'].sudo()
        contracts = self.sudo().filtered(lambda s: s.state == 'active').mapped('contract_id')
        for contract in contracts:
            while contract.recurring_invoices and contract.recurring_next_date and \
                    contract.recurring_next_date <= date and \
                    (not contract.date_end or contract.recurring_next_date <= contract.date_end):
                before = contract.recurring_next_date
                invoices |= contract.with_context(cron=True).recurring_create_invoice()
                if contract.recurring_next_date == before:
                    break
        return invoices

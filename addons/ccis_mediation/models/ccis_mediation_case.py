from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import mediation
from .product_template import CASE_TYPES

STATES = [
    ('draft', 'Draft'),
    ('registered', 'Registered'),
    ('in_progress', 'In Progress'),
    ('closed', 'Closed'),
]
OUTCOMES = [
    ('settlement', 'Settlement'),
    ('award', 'Award'),
    ('failure', 'Failure'),
    ('withdrawal', 'Withdrawal'),
]
# the yearly sequence of each type of case (data/ir_sequence_data.xml)
SEQUENCE_CODES = {
    'mediation': 'ccis.mediation.case.mediation',
    'arbitration': 'ccis.mediation.case.arbitration',
}


class CcisMediationCase(models.Model):
    """A case of the chamber's dispute resolution service (« Règlement des différends »): a
    conventional mediation or an arbitration between businesses (law 95-17), numbered each
    year per type, with its parties and their counsel, the mediator or the arbitral tribunal,
    its hearings, deadline and outcome; the fees are invoiced to the parties at registration.
    Confidential: only the unit in charge, the director of its annex and the direction see
    it (security/ccis_mediation_security.xml)."""
    _name = 'ccis.mediation.case'
    _description = 'Mediation or Arbitration Case'
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    # confidential (law 95-17): the unit, its annex's director and the direction; neither
    # the audit nor the bureau (record rules: ir.rule._ccis_unit_rules)
    _ccis_unit_scope = {'paths': ['unit_id'], 'confidential': True}
    _order = 'date_filed desc, name desc, id desc'

    name = fields.Char(string='Number', readonly=True, copy=False, index=True,
                       track_visibility='onchange')
    case_type = fields.Selection(
        CASE_TYPES, string='Procedure', required=True, default='mediation', index=True,
        track_visibility='onchange', readonly=True, states={'draft': [('readonly', False)]})
    subject = fields.Char(string='Subject of the Dispute', required=True, track_visibility='onchange')
    description = fields.Text(string='Statement of the Dispute')
    company_id = fields.Many2one('res.company', string='Company', required=True,
                                 default=lambda self: self.env.user.company_id)
    currency_id = fields.Many2one(related='company_id.currency_id', readonly=True,
                                  string='Currency')
    amount_dispute = fields.Monetary(
        string='Amount in Dispute', track_visibility='onchange',
        readonly=True, states={'draft': [('readonly', False)]},
        help='Amount of the claims: basis of the administrative fees (scale by amount).')
    date_filed = fields.Date(
        string='Request Date', required=True, index=True, track_visibility='onchange',
        default=fields.Date.context_today,
        readonly=True, states={'draft': [('readonly', False)]})
    date_registered = fields.Date(
        string='Registration Date', index=True, copy=False, track_visibility='onchange',
        readonly=True, states={'draft': [('readonly', False)]},
        help='Date of registration of the case and of the fee invoices (by default, the day of registration).')
    year = fields.Integer(string='Year', compute='_compute_year', store=True, index=True)
    unit_id = fields.Many2one(required=True, readonly=True,
                              states={'draft': [('readonly', False)]})
    user_id = fields.Many2one('res.users', string='Case Officer', index=True,
                              track_visibility='onchange',
                              default=lambda self: self.env.user)
    party_ids = fields.One2many('ccis.mediation.party', 'case_id', string='Parties',
                                copy=True)
    claimant_names = fields.Char(string='Claimants', compute='_compute_party_names')
    respondent_names = fields.Char(string='Respondents', compute='_compute_party_names')
    arbitrator_ids = fields.One2many('ccis.mediation.arbitrator', 'case_id',
                                     string='Mediator / Arbitral Tribunal')
    hearing_ids = fields.One2many('calendar.event', 'ccis_mediation_case_id',
                                  string='Hearings')
    hearing_count = fields.Integer(string='Number of Hearings',
                                   compute='_compute_hearing_count')
    document_count = fields.Integer(string='Number of Documents',
                                    compute='_compute_document_count')
    # deadlines
    date_constitution = fields.Date(
        string='Constitution of the Tribunal / Acceptance of the Mediator', copy=False,
        track_visibility='onchange',
        help="Starting point of the procedure's time limit: date of constitution of the arbitral tribunal "
             '(acceptance by the last arbitrator) or of acceptance by the mediator.')
    delay_months = fields.Integer(
        string='Legal Time Limit (Months)', copy=False, track_visibility='onchange',
        help='Time limit of the procedure, taken from the settings when the procedure is opened (Chamber › '
             'Configuration › Settings); can be changed if the parties agreed otherwise.')
    extension_months = fields.Integer(
        string='Extension (Months)', copy=False, track_visibility='onchange',
        help='Extension of the time limit agreed by the parties (or ordered).')
    date_deadline = fields.Date(
        string='Procedure Deadline', compute='_compute_date_deadline', store=True,
        index=True, help='Arbitration: date by which the award is due; mediation: end of the mediation period.')
    # outcome
    outcome = fields.Selection(OUTCOMES, string='Outcome', copy=False, index=True,
                               track_visibility='onchange')
    date_outcome = fields.Date(string='Outcome Date', copy=False, index=True,
                               track_visibility='onchange')
    outcome_note = fields.Text(string='Notes on the Outcome', copy=False)
    duration_days = fields.Integer(
        string='Duration (Days)', compute='_compute_duration_days', store=True,
        group_operator='avg',
        help='Days between the request and the outcome of the case (averaged in the analyses).')
    state = fields.Selection(STATES, string='State', required=True, default='draft',
                             index=True, copy=False, track_visibility='onchange',
                             group_expand='_group_expand_states')
    # fees
    registration_product_id = fields.Many2one(
        'product.product', string='Registration Fee', ondelete='restrict',
        domain=[('ccis_is_service', '=', True),
                ('ccis_service_kind', '=', 'dispute_registration')],
        readonly=True, states={'draft': [('readonly', False)]})
    admin_fee_product_id = fields.Many2one(
        'product.product', string='Administrative Fees (Service)', ondelete='restrict',
        domain=[('ccis_is_service', '=', True), ('ccis_service_kind', '=', 'dispute_admin_fee')],
        readonly=True, states={'draft': [('readonly', False)]})
    claimant_share = fields.Float(
        string="Claimants' Share of Administrative Fees (%)", default=50.0,
        digits=(5, 2), track_visibility='onchange',
        readonly=True, states={'draft': [('readonly', False)]},
        help='Share of the administrative fees borne by the claimants; the rest is borne by the respondents. '
             'Each share is split equally among the parties on the same side.')
    registration_fee = fields.Monetary(string='Registration Fees Invoiced',
                                       readonly=True, copy=False)
    admin_fee = fields.Monetary(string='Administrative Fees Invoiced', readonly=True,
                                copy=False, track_visibility='onchange')
    overdue_activity_done = fields.Boolean(
        string='Deadline Reminder Created', readonly=True, copy=False,
        help='An activity was created for the case officer when the procedure deadline was passed (only once '
             'per deadline).')
    is_overdue = fields.Boolean(string='Deadline Passed', compute='_compute_is_overdue',
                                search='_search_is_overdue')
    color = fields.Integer(string='Color')

    _sql_constraints = [
        ('name_unique', 'unique(name)', 'The case number must be unique.'),
        ('claimant_share_range', 'check(claimant_share >= 0 AND claimant_share <= 100)',
         "The claimants' share of the administrative fees is between 0 and 100 %."),
        ('amount_dispute_positive', 'check(amount_dispute >= 0)',
         'The amount in dispute cannot be negative.'),
        ('delays_positive', 'check(delay_months >= 0 AND extension_months >= 0)',
         'The legal time limit and the extension cannot be negative.'),
    ]

    # ------------------------------------------------------------------
    # computes
    # ------------------------------------------------------------------
    @api.depends('date_filed')
    def _compute_year(self):
        for case in self:
            case.year = fields.Date.from_string(case.date_filed).year if case.date_filed else 0

    @api.depends('party_ids.side', 'party_ids.partner_id')
    def _compute_party_names(self):
        for case in self:
            for side, field_name in (('claimant', 'claimant_names'),
                                     ('respondent', 'respondent_names')):
                case[field_name] = ', '.join(case.party_ids.filtered(
                    lambda p, s=side: p.side == s).mapped('partner_id.display_name'))

    def _compute_hearing_count(self):
        data = self.env['calendar.event'].read_group(
            [('ccis_mediation_case_id', 'in', self.ids)], ['ccis_mediation_case_id'],
            ['ccis_mediation_case_id'])
        counts = {row['ccis_mediation_case_id'][0]: row['ccis_mediation_case_id_count']
                  for row in data}
        for case in self:
            case.hearing_count = counts.get(case.id, 0)

    def _compute_document_count(self):
        data = self.env['ir.attachment'].read_group(
            [('res_model', '=', self._name), ('res_id', 'in', self.ids)], ['res_id'],
            ['res_id'])
        counts = {row['res_id']: row['res_id_count'] for row in data}
        for case in self:
            case.document_count = counts.get(case.id, 0)

    @api.depends('date_constitution', 'delay_months', 'extension_months')
    def _compute_date_deadline(self):
        for case in self:
            case.date_deadline = mediation.procedure_deadline(
                case.date_constitution, case.delay_months, case.extension_months) or False

    @api.depends('date_filed', 'date_outcome')
    def _compute_duration_days(self):
        for case in self:
            case.duration_days = mediation.duration_days(case.date_filed, case.date_outcome)

    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for case in self:
            case.is_overdue = case.state == 'in_progress' and bool(case.date_deadline) \
                and case.date_deadline < today

    def _search_is_overdue(self, operator, value):
        domain = self._overdue_domain(fields.Date.context_today(self))
        if (operator == '=') == bool(value):
            return domain
        return ['!', '&', '&'] + domain

    @api.model
    def _overdue_domain(self, today):
        return [('state', '=', 'in_progress'), ('date_deadline', '!=', False),
                ('date_deadline', '<', today)]

    @api.model
    def _group_expand_states(self, states, domain, order):
        return [key for key, _label in STATES]

    # ------------------------------------------------------------------
    # constraints and onchanges
    # ------------------------------------------------------------------
    @api.constrains('date_filed', 'date_registered', 'date_constitution', 'date_outcome')
    def _check_dates(self):
        for case in self:
            for field_name in ('date_registered', 'date_constitution', 'date_outcome'):
                if case[field_name] and case.date_filed and case[field_name] < case.date_filed:
                    raise ValidationError(_(
                        'Case %s: the field "%s" (%s) cannot '
                        'precede the date of the request (%s).') % (case.display_name, case._field_label(field_name),
                                                                    case[field_name], case.date_filed))

    @api.constrains('outcome', 'case_type')
    def _check_outcome(self):
        for case in self:
            if case.outcome == 'award' and case.case_type != 'arbitration':
                raise ValidationError(_(
                    'Case %s: a mediation does not end with an award (field "Outcome"); choose settlement, '
                    'failure or withdrawal.')
                    % case.display_name)

    @api.onchange('case_type')
    def _onchange_case_type(self):
        self.registration_product_id = self._default_fee_product(
            'dispute_registration', self.case_type)
        self.admin_fee_product_id = self._default_fee_product('dispute_admin_fee',
                                                              self.case_type)

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    @api.model
    def create(self, vals):
        case_type = vals.get('case_type') or 'mediation'
        for field_name, kind in (('registration_product_id', 'dispute_registration'),
                                 ('admin_fee_product_id', 'dispute_admin_fee')):
            if not vals.get(field_name):
                vals[field_name] = self._default_fee_product(kind, case_type).id
        return super(CcisMediationCase, self).create(vals)

    @api.multi
    def unlink(self):
        numbered = self.filtered(lambda case: case.state != 'draft')
        if numbered:
            raise UserError(_(
                'Case %s: a registered case cannot be deleted (its number and invoices remain); close it '
                'with the outcome "Withdrawal".')
                % numbered[0].display_name)
        return super(CcisMediationCase, self).unlink()

    @api.multi
    def name_get(self):
        return [(case.id, ' – '.join(filter(None, [case.name or _('Draft'), case.subject])))
                for case in self]

    @api.model
    def name_search(self, name='', args=None, operator='ilike', limit=100):
        if name:
            args = ['|', ('name', operator, name), ('subject', operator, name)] + (args or [])
            return self.search(args, limit=limit).name_get()
        return super(CcisMediationCase, self).name_search(name, args, operator, limit)

    # ------------------------------------------------------------------
    # helpers
    # ------------------------------------------------------------------
    @api.model
    def _default_fee_product(self, kind, case_type):
        return self.env['product.product'].search([
            ('ccis_is_service', '=', True), ('ccis_service_kind', '=', kind),
            ('ccis_dispute_type', '=', case_type)], limit=1)

    def _field_label(self, field_name):
        return self._fields[field_name].get_description(self.env)['string']

    def _selection_label(self, field_name):
        return dict(self._fields[field_name]._description_selection(self.env)).get(
            self[field_name], '')

    @api.model
    def _tribunal_message(self, error):
        """The French message of a ``tools.mediation.tribunal_error`` code."""
        return {
            'no_mediator': _('appoint the mediator ("Mediator / Arbitral Tribunal" tab)'),
            'role_not_mediation': _('a mediation only has mediators, not arbitrators'),
            'no_arbitrator': _('appoint the sole arbitrator or the arbitral tribunal ("Mediator / Arbitral '
                               'Tribunal" tab)'),
            'role_not_arbitration': _('an arbitration has no mediator'),
            'sole_not_alone': _('a sole arbitrator sits alone'),
            'no_president': _('the arbitral tribunal has one presiding arbitrator, and only one'),
            'even_tribunal': _('the arbitral tribunal has an odd number of arbitrators'),
        }[error]

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------
    def _missing_to_register(self):
        """Labels of what registering needs and this case lacks."""
        self.ensure_one()
        missing = []
        for field_name in ('subject', 'date_filed', 'unit_id', 'registration_product_id',
                           'admin_fee_product_id'):
            if not self[field_name]:
                missing.append(self._field_label(field_name))
        sides = set(self.party_ids.mapped('side'))
        if 'claimant' not in sides:
            missing.append(_('a claimant party'))
        if 'respondent' not in sides:
            missing.append(_('a respondent party'))
        return missing

    @api.multi
    def action_register(self):
        """Register the cases: number them (yearly counter of their type), fix the fees from
        the fee schedule (registration fee paid by the claimants, administrative fee on the
        amount in dispute split between the sides) and invoice each paying party. Checks all
        first, then registers all."""
        today = fields.Date.context_today(self)
        fees = {}
        for case in self:
            if case.state != 'draft':
                raise UserError(_('Case %s: only a draft case can be registered.') % case.display_name)
            missing = case._missing_to_register()
            if missing:
                raise UserError(_('Case %s: to fill in before registration: %s.')
                                % (case.display_name, ', '.join(missing)))
            if (case.date_registered or today) < case.date_filed:
                raise UserError(_(
                    'Case %s: the registration date cannot '
                    'precede the date of the request (%s).') % (case.display_name, case.date_filed))
            fees[case.id] = case._compute_fees()
        for case in self.sorted(lambda c: (c.date_registered or today, c.id)):
            date = case.date_registered or today
            admin_fee, allocation = fees[case.id]
            for party, (registration, admin) in allocation:
                party.write({'registration_amount': registration, 'admin_fee_amount': admin})
            number = self.env['ir.sequence'].sudo().with_context(
                ir_sequence_date=date).next_by_code(SEQUENCE_CODES[case.case_type])
            case.write({
                'name': number, 'state': 'registered', 'date_registered': date,
                'admin_fee': admin_fee,
                'registration_fee': sum(registration for _party, (registration, _admin)
                                        in allocation),
            })
            case.party_ids.filtered(
                lambda p: p.registration_amount or p.admin_fee_amount)._ccis_create_invoice()
        return True

    def _compute_fees(self):
        """(administrative fee, [(party, (registration, administrative part))])."""
        self.ensure_one()
        parties = self.party_ids.sorted(lambda p: (p.side, p.sequence, p.id))
        admin_fee = self.admin_fee_product_id.ccis_compute_fee(value=self.amount_dispute)
        entries = [(party.side,
                    self.registration_product_id.ccis_compute_fee(partner=party.partner_id)
                    if party.side == 'claimant' else 0.0)
                   for party in parties]
        try:
            allocation = mediation.allocate_fees(entries, admin_fee, self.claimant_share)
        except mediation.FeeSplitError as error:
            raise UserError(_('Case %s: the fees cannot be split '
                              'between the parties (%s).') % (self.display_name, error.code))
        return admin_fee, list(zip(parties, allocation))

    @api.multi
    def action_start(self):
        """Open the procedure: the mediator or the arbitral tribunal is named and has accepted
        (date of constitution); the deadline follows from the legal delay of the settings."""
        Settings = self.env['res.config.settings']
        for case in self:
            if case.state != 'registered':
                raise UserError(_('Case %s: only a registered case can be opened.')
                                % case.display_name)
            error = mediation.tribunal_error(case.case_type,
                                             case.arbitrator_ids.mapped('role'))
            if error:
                raise UserError(_('Case %s: %s.')
                                % (case.display_name, case._tribunal_message(error)))
            if not case.date_constitution:
                raise UserError(_('Case %s: enter the date of constitution of the tribunal or of acceptance '
                                  'of the mediator (field "%s").')
                                % (case.display_name, case._field_label('date_constitution')))
        for case in self:
            values = {'state': 'in_progress'}
            if not case.delay_months:
                values['delay_months'] = Settings._ccis_mediation_delay(case.case_type)
            case.write(values)
        return True

    @api.multi
    def write(self, vals):
        # a new deadline (extension agreed) gets its own reminder
        if any(name in vals for name in ('date_constitution', 'delay_months',
                                         'extension_months')):
            vals = dict(vals, overdue_activity_done=False)
        return super(CcisMediationCase, self).write(vals)

    @api.multi
    def action_close(self):
        """Close the cases with their outcome and its date."""
        for case in self:
            if case.state not in ('registered', 'in_progress'):
                raise UserError(_('Case %s: only a registered or ongoing case can be closed.') % case.display_name)
            missing = [case._field_label(name) for name in ('outcome', 'date_outcome')
                       if not case[name]]
            if missing:
                raise UserError(_('Case %s: to fill in before closing: %s.')
                                % (case.display_name, ', '.join(missing)))
            if case.outcome == 'award' and case.state != 'in_progress':
                raise UserError(_('Case %s: an award is only rendered by a constituted arbitral tribunal; '
                                  'open the procedure first.')
                                % case.display_name)
        self.write({'state': 'closed'})
        return True

    @api.multi
    def action_schedule_hearing(self):
        """Open a new hearing (calendar event) of the case, with its parties, their counsel
        and the neutrals as attendees."""
        self.ensure_one()
        if self.state not in ('registered', 'in_progress'):
            raise UserError(_('Case %s: a hearing can only be scheduled '
                              'for a registered or ongoing case.') % self.display_name)
        attendees = (self.party_ids.mapped('partner_id') | self.party_ids.mapped('counsel_id')
                     | self.arbitrator_ids.mapped('partner_id') | self.env.user.partner_id)
        return {
            'type': 'ir.actions.act_window',
            'name': _('Hearing'),
            'res_model': 'calendar.event',
            'view_mode': 'form',
            'target': 'current',
            'context': {
                'default_ccis_mediation_case_id': self.id,
                'default_name': _('Hearing – %s') % self.display_name,
                'default_privacy': 'confidential',
                'default_partner_ids': [(6, 0, attendees.ids)],
            },
        }

    @api.multi
    def action_view_hearings(self):
        self.ensure_one()
        action = self.env.ref('ccis_mediation.calendar_event_action_mediation_hearing').read()[0]
        action.update({
            'domain': [('ccis_mediation_case_id', '=', self.id)],
            'context': {'default_ccis_mediation_case_id': self.id,
                        'default_name': _('Hearing – %s') % self.display_name,
                        'default_privacy': 'confidential'},
        })
        return action

    @api.multi
    def action_view_documents(self):
        self.ensure_one()
        return {
            'type': 'ir.actions.act_window',
            'name': _('Documents'),
            'res_model': 'ir.attachment',
            'view_mode': 'kanban,tree,form',
            'domain': [('res_model', '=', self._name), ('res_id', '=', self.id)],
            'context': {'default_res_model': self._name, 'default_res_id': self.id},
        }

    # ------------------------------------------------------------------
    # scheduled action
    # ------------------------------------------------------------------
    @api.model
    def _cron_overdue_activities(self, today=None):
        """One activity for the person in charge of each case in progress whose deadline
        (the award's, for an arbitration) has passed, once per deadline, all in one batch."""
        today = today or fields.Date.context_today(self)
        cases = self.search(self._overdue_domain(today)
                            + [('overdue_activity_done', '=', False)])
        self.env['mail.activity']._ccis_schedule_todos(
            cases, lambda case, text=_('Overdue: %s'): text % case.display_name,
            note=lambda case, text=_('<p>The procedure deadline of case %s was %s: record the outcome or the '
                                     'agreed extension.</p>'): text % (case.display_name, case.date_deadline),
            deadline=lambda case: today)
        cases.write({'overdue_activity_done': True})
        return True

from datetime import timedelta

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import term

SEQUENCE_CODE = 'ccis.partnership.agreement'
# the states a signed agreement takes from its dates (tools/term.state_on)
DATED_STATES = ('signed', 'in_force', 'expired')
EXPIRING_DAYS = 90


class CcisPartnershipAgreement(models.Model):
    """A convention or cooperation protocol between the chamber and national or international
    bodies: numbered at signature (gapless, per year of signature), in force from its
    effective date for its duration, renewed tacitly or explicitly, with the commitments of
    each party."""
    _name = 'ccis.partnership.agreement'
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _description = 'Partnership Agreement'
    _order = 'date_signed desc, name desc, id desc'
    _rec_name = 'title'

    name = fields.Char('Number', readonly=True, copy=False, index=True,
                       track_visibility='onchange')
    display_label = fields.Char('Label', compute='_compute_display_label')
    title = fields.Char('Title', required=True, track_visibility='onchange')
    kind_id = fields.Many2one('ccis.partnership.kind', 'Agreement Type', required=True,
                              index=True, ondelete='restrict', track_visibility='onchange')
    scope = fields.Selection([
        ('national', 'National'),
        ('international', 'International'),
    ], 'Scope', required=True, default='national', index=True, track_visibility='onchange')
    partner_ids = fields.Many2many(
        'res.partner', 'ccis_partnership_agreement_partner_rel', 'agreement_id', 'partner_id',
        'Partners',
        help='Organizations signing with the chamber: ministries, regions, OFPPT, ASCAME, '
             'CPCCAF, foreign chambers...')
    signatory_id = fields.Many2one(
        'res.partner', 'Signatory for the Chamber', ondelete='restrict',
        track_visibility='onchange')
    partner_signatory = fields.Char("Partners' Signatories")
    unit_id = fields.Many2one(required=True)
    user_id = fields.Many2one('res.users', 'Follow-up Responsible', index=True,
                              default=lambda self: self.env.user, track_visibility='onchange',
                              help="Receives the agreement's expiry alerts.")
    date_signed = fields.Date('Signature Date', index=True, copy=False,
                              track_visibility='onchange', readonly=True,
                              states={'draft': [('readonly', False)]},
                              help='Its year is that of the agreement number.')
    year = fields.Integer('Signature Year', compute='_compute_year', store=True, index=True)
    date_effective = fields.Date('Effective On', index=True, copy=False,
                                 track_visibility='onchange',
                                 help='Entry into force; by default, the signature date.')
    duration_months = fields.Integer(
        'Duration (Months)', default=36, track_visibility='onchange',
        help='Duration of one period of the agreement; 0 for an indefinite duration.')
    renewal = fields.Selection([
        ('tacit', 'Tacit Renewal'),
        ('explicit', 'Express Renewal'),
        ('none', 'No Renewal'),
    ], 'Renewal', required=True, default='explicit', track_visibility='onchange')
    renewal_notice_days = fields.Integer(
        'Notice Period (Days)', default=90,
        help='Number of days before the expiry date when the person in charge is alerted (to give notice '
             'against a tacit renewal or prepare a renewal).')
    term_count = fields.Integer('Periods', default=1, readonly=True, copy=False,
                                track_visibility='onchange',
                                help='Initial period and renewals.')
    date_end = fields.Date('Expiry Date', compute='_compute_dates', store=True, index=True,
                           help='Last day of the current period (effective date + duration × periods).')
    date_out = fields.Date('End of Validity', compute='_compute_dates', store=True, index=True,
                           help='First day on which the agreement is no longer in force: the day after the '
                                'expiry date or the termination date.')
    date_terminated = fields.Date('Termination Date', copy=False, index=True,
                                  track_visibility='onchange')
    termination_reason = fields.Text('Termination Reason', copy=False)
    state = fields.Selection([
        ('draft', 'Draft'),
        ('signed', 'Signed'),
        ('in_force', 'In Force'),
        ('expired', 'Expired'),
        ('terminated', 'Terminated'),
    ], 'State', default='draft', required=True, index=True, copy=False,
        track_visibility='onchange', group_expand='_group_expand_states')
    document_ids = fields.Many2many(
        'ir.attachment', 'ccis_partnership_agreement_attachment_rel', 'agreement_id',
        'attachment_id', 'Signed Documents', copy=False,
        help='Signed copy of the agreement and its annexes; required to sign it.')
    document_count = fields.Integer('Documents', compute='_compute_document_count')
    currency_id = fields.Many2one('res.currency', 'Currency',
                                  default=lambda self: self.env.user.company_id.currency_id)
    amount = fields.Monetary('Amount / Budget', track_visibility='onchange',
                             help='Financial commitment of the agreement, if any.')
    objective = fields.Text('Purpose and Objectives')
    note = fields.Text('Observations')
    commitment_ids = fields.One2many('ccis.partnership.commitment', 'agreement_id',
                                     'Commitments')
    commitment_count = fields.Integer('Number of Commitments',
                                      compute='_compute_commitment_counts')
    commitment_late_count = fields.Integer('Late Commitments',
                                           compute='_compute_commitment_counts')
    action_ids = fields.Many2many('ccis.activity.action', string='Programme Actions',
                                  compute='_compute_action_ids')
    action_count = fields.Integer('Actions', compute='_compute_action_ids')
    is_expiring = fields.Boolean('Expiring within 90 Days', compute='_compute_is_expiring',
                                 search='_search_is_expiring')
    expiry_alert_end = fields.Date(
        'Expiry Alert Sent For', readonly=True, copy=False,
        help='Expiry date for which the person in charge was alerted (one alert per expiry date).')
    color = fields.Integer('Color')

    _sql_constraints = [
        ('name_unique', 'unique(name)', 'The agreement number must be unique.'),
    ]

    @api.depends('name', 'title')
    def _compute_display_label(self):
        for agreement in self:
            agreement.display_label = ' – '.join(
                filter(None, [agreement.name or _('Draft'), agreement.title]))

    @api.depends('date_signed')
    def _compute_year(self):
        for agreement in self:
            agreement.year = term.as_date(agreement.date_signed).year \
                if agreement.date_signed else 0

    @api.depends('date_effective', 'duration_months', 'term_count', 'date_terminated')
    def _compute_dates(self):
        for agreement in self:
            end = term.end_date(agreement.date_effective, agreement.duration_months,
                                agreement.term_count)
            agreement.date_end = fields.Date.to_string(end) if end else False
            out = term.out_date(end, agreement.date_terminated)
            agreement.date_out = fields.Date.to_string(out) if out else False

    def _compute_document_count(self):
        for agreement in self:
            agreement.document_count = len(agreement.document_ids)

    @api.depends('commitment_ids.state', 'commitment_ids.date_deadline')
    def _compute_commitment_counts(self):
        for agreement in self:
            agreement.commitment_count = len(agreement.commitment_ids)
            agreement.commitment_late_count = len(
                agreement.commitment_ids.filtered('is_late'))

    @api.depends('commitment_ids.action_ids')
    def _compute_action_ids(self):
        for agreement in self:
            actions = agreement.mapped('commitment_ids.action_ids')
            agreement.action_ids = actions
            agreement.action_count = len(actions)

    def _compute_is_expiring(self):
        today = fields.Date.context_today(self)
        for agreement in self:
            agreement.is_expiring = agreement.state in ('signed', 'in_force') \
                and term.expires_within(today, agreement.date_end, EXPIRING_DAYS)

    def _search_is_expiring(self, operator, value):
        today = term.as_date(fields.Date.context_today(self))
        domain = ['&', '&', ('state', 'in', ('signed', 'in_force')),
                  ('date_end', '>=', fields.Date.to_string(today)),
                  ('date_end', '<=', fields.Date.to_string(
                      today + timedelta(days=EXPIRING_DAYS)))]
        if (operator == '=') == bool(value):
            return domain
        return ['!'] + domain

    @api.model
    def _group_expand_states(self, states, domain, order):
        return [key for key, _label in self._fields['state'].selection]

    @api.constrains('duration_months', 'renewal_notice_days')
    def _check_durations(self):
        for agreement in self:
            if agreement.duration_months < 0:
                raise ValidationError(_(
                    'Agreement %s: the duration (field "Duration (Months)") cannot be negative; 0 means an '
                    'indefinite duration.') % agreement.display_label)
            if agreement.renewal_notice_days < 0:
                raise ValidationError(_(
                    'Agreement %s: the notice period (field "Notice '
                    'Period (Days)") cannot be negative.') % agreement.display_label)

    @api.constrains('date_signed', 'date_effective', 'date_terminated')
    def _check_dates(self):
        for agreement in self:
            start = agreement.date_effective or agreement.date_signed
            if agreement.date_terminated and start and agreement.date_terminated < start:
                raise ValidationError(_(
                    'Agreement %s: the termination date cannot precede the effective date (field '
                    '"Termination Date").') % agreement.display_label)

    @api.multi
    def name_get(self):
        return [(agreement.id, agreement.display_label) for agreement in self]

    @api.model
    def name_search(self, name='', args=None, operator='ilike', limit=100):
        if name:
            args = ['|', ('name', operator, name), ('title', operator, name)] + (args or [])
            return self.search(args, limit=limit).name_get()
        return super(CcisPartnershipAgreement, self).name_search(name, args, operator, limit)

    @api.multi
    def write(self, vals):
        if 'date_signed' in vals:
            for agreement in self.filtered('name'):
                if agreement.date_signed != vals['date_signed']:
                    raise UserError(_(
                        'Agreement %s: the signature date (field "Signature Date") can no longer change, it '
                        'gives the year of its number.')
                        % agreement.display_label)
        result = super(CcisPartnershipAgreement, self).write(vals)
        if {'date_effective', 'duration_months', 'term_count', 'date_terminated'} & set(vals) \
                and not self.env.context.get('ccis_partnership_no_refresh'):
            self.filtered(lambda a: a.state != 'draft')._refresh_state()
        return result

    @api.multi
    def unlink(self):
        numbered = self.filtered('name')
        if numbered:
            raise UserError(_(
                'Agreement %s: a signed agreement cannot be deleted (its number must not be reused); '
                'terminate it.') % numbered[0].display_label)
        return super(CcisPartnershipAgreement, self).unlink()

    # actions

    def _missing_to_sign(self):
        """Labels of the fields signing needs and this agreement lacks."""
        self.ensure_one()
        missing = []
        if not self.partner_ids:
            missing.append(_('Partners'))
        if not self.date_signed:
            missing.append(_('Signature Date'))
        if not self.signatory_id:
            missing.append(_('Signatory for the Chamber'))
        return missing

    @api.multi
    def action_sign(self):
        """Sign the agreements: each needs its signed document and its signature data; then
        numbered (gapless, per year of signature) and put in the state of its dates. Checks
        all first, then numbers all."""
        for agreement in self:
            if agreement.state != 'draft':
                raise UserError(_('Agreement %s: only a draft agreement can be signed.') % agreement.display_label)
            if not agreement.document_ids:
                raise UserError(_(
                    'Agreement %s: attach the signed copy (field "Signed Documents") before setting it to '
                    'signed.') % agreement.display_label)
            missing = agreement._missing_to_sign()
            if missing:
                raise UserError(_('Agreement %s: to fill in before signature: %s.')
                                % (agreement.display_label, ', '.join(missing)))
        for agreement in self.sorted(lambda a: (a.date_signed, a.id)):
            agreement.with_context(ccis_partnership_no_refresh=True).write({
                'name': agreement._next_number(),
                'state': 'signed',
                'date_effective': agreement.date_effective or agreement.date_signed,
            })
        self._refresh_state()
        return True

    def _next_number(self):
        self.ensure_one()
        # the sequence is admin-only: the user's right on this agreement was checked by the ORM
        return self.env['ir.sequence'].sudo().with_context(
            ir_sequence_date=self.date_signed).next_by_code(SEQUENCE_CODE)

    @api.multi
    def action_terminate(self):
        """Terminate the agreements on their termination date (today if none is given)."""
        for agreement in self:
            if agreement.state not in DATED_STATES:
                raise UserError(_('Agreement %s: only a signed, in-force or expired agreement can be '
                                  'terminated.') % agreement.display_label)
            if not agreement.termination_reason:
                raise UserError(_('Agreement %s: enter the reason for '
                                  'termination (field "Termination Reason").') % agreement.display_label)
        today = fields.Date.context_today(self)
        self.filtered(lambda a: not a.date_terminated).write({'date_terminated': today})
        self._refresh_state()
        return True

    @api.multi
    def action_renew(self):
        """An explicit renewal signed by the parties: one more term."""
        for agreement in self:
            if agreement.state not in ('in_force', 'expired') or agreement.date_terminated:
                raise UserError(_('Agreement %s: only an agreement in '
                                  'force or expired can be renewed.') % agreement.display_label)
            if not agreement.duration_months:
                raise UserError(_('Agreement %s: an agreement of '
                                  'indefinite duration is not renewed.') % agreement.display_label)
            if agreement.renewal == 'none':
                raise UserError(_('Agreement %s: it was concluded without renewal (field "Renewal"); sign a '
                                  'new agreement.')
                                % agreement.display_label)
        for agreement in self:
            agreement.write({'term_count': agreement.term_count + 1})
            agreement.message_post(body=_('Agreement renewed until %s.')
                                   % term.fr_date(agreement.date_end))
        return True

    @api.multi
    def action_view_commitments(self):
        self.ensure_one()
        action = self.env.ref('ccis_partnership.ccis_partnership_commitment_action').read()[0]
        action['domain'] = [('agreement_id', '=', self.id)]
        action['context'] = {'default_agreement_id': self.id}
        return action

    @api.multi
    def action_view_actions(self):
        self.ensure_one()
        action = self.env.ref('ccis_activity.ccis_activity_action_action').read()[0]
        action['domain'] = [('id', 'in', self.action_ids.ids)]
        action['context'] = {}
        return action

    # dates

    @api.multi
    def _refresh_state(self, today=None):
        """Put the signed agreements in the state of their dates on ``today``; a tacitly
        renewed agreement past its end date runs into its next terms."""
        today = term.as_date(today or fields.Date.context_today(self))
        NoRefresh = self.with_context(ccis_partnership_no_refresh=True)
        for agreement in self.filtered(lambda a: a.state != 'draft'):
            if agreement.renewal == 'tacit' and not agreement.date_terminated \
                    and agreement.date_end and term.as_date(agreement.date_end) < today:
                terms = term.tacit_terms(today, agreement.date_effective,
                                         agreement.duration_months, agreement.term_count)
                NoRefresh.browse(agreement.id).write({'term_count': terms})
                agreement.message_post(body=_('Agreement tacitly renewed until %s.')
                                       % term.fr_date(agreement.date_end))
        by_state = {}
        for agreement in self.filtered(lambda a: a.state != 'draft'):
            state = term.state_on(today, agreement.date_effective, agreement.date_end,
                                  agreement.date_terminated)
            if state != agreement.state:
                by_state.setdefault(state, self.browse())
                by_state[state] |= agreement
        for state, agreements in by_state.items():
            NoRefresh.browse(agreements.ids).write({'state': state})
        return True

    # scheduled action

    @api.model
    def _cron_partnership(self, today=None):
        """Daily: the states of the agreements from their dates, then the alerts (expiry
        notices and late commitments), each made once."""
        today = today or fields.Date.context_today(self)
        self.search([('state', 'in', DATED_STATES)])._refresh_state(today)
        self._create_expiry_activities(today)
        self.env['ccis.partnership.commitment']._create_late_activities(today)
        return True

    @api.model
    def _create_expiry_activities(self, today):
        """One activity for the responsible of each agreement whose end date is within its
        notice, once per end date (``expiry_alert_end``): a renewed agreement is announced
        again at its new end date."""
        today = term.as_date(today)
        candidates = self.search([('state', 'in', ('signed', 'in_force')),
                                  ('date_end', '>=', fields.Date.to_string(today))])
        agreements = candidates.filtered(
            lambda a: a.expiry_alert_end != a.date_end
            and term.in_notice_window(today, a.date_end, a.renewal_notice_days))
        if not agreements:
            return True
        renewal_labels = dict(self._fields['renewal']._description_selection(self.env))
        self.env['mail.activity']._ccis_schedule_todos(
            agreements, lambda agreement, text=_('Agreement %s expires on %s'): text % (
                agreement.display_label, term.fr_date(agreement.date_end)),
            note=lambda agreement, text=_(
                '<p>Agreement %s expires on %s (%s): decide on its tacit renewal, its renewal or its '
                'closure.</p>'): text % (
                agreement.display_label, term.fr_date(agreement.date_end),
                renewal_labels.get(agreement.renewal)),
            deadline=lambda agreement: fields.Date.to_string(today))
        for agreement in agreements:
            agreement.expiry_alert_end = agreement.date_end
        return True

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import term

OPEN_STATES = ('planned', 'in_progress')


class CcisPartnershipCommitment(models.Model):
    """What one party of an agreement undertakes to do, by when, followed by an owner and
    implemented by actions of the chamber's programme."""
    _name = 'ccis.partnership.commitment'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _description = 'Agreement Commitment'
    _order = 'date_deadline, id'
    _ccis_unit_scope = ['agreement_id.unit_id']

    agreement_id = fields.Many2one('ccis.partnership.agreement', 'Agreement', required=True,
                                   index=True, ondelete='cascade', track_visibility='onchange')
    name = fields.Char('Commitment', required=True, track_visibility='onchange')
    description = fields.Text('Description')
    party = fields.Selection([
        ('chamber', 'The chamber'),
        ('partner', 'The partner'),
    ], 'Committed Party', required=True, default='chamber', index=True)
    partner_id = fields.Many2one('res.partner', 'Committed Partner', index=True,
                                 ondelete='restrict')
    user_id = fields.Many2one('res.users', 'Responsible', index=True,
                              default=lambda self: self.env.user, track_visibility='onchange')
    date_deadline = fields.Date('Due Date', index=True, track_visibility='onchange')
    date_done = fields.Date('Done On', copy=False, index=True, track_visibility='onchange')
    state = fields.Selection([
        ('planned', 'Planned'),
        ('in_progress', 'In Progress'),
        ('done', 'Actual'),
        ('cancelled', 'Cancelled'),
    ], 'State', default='planned', required=True, index=True, copy=False,
        track_visibility='onchange', group_expand='_group_expand_states')
    is_late = fields.Boolean('Overdue', compute='_compute_is_late', search='_search_is_late')
    done_on_time = fields.Boolean('Done on Time', compute='_compute_done_on_time',
                                  store=True, index=True)
    unit_id = fields.Many2one(related='agreement_id.unit_id', store=True, readonly=True,
                              index=True, string='Unit')
    site_id = fields.Many2one(related='agreement_id.site_id', store=True, readonly=True,
                              string='Site')
    scope = fields.Selection(related='agreement_id.scope', store=True, readonly=True,
                             string='Scope')
    kind_id = fields.Many2one(related='agreement_id.kind_id', store=True, readonly=True,
                              string='Agreement Type')
    agreement_state = fields.Selection(related='agreement_id.state', readonly=True,
                                       string='Agreement Status')
    action_ids = fields.Many2many(
        'ccis.activity.action', 'ccis_partnership_commitment_action_rel', 'commitment_id',
        'action_id', 'Programme Actions',
        help='Action programme actions that implement this commitment.')
    late_alert_deadline = fields.Date(
        'Delay Alert Sent For', readonly=True, copy=False,
        help='Due date for which the person in charge was alerted of the delay (one alert per due date).')
    note = fields.Text('Observations')
    color = fields.Integer('Color')

    def _compute_is_late(self):
        today = fields.Date.context_today(self)
        for commitment in self:
            commitment.is_late = term.is_late(today, commitment.date_deadline, commitment.state)

    def _search_is_late(self, operator, value):
        domain = self._late_domain(fields.Date.context_today(self))
        if (operator == '=') == bool(value):
            return domain
        return ['!'] + domain

    @api.depends('date_deadline', 'date_done', 'state')
    def _compute_done_on_time(self):
        for commitment in self:
            commitment.done_on_time = commitment.state == 'done' and term.on_time(
                commitment.date_deadline, commitment.date_done)

    @api.model
    def _late_domain(self, today):
        return ['&', '&', ('state', 'in', OPEN_STATES), ('date_deadline', '!=', False),
                ('date_deadline', '<', today)]

    @api.model
    def _group_expand_states(self, states, domain, order):
        return [key for key, _label in self._fields['state'].selection]

    @api.constrains('party', 'partner_id', 'agreement_id')
    def _check_partner(self):
        for commitment in self:
            if commitment.party == 'partner' and not commitment.partner_id:
                raise ValidationError(_(
                    'Commitment "%s": enter the committed partner (field "Committed Partner").') % commitment.name)
            if commitment.partner_id and commitment.agreement_id.partner_ids \
                    and commitment.partner_id not in commitment.agreement_id.partner_ids:
                raise ValidationError(_(
                    'Commitment "%s": the committed partner %s '
                    'is not a party to agreement %s.') % (commitment.name, commitment.partner_id.name,
                                                          commitment.agreement_id.display_label))

    @api.constrains('date_done', 'state')
    def _check_date_done(self):
        for commitment in self:
            if commitment.state == 'done' and not commitment.date_done:
                raise ValidationError(_(
                    'Commitment "%s": a fulfilled commitment must have '
                    'its completion date (field "Done On").') % commitment.name)

    @api.onchange('party')
    def _onchange_party(self):
        if self.party == 'chamber':
            self.partner_id = False

    @api.multi
    def name_get(self):
        return [(commitment.id, '%s – %s' % (
            commitment.agreement_id.name or commitment.agreement_id.title, commitment.name))
            for commitment in self]

    # actions

    @api.multi
    def action_start(self):
        for commitment in self:
            if commitment.state != 'planned':
                raise UserError(_('Commitment "%s": only a planned commitment can be started.') % commitment.name)
        self.write({'state': 'in_progress'})
        return True

    @api.multi
    def action_done(self):
        for commitment in self:
            if commitment.state not in OPEN_STATES:
                raise UserError(_('Commitment "%s": only a planned or ongoing '
                                  'commitment can be marked as done.') % commitment.name)
        today = fields.Date.context_today(self)
        self.filtered(lambda c: not c.date_done).write({'date_done': today, 'state': 'done'})
        self.write({'state': 'done'})
        return True

    @api.multi
    def action_cancel(self):
        for commitment in self:
            if commitment.state == 'done':
                raise UserError(_('Commitment "%s": a fulfilled commitment cannot be cancelled.') % commitment.name)
        self.write({'state': 'cancelled'})
        return True

    @api.multi
    def action_reset(self):
        self.write({'state': 'planned', 'date_done': False})
        return True

    # scheduled action

    @api.model
    def _create_late_activities(self, today):
        """One activity for the owner of each late commitment of a signed agreement, once
        per deadline (``late_alert_deadline``): a deadline moved and missed again is
        announced again."""
        today = fields.Date.to_string(term.as_date(today))
        commitments = self.search(self._late_domain(today) + [
            ('agreement_id.state', '!=', 'draft')]).filtered(
            lambda c: c.late_alert_deadline != c.date_deadline)
        if not commitments:
            return True
        self.env['mail.activity']._ccis_schedule_todos(
            commitments, lambda commitment, text=_('Late commitment: %s'): text % commitment.name,
            note=lambda commitment, text=_(
                '<p>Commitment "%s" of agreement %s was due on %s.</p>'): text % (
                commitment.name, commitment.agreement_id.display_label,
                term.fr_date(commitment.date_deadline)),
            user=lambda commitment: (commitment.user_id or commitment.agreement_id.user_id
                                     or commitment.create_uid),
            deadline=lambda commitment: today)
        for commitment in commitments:
            commitment.late_alert_deadline = commitment.date_deadline
        return True

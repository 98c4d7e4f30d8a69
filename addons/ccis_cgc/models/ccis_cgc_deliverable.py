from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.osv import expression

from .ccis_cgc_deliverable_type import PERIODICITIES

STATES = [
    ('todo', 'To Do'),
    ('in_progress', 'In Progress'),
    ('filed', 'Filed'),
]


class CcisCgcDeliverable(models.Model):
    """A deliverable of the CGC for a client: a return or a statement of one period of a
    fiscal year, due on the legal date of its type, filed by the agent in charge with the
    filed document attached."""
    _name = 'ccis.cgc.deliverable'
    _description = 'CGC Deliverable'
    _inherit = ['mail.thread', 'mail.activity.mixin', 'ccis.unit.mixin']
    _order = 'due_date, id'

    name = fields.Char(string='Deliverable', compute='_compute_name', store=True)
    subscription_id = fields.Many2one(
        'ccis.cgc.subscription', string='Subscription', required=True, index=True,
        ondelete='cascade')
    partner_id = fields.Many2one(
        'res.partner', string='Client', related='subscription_id.partner_id', store=True,
        index=True, readonly=True)
    band_id = fields.Many2one(
        'ccis.cgc.size.band', string='Band', related='subscription_id.band_id',
        store=True, readonly=True)
    type_id = fields.Many2one(
        'ccis.cgc.deliverable.type', string='Type', required=True, index=True,
        ondelete='restrict')
    periodicity = fields.Selection(PERIODICITIES, string='Periodicity',
                                   related='type_id.periodicity', readonly=True)
    year = fields.Integer(string='Fiscal Year', required=True, index=True)
    period = fields.Integer(
        string='Period', default=0, required=True,
        help='0 for the fiscal year, 1 to 12 for a month, 1 to 4 for a quarter.')
    period_label = fields.Char(string='Period Concerned', compute='_compute_name',
                               store=True)
    due_date = fields.Date(string='Due Date', compute='_compute_due_date', store=True,
                           index=True, track_visibility='onchange')
    state = fields.Selection(STATES, string='State', required=True, default='todo',
                             readonly=True, copy=False, index=True,
                             track_visibility='onchange', group_expand='_group_expand_states')
    is_late = fields.Boolean(string='Overdue', compute='_compute_is_late',
                             search='_search_is_late')
    filed_date = fields.Date(string='Filing Date', index=True, copy=False,
                             track_visibility='onchange')
    filed_on_time = fields.Boolean(string='Filed on Time', compute='_compute_filed_on_time',
                                   store=True, index=True)
    user_id = fields.Many2one('res.users', string='Assigned Agent', index=True,
                              track_visibility='onchange')
    document = fields.Binary(string='Filed Document', attachment=True, copy=False)
    document_name = fields.Char(string='Document Name', copy=False)
    reference = fields.Char(string='Filing Reference', copy=False,
                            help='Acknowledgement number of the online return (SIMPL) or of the filing with '
                                 'the court registry.')
    overdue_activity_done = fields.Boolean(
        string='Overdue Reminder Created', readonly=True, copy=False,
        help='An activity was created for the assigned agent when the due date was passed (only once per '
             'deliverable).')
    note = fields.Text(string='Observations')
    color = fields.Integer(string='Color')

    _sql_constraints = [
        ('deliverable_unique', 'unique(subscription_id, type_id, year, period)',
         'This deliverable already exists for this client, fiscal year and period.'),
    ]

    @api.depends('type_id.name', 'type_id.periodicity', 'year', 'period')
    def _compute_name(self):
        # stored: a label that reads the same in every language (03/2031, T1/2031, 2031)
        for deliverable in self:
            periodicity = deliverable.type_id.periodicity
            if periodicity == 'monthly':
                label = '%02d/%s' % (deliverable.period, deliverable.year)
            elif periodicity == 'quarterly':
                label = 'T%s/%s' % (deliverable.period, deliverable.year)
            else:
                label = '%s' % deliverable.year
            deliverable.period_label = label
            deliverable.name = '%s – %s' % (deliverable.type_id.name or '', label)

    @api.depends('type_id', 'year', 'period')
    def _compute_due_date(self):
        # the rule of the type when the deliverable was planned: a later change of the rule
        # leaves the planned deliverables as they are (the dependencies are the type itself)
        for deliverable in self:
            if deliverable.type_id and deliverable.year:
                try:
                    deliverable.due_date = fields.Date.to_string(
                        deliverable.type_id._due_date(deliverable.year, deliverable.period))
                except ValueError:
                    deliverable.due_date = False

    @api.depends('state', 'due_date')
    def _compute_is_late(self):
        today = fields.Date.context_today(self)
        for deliverable in self:
            deliverable.is_late = bool(deliverable.state != 'filed' and deliverable.due_date
                                       and deliverable.due_date < today)

    def _search_is_late(self, operator, value):
        if operator not in ('=', '!='):
            raise UserError(_('Search on overdue status is not supported.'))
        # normalized: the ORM inserts a search method's domain as it is
        late = expression.normalize_domain(
            self._overdue_domain(fields.Date.context_today(self)))
        if (operator == '=') == bool(value):
            return late
        return ['!'] + late

    @api.depends('state', 'filed_date', 'due_date')
    def _compute_filed_on_time(self):
        for deliverable in self:
            deliverable.filed_on_time = bool(
                deliverable.state == 'filed' and deliverable.filed_date
                and deliverable.due_date and deliverable.filed_date <= deliverable.due_date)

    @api.model
    def _group_expand_states(self, states, domain, order):
        return [key for key, _label in STATES]

    @api.constrains('type_id', 'period', 'year')
    def _check_period(self):
        # read as superuser: the record rules are checked after the constraints
        for deliverable in self.sudo():
            periodicity = deliverable.type_id.periodicity
            allowed = {'monthly': range(1, 13), 'quarterly': range(1, 5),
                       'yearly': range(0, 1)}[periodicity]
            if deliverable.period not in allowed:
                raise ValidationError(_(
                    'Deliverable "%s" of %s: the period %s does not exist for a %s periodicity (months 1 to '
                    '12, quarters 1 to 4, fiscal year 0).')
                    % (deliverable.type_id.name, deliverable.partner_id.name,
                       deliverable.period,
                       dict(self.env['ccis.cgc.deliverable.type']._fields['periodicity']._description_selection(
                           self.env))[periodicity].lower()))
            if not 1900 < deliverable.year < 2200:
                raise ValidationError(_('Deliverable "%s" of %s: the fiscal year %s is not a valid year.')
                                      % (deliverable.type_id.name,
                                         deliverable.partner_id.name, deliverable.year))

    @api.model
    def create(self, vals):
        if vals.get('subscription_id') and not vals.get('unit_id'):
            subscription = self.env['ccis.cgc.subscription'].browse(vals['subscription_id'])
            vals['unit_id'] = subscription.unit_id.id
            vals.setdefault('user_id', subscription.user_id.id)
        return super(CcisCgcDeliverable, self).create(vals)

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------
    @api.multi
    def action_start(self):
        for deliverable in self:
            if deliverable.state != 'todo':
                raise UserError(_('Deliverable "%s" of %s: only a to-do '
                                  'deliverable can be started.') % (deliverable.name,
                                                                    deliverable.partner_id.name))
        self.write({'state': 'in_progress'})
        return True

    @api.multi
    def action_file(self):
        """Filed: the filed document (or its acknowledgement) is attached; the filing date
        is today unless given."""
        for deliverable in self:
            if deliverable.state == 'filed':
                raise UserError(_('Deliverable "%s" of %s: it is already filed.')
                                % (deliverable.name, deliverable.partner_id.name))
            if not deliverable.document:
                raise UserError(_('Deliverable "%s" of %s: attach the filed document or its acknowledgement '
                                  'of receipt ("Filed Document" field).')
                                % (deliverable.name, deliverable.partner_id.name))
        today = fields.Date.context_today(self)
        for deliverable in self:
            deliverable.write({'state': 'filed',
                               'filed_date': deliverable.filed_date or today})
        return True

    @api.multi
    def action_reopen(self):
        """Back to in progress (a filing to correct): unit managers only."""
        if not self.env.user.has_group('ccis_base.group_ccis_unit_manager'):
            raise UserError(_('Only a unit head can reopen a filed deliverable.'))
        for deliverable in self:
            if deliverable.state != 'filed':
                raise UserError(_('Deliverable "%s" of %s: only a filed '
                                  'deliverable can be reopened.') % (deliverable.name,
                                                                     deliverable.partner_id.name))
        self.write({'state': 'in_progress', 'filed_date': False})
        return True

    # ------------------------------------------------------------------
    # scheduled action
    # ------------------------------------------------------------------
    @api.model
    def _overdue_domain(self, today):
        return [('state', '!=', 'filed'), ('due_date', '!=', False), ('due_date', '<', today)]

    @api.model
    def _cron_overdue_activities(self, today=None):
        """One activity for the agent in charge of each overdue deliverable, once per
        deliverable (the flag ``overdue_activity_done``), all in one batch."""
        today = today or fields.Date.context_today(self)
        deliverables = self.search(self._overdue_domain(today)
                                   + [('overdue_activity_done', '=', False)])
        Activity = self.env['mail.activity']
        Activity._ccis_schedule_todos(
            deliverables, lambda deliverable, text=_('Overdue Deliverable: %s'): text % deliverable.name,
            note=lambda deliverable, text=_('<p>%s of %s was due on %s.</p>'): text % (
                deliverable.name, deliverable.partner_id.name, deliverable.due_date),
            user=lambda deliverable: deliverable.user_id or Activity._ccis_responsible_of(
                deliverable.subscription_id),
            deadline=lambda deliverable: today)
        deliverables.write({'overdue_activity_done': True})
        return True

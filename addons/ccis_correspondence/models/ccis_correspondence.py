from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.delay import answer_delay

# the sequence of each direction (data/ir_sequence_data.xml)
SEQUENCE_CODES = {
    'incoming': 'ccis.correspondence.incoming',
    'outgoing': 'ccis.correspondence.outgoing',
}
OPEN_STATES = ('registered', 'assigned')


class CcisCorrespondence(models.Model):
    """An item of official mail, incoming or outgoing, registered by the bureau d'ordre under
    a gapless number per direction and year, assigned to a unit and followed until answered."""
    _name = 'ccis.correspondence'
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _description = 'Mail (Mail Registry)'
    _order = 'date desc, name desc, id desc'
    _rec_name = 'subject'

    name = fields.Char('Number', readonly=True, copy=False, index=True,
                       track_visibility='onchange')
    display_label = fields.Char('Label', compute='_compute_display_label')
    direction = fields.Selection([
        ('incoming', 'Incoming'),
        ('outgoing', 'Outgoing'),
    ], 'Direction', required=True, default='incoming', index=True,
        readonly=True, states={'draft': [('readonly', False)]})
    date = fields.Date(
        'Date Received / Sent', required=True, index=True,
        default=lambda self: fields.Date.context_today(self), track_visibility='onchange',
        readonly=True, states={'draft': [('readonly', False)]})
    year = fields.Integer('Year', compute='_compute_year', store=True, index=True)
    partner_id = fields.Many2one(
        'res.partner', 'Sender / Recipient', index=True, ondelete='restrict',
        track_visibility='onchange',
        help='Administration, elected official, member or body that writes to the chamber (incoming) or to '
             'which it writes (outgoing).')
    partner_reference = fields.Char('Correspondent Reference')
    subject = fields.Char('Subject', required=True, track_visibility='onchange')
    kind = fields.Selection([
        ('letter', 'Letter'),
        ('email', 'Electronic Mail'),
        ('fax', 'Fax'),
        ('notice', 'Memo / Opinion'),
        ('invitation', 'Invitation'),
        ('other', 'Other'),
    ], 'Kind', required=True, default='letter')
    document = fields.Binary('Scanned Document', attachment=True, copy=False)
    document_name = fields.Char('Document Name', copy=False)
    unit_id = fields.Many2one(required=True)
    user_id = fields.Many2one('res.users', 'Assigned Agent', index=True,
                              track_visibility='onchange')
    answer_expected = fields.Boolean('Reply Expected', track_visibility='onchange')
    date_due = fields.Date('Reply By', index=True, track_visibility='onchange')
    reply_id = fields.Many2one(
        'ccis.correspondence', 'Reply', index=True, ondelete='set null', copy=False,
        domain="[('direction', '=', 'outgoing')]", track_visibility='onchange',
        help='Outgoing mail that replies to this mail.')
    answered_ids = fields.One2many('ccis.correspondence', 'reply_id', 'Replies To',
                                   help='Incoming mail items this mail replies to.')
    date_answered = fields.Date('Answered On', compute='_compute_answer_delay', store=True)
    answer_delay = fields.Integer(
        'Response Time (Days)', compute='_compute_answer_delay', store=True,
        group_operator='avg',
        help='Days between the receipt of the mail and the sending of its reply.')
    state = fields.Selection([
        ('draft', 'Draft'),
        ('registered', 'Registered'),
        ('assigned', 'Assigned'),
        ('answered', 'Answered'),
        ('closed', 'Filed Away'),
    ], 'State', default='draft', required=True, index=True, copy=False,
        track_visibility='onchange', group_expand='_group_expand_states')
    is_overdue = fields.Boolean('Overdue', compute='_compute_is_overdue',
                                search='_search_is_overdue')
    in_my_units = fields.Boolean('From My Units', compute='_compute_in_my_units',
                                 search='_search_in_my_units')
    overdue_activity_done = fields.Boolean(
        'Overdue Reminder Created', readonly=True, copy=False,
        help='An activity was created for the assigned agent when the reply passed its due date (only once '
             'per mail).')
    note = fields.Text('Observations')
    color = fields.Integer('Color')

    _sql_constraints = [
        ('name_unique', 'unique(name)', 'The mail number must be unique.'),
    ]

    @api.depends('name', 'subject')
    def _compute_display_label(self):
        for item in self:
            item.display_label = ' – '.join(filter(None, [item.name or _('Draft'),
                                                          item.subject]))

    @api.depends('date')
    def _compute_year(self):
        for item in self:
            item.year = fields.Date.from_string(item.date).year if item.date else 0

    @api.depends('direction', 'date', 'reply_id.date', 'reply_id.state')
    def _compute_answer_delay(self):
        for item in self:
            reply = item.reply_id
            if item.direction == 'incoming' and reply and reply.state != 'draft':
                item.date_answered = reply.date
                item.answer_delay = answer_delay(item.date, reply.date)
            else:
                item.date_answered = False
                item.answer_delay = 0

    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for item in self:
            item.is_overdue = item.answer_expected and item.state in OPEN_STATES \
                and bool(item.date_due) and item.date_due < today

    def _search_is_overdue(self, operator, value):
        domain = self._overdue_domain(fields.Date.context_today(self))
        if (operator == '=') == bool(value):
            return domain
        return ['!'] + domain

    def _compute_in_my_units(self):
        units = self.env.user.ccis_unit_ids
        for item in self:
            item.in_my_units = item.unit_id in units

    def _search_in_my_units(self, operator, value):
        domain = [('unit_id', 'in', self.env.user.ccis_unit_ids.ids)]
        if (operator == '=') == bool(value):
            return domain
        return ['!'] + domain

    @api.model
    def _overdue_domain(self, today):
        return ['&', '&', '&', ('answer_expected', '=', True), ('state', 'in', OPEN_STATES),
                ('date_due', '!=', False), ('date_due', '<', today)]

    @api.model
    def _group_expand_states(self, states, domain, order):
        return [key for key, _label in self._fields['state'].selection]

    @api.constrains('reply_id', 'direction')
    def _check_reply(self):
        for item in self:
            if item.reply_id and item.direction != 'incoming':
                raise ValidationError(_(
                    'Mail %s: only an incoming mail can have a reply ("Reply" field).') % item.display_label)
            if item.reply_id and item.reply_id.direction != 'outgoing':
                raise ValidationError(_(
                    'Mail %s: the reply ("Reply" field) must be an outgoing mail.') % item.display_label)

    @api.constrains('date_due', 'date')
    def _check_date_due(self):
        for item in self:
            if item.date_due and item.date and item.date_due < item.date:
                raise ValidationError(_(
                    'Mail %s: the reply due date ("Reply By" field) '
                    'cannot be before the date of the mail.') % item.display_label)

    @api.multi
    def name_get(self):
        return [(item.id, item.display_label) for item in self]

    @api.model
    def name_search(self, name='', args=None, operator='ilike', limit=100):
        if name:
            args = ['|', ('name', operator, name), ('subject', operator, name)] + (args or [])
            return self.search(args, limit=limit).name_get()
        return super(CcisCorrespondence, self).name_search(name, args, operator, limit)

    @api.multi
    def unlink(self):
        numbered = self.filtered('name')
        if numbered:
            raise UserError(_(
                'Mail %s: a registered mail cannot be deleted (its '
                'number must not be reused); file it away.') % numbered[0].display_label)
        return super(CcisCorrespondence, self).unlink()

    @api.multi
    def copy(self, default=None):
        default = dict(default or {}, answer_expected=False, date_due=False)
        return super(CcisCorrespondence, self).copy(default)

    # actions

    def _missing_to_register(self):
        """Labels of the fields that registering needs and this item lacks."""
        self.ensure_one()
        missing = []
        if not self.partner_id:
            missing.append(_('Sender / Recipient'))
        if not self.subject:
            missing.append(_('Subject'))
        if not self.date:
            missing.append(_('Date Received / Sent'))
        if self.direction == 'incoming' and not self.document:
            missing.append(_('Scanned Document'))
        if self.answer_expected and not self.date_due:
            missing.append(_('Reply By'))
        return missing

    @api.multi
    def action_register(self):
        """Number the items (gapless, per direction and year of their date); an incoming
        item needs its scanned document. Checks all first, then numbers all."""
        for item in self:
            if item.state != 'draft':
                raise UserError(_('Mail %s: only a draft can be registered.')
                                % item.display_label)
            missing = item._missing_to_register()
            if missing:
                raise UserError(_('Mail %s: to fill in before registration: %s.')
                                % (item.display_label, ', '.join(missing)))
        for item in self.sorted(lambda i: (i.date, i.id)):
            item.write({'name': item._next_number(), 'state': 'registered'})
        # an outgoing reply registered answers the incoming items it is linked to
        self.filtered(lambda i: i.direction == 'outgoing').mapped('answered_ids').filtered(
            lambda i: i.state in OPEN_STATES).write({'state': 'answered'})
        return True

    def _next_number(self):
        self.ensure_one()
        # the sequences are admin-only: the user's right on this item was checked by the ORM
        return self.env['ir.sequence'].sudo().with_context(
            ir_sequence_date=self.date).next_by_code(SEQUENCE_CODES[self.direction])

    @api.multi
    def action_assign(self):
        for item in self:
            if item.state != 'registered':
                raise UserError(_('Mail %s: only a registered mail can be assigned.') % item.display_label)
            missing = []
            if not item.unit_id:
                missing.append(_('Unit'))
            if not item.user_id:
                missing.append(_('Assigned Agent'))
            if missing:
                raise UserError(_('Mail %s: to fill in before assignment: %s.')
                                % (item.display_label, ', '.join(missing)))
        self.write({'state': 'assigned'})
        return True

    @api.multi
    def action_mark_answered(self):
        for item in self:
            if item.state not in OPEN_STATES:
                raise UserError(_('Mail %s: only a registered or assigned '
                                  'mail can be marked as answered.') % item.display_label)
            if not item.reply_id or item.reply_id.state == 'draft':
                raise UserError(_('Mail %s: first link the registered reply ("Reply" field).') % item.display_label)
        self.write({'state': 'answered'})
        return True

    @api.multi
    def action_close(self):
        for item in self:
            if item.state == 'draft':
                raise UserError(_('Mail %s: register it before filing it away.')
                                % item.display_label)
        self.write({'state': 'closed'})
        return True

    @api.multi
    def action_create_reply(self):
        """Open a draft outgoing item answering this one."""
        self.ensure_one()
        if self.direction != 'incoming' or self.state not in OPEN_STATES:
            raise UserError(_('Mail %s: only a registered or assigned '
                              'incoming mail can be answered.') % self.display_label)
        reply = self.create({
            'direction': 'outgoing',
            'partner_id': self.partner_id.id,
            'subject': _('Reply: %s') % self.subject,
            'kind': self.kind if self.kind in ('letter', 'email', 'fax') else 'letter',
            'unit_id': self.unit_id.id,
            'user_id': self.user_id.id or self.env.user.id,
        })
        self.reply_id = reply
        return {
            'type': 'ir.actions.act_window',
            'res_model': self._name,
            'res_id': reply.id,
            'view_mode': 'form',
            'target': 'current',
        }

    # scheduled action

    @api.model
    def _cron_overdue_activities(self, today=None):
        """One activity for the agent in charge of each overdue item expecting an answer,
        once per item (the flag ``overdue_activity_done``), all in one batch."""
        today = today or fields.Date.context_today(self)
        items = self.search(self._overdue_domain(today)
                            + [('overdue_activity_done', '=', False)])
        self.env['mail.activity']._ccis_schedule_todos(
            items, lambda item, text=_('Overdue Reply: %s'): text % item.display_label,
            note=lambda item, text=_('<p>The reply to mail %s was expected on %s.</p>'): text
            % (item.display_label, item.date_due),
            deadline=lambda item: today)
        items.write({'overdue_activity_done': True})
        return True

import logging
from datetime import timedelta

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import html_escape

_logger = logging.getLogger(__name__)

# candidate models of the action programme (addon ccis_activity), first found wins
PROGRAMME_ACTION_MODELS = ('ccis.activity.action',)


class CcisDecision(models.Model):
    """A decision or recommendation of an organ, numbered per organ and year and
    followed up until done or dropped."""
    _name = 'ccis.decision'
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _description = 'Decision or Recommendation'
    _order = 'date desc, number desc, id desc'
    _ccis_unit_scope = ['unit_id', 'responsible_unit_id']  # record rules: ir.rule._ccis_unit_rules

    number = fields.Char('Number', readonly=True, copy=False, index=True,
                         track_visibility='onchange')
    name = fields.Char('Subject', required=True, track_visibility='onchange')
    kind = fields.Selection([
        ('decision', 'Decision'),
        ('recommendation', 'Recommendation'),
    ], 'Kind', required=True, default='decision', index=True)
    organ_id = fields.Many2one(
        'ccis.organ', 'Organ', required=True, index=True, ondelete='restrict',
        track_visibility='onchange')
    organ_kind = fields.Selection(related='organ_id.kind', store=True, readonly=True)
    organ_is_committee = fields.Boolean(
        related='organ_id.is_committee', store=True, readonly=True, string='From a Committee')
    followup_organ_id = fields.Many2one(
        'ccis.organ', 'Followed Up By', index=True,
        help='Organ that follows up the implementation (e.g. the Bureau for committee recommendations).')
    meeting_id = fields.Many2one(
        'ccis.meeting', 'Meeting', index=True, ondelete='restrict',
        domain="[('organ_id', '=', organ_id)]")
    item_id = fields.Many2one(
        'ccis.meeting.item', 'Agenda Item', ondelete='set null',
        domain="[('meeting_id', '=', meeting_id)]")
    date = fields.Date('Date', required=True, index=True,
                       default=lambda self: fields.Date.context_today(self))
    year = fields.Integer('Year', compute='_compute_year', store=True, index=True)
    description = fields.Html('Text')
    responsible_unit_id = fields.Many2one(
        'hr.department', 'Responsible Unit', index=True, track_visibility='onchange')
    responsible_user_id = fields.Many2one(
        'res.users', 'Follow-up Responsible', index=True, track_visibility='onchange')
    deadline = fields.Date('Due Date', index=True, track_visibility='onchange')
    state = fields.Selection([
        ('draft', 'Draft'),
        ('open', 'In Progress'),
        ('done', 'Done'),
        ('dropped', 'Dropped'),
    ], 'State', default='draft', required=True, index=True, copy=False,
        track_visibility='onchange', group_expand='_group_expand_states')
    progress = fields.Integer('Progress (%)', track_visibility='onchange')
    followup_note = fields.Html('Implementation Follow-up')
    done_date = fields.Date('Carried Out On', readonly=True, copy=False)
    drop_reason = fields.Text('Reason for Dropping', copy=False)
    is_late = fields.Boolean('Overdue', compute='_compute_is_late',
                             search='_search_is_late')
    reminder_before_sent = fields.Boolean('Reminder Before Due Date Sent', copy=False,
                                          readonly=True)
    reminder_late_sent = fields.Boolean('Overdue Reminder Sent', copy=False,
                                        readonly=True)
    programme_action_ref = fields.Reference(
        selection='_selection_programme_action', string='Programme Action',
        readonly=True, copy=False)
    programme_available = fields.Boolean(compute='_compute_programme_available')
    color = fields.Integer('Color')

    _sql_constraints = [
        ('number_unique', 'unique(number)', 'The decision number must be unique.'),
        ('progress_range', 'CHECK(progress >= 0 AND progress <= 100)',
         'The progress must be between 0 and 100 %.'),
    ]

    @api.model
    def _group_expand_states(self, states, domain, order):
        return [key for key, _label in self._fields['state'].selection]

    @api.depends('date')
    def _compute_year(self):
        for decision in self:
            decision.year = decision.date and fields.Date.from_string(decision.date).year

    def _compute_is_late(self):
        today = fields.Date.context_today(self)
        for decision in self:
            decision.is_late = decision.state == 'open' and bool(decision.deadline) \
                and decision.deadline < today

    def _search_is_late(self, operator, value):
        today = fields.Date.context_today(self)
        domain = ['&', '&', ('state', '=', 'open'), ('deadline', '!=', False),
                  ('deadline', '<', today)]
        if (operator == '=') == bool(value):
            return domain
        return ['!'] + domain

    @api.model
    def _programme_action_model(self):
        """Model of the action programme (ccis_activity) if installed, else None."""
        for model in PROGRAMME_ACTION_MODELS:
            if model in self.env:
                return model
        return None

    @api.model
    def _selection_programme_action(self):
        model = self._programme_action_model()
        if not model:
            return []
        return [(model, self.env['ir.model']._get(model).name or model)]

    def _compute_programme_available(self):
        available = bool(self._programme_action_model())
        for decision in self:
            decision.programme_available = available

    @api.constrains('meeting_id', 'organ_id')
    def _check_meeting_organ(self):
        for decision in self:
            if decision.meeting_id and decision.meeting_id.organ_id != decision.organ_id:
                raise ValidationError(_(
                    'Decision "%s": meeting "%s" is not '
                    'a meeting of organ "%s".') % (decision.name, decision.meeting_id.name,
                                                   decision.organ_id.name))

    @api.constrains('deadline', 'date')
    def _check_deadline(self):
        for decision in self:
            if decision.deadline and decision.date and decision.deadline < decision.date:
                raise ValidationError(_(
                    'Decision "%s": the due date (%s) is before the decision date (%s).')
                    % (decision.name, decision.deadline, decision.date))

    @api.onchange('meeting_id')
    def _onchange_meeting_id(self):
        if self.meeting_id:
            self.organ_id = self.meeting_id.organ_id
            self.date = self.meeting_id.date[:10]

    @api.onchange('organ_id')
    def _onchange_organ_id(self):
        if self.organ_id:
            self.followup_organ_id = self.organ_id.followup_organ_id
            if not self.unit_id:
                self.unit_id = self.organ_id.unit_id

    @api.onchange('responsible_unit_id')
    def _onchange_responsible_unit_id(self):
        manager_user = self.responsible_unit_id.manager_id.user_id
        if manager_user and not self.responsible_user_id:
            self.responsible_user_id = manager_user

    @api.model
    def create(self, vals):
        meeting = self.env['ccis.meeting'].browse(vals.get('meeting_id'))
        if meeting:
            vals.setdefault('organ_id', meeting.organ_id.id)
            vals.setdefault('date', meeting.date[:10])
        organ = self.env['ccis.organ'].browse(vals.get('organ_id'))
        if organ:
            if 'followup_organ_id' not in vals and organ.followup_organ_id:
                vals['followup_organ_id'] = organ.followup_organ_id.id
            if not vals.get('unit_id') and organ.unit_id:
                vals['unit_id'] = organ.unit_id.id
        if vals.get('responsible_unit_id') and not vals.get('responsible_user_id'):
            unit = self.env['hr.department'].browse(vals['responsible_unit_id'])
            if unit.manager_id.user_id:
                vals['responsible_user_id'] = unit.manager_id.user_id.id
        return super(CcisDecision, self).create(vals)

    @api.multi
    def unlink(self):
        if any(decision.number for decision in self):
            raise UserError(_(
                'A numbered decision cannot be deleted; drop it instead.'))
        return super(CcisDecision, self).unlink()

    @api.multi
    def name_get(self):
        return [(d.id, '%s %s' % (d.number, d.name) if d.number else d.name) for d in self]

    @api.model
    def name_search(self, name='', args=None, operator='ilike', limit=100):
        args = list(args or [])
        if name:
            args = ['|', ('number', operator, name), ('name', operator, name)] + args
        return self.search(args, limit=limit).name_get()

    # ------------------------------------------------------------------ actions
    def _assign_number(self):
        for decision in self.filtered(lambda d: not d.number):
            organ = decision.organ_id
            if not organ.decision_sequence_id:
                organ.sudo()._create_sequences()
            decision.number = organ._next_number(organ.decision_sequence_id, decision.date)

    @api.multi
    def action_open(self):
        """Validate: number the decision (organ code, year, counter) and start follow-up."""
        for decision in self:
            if decision.state != 'draft':
                raise UserError(_(
                    'Decision "%s": only a draft decision can be validated.')
                    % decision.name)
        for decision in self.sorted(lambda d: (d.date, d.id)):
            decision._assign_number()
            decision.state = 'open'
        return True

    @api.multi
    def action_done(self):
        for decision in self:
            if decision.state != 'open':
                raise UserError(_(
                    'Decision "%s": only an in-progress '
                    'decision can be marked as carried out.') % decision.display_name)
            decision.write({'state': 'done', 'progress': 100,
                            'done_date': fields.Date.context_today(self)})
            decision.activity_ids.action_feedback(_('Decision carried out.'))
        return True

    @api.multi
    def action_drop(self):
        for decision in self:
            if decision.state not in ('draft', 'open'):
                raise UserError(_(
                    'Decision "%s": only a draft or in-progress decision can be dropped.') % decision.display_name)
            if not decision.drop_reason:
                raise UserError(_(
                    'Decision "%s": please give the reason for dropping it.')
                    % decision.display_name)
            decision.state = 'dropped'
            decision.activity_ids.unlink()
        return True

    @api.multi
    def action_reopen(self):
        for decision in self:
            if decision.state not in ('done', 'dropped'):
                raise UserError(_(
                    'Decision "%s": only a carried-out or dropped decision can be reopened.') % decision.display_name)
            decision.write({'state': 'open', 'done_date': False,
                            'reminder_before_sent': False, 'reminder_late_sent': False})
        return True

    # ------------------------------------------- action programme hook (ccis_activity)
    def _prepare_programme_action_vals(self):
        """Values of the action programme's action created from this decision: its name,
        unit, responsible, description and period (from the decision's date to its deadline,
        or to the end of the decision's year).

        Hook for the action programme (ccis_activity, which this addon does not depend on):
        the bridge ccis_governance_activity adds the programme and the axis the user chooses
        and keeps the dates within the programme's year."""
        self.ensure_one()
        date_start = self.date or fields.Date.context_today(self)
        date_end = self.deadline or '%s-12-31' % date_start[:4]
        return {
            'name': self.name,
            'unit_id': (self.responsible_unit_id or self.unit_id).id,
            'user_id': self.responsible_user_id.id,
            'date_start': min(date_start, date_end),
            'date_end': date_end,
            'description': _('<p>Resulting from decision %s of organ "%s".</p>')
            % (self.number or '', self.organ_id.name),
        }

    @api.multi
    def action_create_programme_action(self):
        self.ensure_one()
        model = self._programme_action_model()
        if not model:
            raise UserError(_(
                'Decision "%s": the action programme (module ccis_activity) is not installed.') % self.display_name)
        if self.programme_action_ref:
            raise UserError(_(
                'Decision "%s": a programme action has already been created.')
                % self.display_name)
        Action = self.env[model]
        vals = {key: value for key, value in self._prepare_programme_action_vals().items()
                if key in Action._fields}
        action = Action.create(vals)
        self.programme_action_ref = '%s,%d' % (model, action.id)
        self.message_post(body=_('Programme action created: %s.')
                          % html_escape(action.display_name))
        return {
            'type': 'ir.actions.act_window',
            'res_model': model,
            'res_id': action.id,
            'view_mode': 'form',
            'target': 'current',
        }

    # ------------------------------------------------------------------ reminders
    def _reminder_user(self):
        self.ensure_one()
        return self.responsible_user_id or self.responsible_unit_id.manager_id.user_id \
            or self.create_uid

    @api.model
    def _cron_send_reminders(self, days_before=7):
        """Activities for open decisions: `days_before` days before the deadline and
        once it is passed."""
        today = fields.Date.from_string(fields.Date.context_today(self))
        soon = fields.Date.to_string(today + timedelta(days=days_before))
        today_str = fields.Date.to_string(today)
        Activity = self.env['mail.activity']
        upcoming = self.search([
            ('state', '=', 'open'), ('deadline', '>=', today_str), ('deadline', '<=', soon),
            ('reminder_before_sent', '=', False)])
        Activity._ccis_schedule_todos(
            upcoming, lambda decision, text=_('Due Soon: %s'): text % decision.display_name,
            user=lambda decision: decision._reminder_user(),
            deadline=lambda decision: decision.deadline)
        upcoming.write({'reminder_before_sent': True})
        late = self.search([
            ('state', '=', 'open'), ('deadline', '<', today_str),
            ('reminder_late_sent', '=', False)])
        Activity._ccis_schedule_todos(
            late, lambda decision, text=_('Overdue: %s'): text % decision.display_name,
            user=lambda decision: decision._reminder_user(),
            deadline=lambda decision: today_str)
        late.write({'reminder_late_sent': True})
        _logger.info('Decision reminders: %d before deadline, %d late',
                     len(upcoming), len(late))
        return True

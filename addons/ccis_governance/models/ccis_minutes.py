from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError


class CcisMinutes(models.Model):
    """The minutes (procès-verbal) of a meeting: drafted from the meeting, circulated to the
    organ's members when submitted for approval (the circulation date, which the secretary may
    correct until the approval), approved by the organ at a later meeting, then locked
    (ccis.lock.mixin): only a reopening by the direction, with its reason, makes an approved PV
    a draft again."""
    _name = 'ccis.minutes'
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin', 'ccis.lock.mixin']
    _description = 'Meeting Minutes'
    _order = 'meeting_date desc, id desc'
    _lock_states = ('approved',)
    _lock_reopen_values = {'state': 'draft', 'approval_meeting_id': False,
                           'approval_date': False}

    name = fields.Char('Number', readonly=True, copy=False, index=True,
                       default=lambda self: _('Minutes (Draft)'))
    meeting_id = fields.Many2one(
        'ccis.meeting', 'Meeting', required=True, index=True, ondelete='restrict',
        track_visibility='onchange')
    organ_id = fields.Many2one(related='meeting_id.organ_id', store=True, readonly=True,
                               index=True)
    meeting_date = fields.Datetime(related='meeting_id.date', store=True, readonly=True)
    body = fields.Html('Minutes Text (French)', sanitize_style=True)
    body_ar = fields.Html('Minutes Text (Arabic)', sanitize_style=True)
    state = fields.Selection([
        ('draft', 'Draft'),
        ('submitted', 'Submitted for Approval'),
        ('approved', 'Approved'),
    ], 'State', default='draft', required=True, index=True, copy=False,
        track_visibility='onchange')
    date_circulated = fields.Date(
        'Release Date', copy=False, index=True, track_visibility='onchange',
        help="Date on which the minutes were circulated to the organ's members for approval: set on "
             'submission (the same day, unless a date is entered), editable until approval. It measures the '
             'minutes circulation time.')
    approval_meeting_id = fields.Many2one(
        'ccis.meeting', 'Approved at Meeting', index=True, ondelete='restrict',
        domain="[('organ_id', '=', organ_id), ('state', 'in', ('held', 'closed'))]",
        track_visibility='onchange')
    approval_date = fields.Date('Approval Date', readonly=True, copy=False)
    president_id = fields.Many2one('res.partner', 'President (Signatory)')
    secretary_id = fields.Many2one('res.partner', 'Secretary-Rapporteur (Signatory)')

    _sql_constraints = [
        ('meeting_unique', 'unique(meeting_id)', 'A meeting has only one set of minutes.'),
    ]

    @api.constrains('approval_meeting_id', 'meeting_id')
    def _check_approval_meeting(self):
        for minutes in self:
            approval = minutes.approval_meeting_id
            if not approval:
                continue
            if approval.organ_id != minutes.organ_id:
                raise ValidationError(_(
                    'Minutes "%s": they must be approved by organ "%s".')
                    % (minutes.name, minutes.organ_id.name))
            if approval == minutes.meeting_id or approval.date <= minutes.meeting_date:
                raise ValidationError(_(
                    'Minutes "%s": they must be approved at a '
                    'meeting held after the meeting of %s.') % (minutes.name, minutes.meeting_date[:10]))

    @api.constrains('date_circulated', 'meeting_id')
    def _check_date_circulated(self):
        for minutes in self:
            if minutes.date_circulated and minutes.meeting_date \
                    and minutes.date_circulated < minutes.meeting_date[:10]:
                raise ValidationError(_(
                    'Minutes "%s" (meeting "%s"): the circulation date '
                    '(%s) cannot be before the meeting of %s.') % (minutes.name, minutes.meeting_id.name,
                                                                   minutes.date_circulated, minutes.meeting_date[:10]))

    # ------------------------------------------------------------------ CRUD
    @api.model
    def create(self, vals):
        meeting = self.env['ccis.meeting'].browse(vals.get('meeting_id'))
        if meeting:
            if not vals.get('unit_id') and meeting.unit_id:
                vals['unit_id'] = meeting.unit_id.id
            vals.setdefault('president_id', meeting.chair_id.partner_id.id or
                            meeting.organ_id.get_president(meeting.date[:10]).partner_id.id)
            vals.setdefault('secretary_id', meeting.secretary_id.partner_id.id or False)
        return super(CcisMinutes, self).create(vals)

    def _lock_error(self):
        return _(
            'Minutes "%s": they were approved on %s and are locked; they can no longer be edited or deleted, '
            'not even by an administrator, unless management reopens them with a reason.') % (
                self.name, self.approval_date)

    # ------------------------------------------------------------------ actions
    def _render_body(self, lang):
        """HTML of the PV generated from the meeting, in the given language."""
        self.ensure_one()
        meeting = self.meeting_id.with_context(lang=lang)
        env = meeting.env
        selection = lambda model, field: dict(  # noqa: E731
            env[model]._fields[field]._description_selection(env))
        values = {
            'meeting': meeting,
            'minutes': self.with_context(lang=lang),
            'lang': lang,
            'attendance_labels': selection('ccis.meeting.attendee', 'attendance'),
            'role_labels': selection('ccis.organ.member', 'role'),
            'kind_labels': selection('ccis.meeting', 'kind'),
            'outcome_labels': selection('ccis.meeting.item', 'outcome'),
            'decision_kind_labels': selection('ccis.decision', 'kind'),
            'format_date': lambda value: fields.Date.from_string(value[:10]).strftime(
                '%d/%m/%Y'),
            'format_time': lambda value: fields.Datetime.context_timestamp(
                meeting, fields.Datetime.from_string(value)).strftime('%H:%M'),
        }
        html = env['ir.qweb'].render('ccis_governance.ccis_minutes_body', values)
        return html.decode('utf-8') if isinstance(html, bytes) else html

    @api.multi
    def action_generate_body(self):
        """(Re)generate the editable text from the meeting, in French and, when the
        Arabic language is installed, in Arabic."""
        langs = [code for code, _name in self.env['res.lang'].get_installed()]
        arabic = self.env['res.lang']._ccis_arabic_code()
        for minutes in self:
            if minutes.state != 'draft':
                raise UserError(_(
                    'Minutes "%s": only draft minutes can be regenerated.') % minutes.name)
            vals = {'body': minutes._render_body('fr_FR' if 'fr_FR' in langs else 'en_US')}
            if arabic:
                vals['body_ar'] = minutes._render_body(arabic)
            minutes.write(vals)
        return True

    @api.multi
    def action_submit(self):
        for minutes in self:
            if minutes.state != 'draft':
                raise UserError(_(
                    'Minutes "%s": only draft minutes can be submitted.') % minutes.name)
            if not minutes.body:
                raise UserError(_(
                    'Minutes "%s": write the text before submitting it for approval.')
                    % minutes.name)
            vals = {'state': 'submitted',
                    'date_circulated': minutes.date_circulated
                    or fields.Date.context_today(minutes)}
            if not minutes.name or minutes.name == _('Minutes (Draft)'):
                organ = minutes.organ_id
                if not organ.minutes_sequence_id:
                    organ.sudo()._create_sequences()
                vals['name'] = organ._next_number(organ.minutes_sequence_id,
                                                  minutes.meeting_date[:10])
            minutes.write(vals)
        return True

    @api.multi
    def action_back_to_draft(self):
        """The submission is withdrawn: so is the circulation (the next submission dates it)."""
        for minutes in self:
            if minutes.state != 'submitted':
                raise UserError(_(
                    'Minutes "%s": only submitted minutes can be reset to draft.')
                    % minutes.name)
            minutes.write({'state': 'draft', 'date_circulated': False})
        return True

    @api.multi
    def action_approve(self):
        """Approved by the organ at a later meeting: the PV is locked."""
        for minutes in self:
            if minutes.state != 'submitted':
                raise UserError(_(
                    'Minutes "%s": only submitted minutes can be approved.') % minutes.name)
            approval = minutes.approval_meeting_id
            if not approval:
                raise UserError(_(
                    'Minutes "%s": please give the meeting at which the organ approved them.') % minutes.name)
            if approval.state not in ('held', 'closed'):
                raise UserError(_(
                    'Minutes "%s": the approval meeting "%s" must have been held.')
                    % (minutes.name, approval.name))
            minutes.write({'state': 'approved', 'approval_date': approval.date[:10]})
        return True

    @api.multi
    def action_print(self):
        self.ensure_one()
        return {
            'type': 'ir.actions.act_window',
            'res_model': 'ccis.minutes.print.wizard',
            'view_mode': 'form',
            'target': 'new',
            'context': {'default_minutes_id': self.id},
        }

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
    _description = 'Procès-verbal de séance'
    _order = 'meeting_date desc, id desc'
    _lock_states = ('approved',)
    _lock_reopen_values = {'state': 'draft', 'approval_meeting_id': False,
                           'approval_date': False}

    name = fields.Char('Numéro', readonly=True, copy=False, index=True,
                       default=lambda self: _('PV (brouillon)'))
    meeting_id = fields.Many2one(
        'ccis.meeting', 'Séance', required=True, index=True, ondelete='restrict',
        track_visibility='onchange')
    organ_id = fields.Many2one(related='meeting_id.organ_id', store=True, readonly=True,
                               index=True)
    meeting_date = fields.Datetime(related='meeting_id.date', store=True, readonly=True)
    body = fields.Html('Texte du PV (français)', sanitize_style=True)
    body_ar = fields.Html('Texte du PV (arabe)', sanitize_style=True)
    state = fields.Selection([
        ('draft', 'Brouillon'),
        ('submitted', "Soumis à l'approbation"),
        ('approved', 'Approuvé'),
    ], 'État', default='draft', required=True, index=True, copy=False,
        track_visibility='onchange')
    date_circulated = fields.Date(
        'Date de diffusion', copy=False, index=True, track_visibility='onchange',
        help="Date à laquelle le PV a été diffusé aux membres de l'organe pour approbation : "
             "renseignée à la soumission (le jour même, à défaut d'une date saisie), "
             "modifiable jusqu'à l'approbation. Elle mesure le délai de diffusion des PV.")
    approval_meeting_id = fields.Many2one(
        'ccis.meeting', "Approuvé lors de la séance", index=True, ondelete='restrict',
        domain="[('organ_id', '=', organ_id), ('state', 'in', ('held', 'closed'))]",
        track_visibility='onchange')
    approval_date = fields.Date("Date d'approbation", readonly=True, copy=False)
    president_id = fields.Many2one('res.partner', 'Président (signataire)')
    secretary_id = fields.Many2one('res.partner', 'Secrétaire rapporteur (signataire)')

    _sql_constraints = [
        ('meeting_unique', 'unique(meeting_id)', 'Une séance n\'a qu\'un procès-verbal.'),
    ]

    @api.constrains('approval_meeting_id', 'meeting_id')
    def _check_approval_meeting(self):
        for minutes in self:
            approval = minutes.approval_meeting_id
            if not approval:
                continue
            if approval.organ_id != minutes.organ_id:
                raise ValidationError(_(
                    "PV « %s » : il doit être approuvé par l'organe « %s ».")
                    % (minutes.name, minutes.organ_id.name))
            if approval == minutes.meeting_id or approval.date <= minutes.meeting_date:
                raise ValidationError(_(
                    "PV « %s » : il doit être approuvé lors d'une séance postérieure à la "
                    "séance du %s.") % (minutes.name, minutes.meeting_date[:10]))

    @api.constrains('date_circulated', 'meeting_id')
    def _check_date_circulated(self):
        for minutes in self:
            if minutes.date_circulated and minutes.meeting_date \
                    and minutes.date_circulated < minutes.meeting_date[:10]:
                raise ValidationError(_(
                    "PV « %s » (séance « %s ») : la date de diffusion (%s) ne peut pas précéder "
                    "la séance du %s.") % (minutes.name, minutes.meeting_id.name,
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
            "PV « %s » : il a été approuvé le %s et est verrouillé ; il ne peut plus être "
            "modifié ni supprimé, pas même par un administrateur, sauf à être rouvert par la "
            "direction avec un motif.") % (self.name, self.approval_date)

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
                    "PV « %s » : seul un PV en brouillon peut être régénéré.") % minutes.name)
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
                    "PV « %s » : seul un PV en brouillon peut être soumis.") % minutes.name)
            if not minutes.body:
                raise UserError(_(
                    "PV « %s » : rédigez le texte avant de le soumettre à l'approbation.")
                    % minutes.name)
            vals = {'state': 'submitted',
                    'date_circulated': minutes.date_circulated
                    or fields.Date.context_today(minutes)}
            if not minutes.name or minutes.name == _('PV (brouillon)'):
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
                    "PV « %s » : seul un PV soumis peut être remis en brouillon.")
                    % minutes.name)
            minutes.write({'state': 'draft', 'date_circulated': False})
        return True

    @api.multi
    def action_approve(self):
        """Approved by the organ at a later meeting: the PV is locked."""
        for minutes in self:
            if minutes.state != 'submitted':
                raise UserError(_(
                    "PV « %s » : seul un PV soumis peut être approuvé.") % minutes.name)
            approval = minutes.approval_meeting_id
            if not approval:
                raise UserError(_(
                    "PV « %s » : indiquez la séance au cours de laquelle l'organe l'a "
                    "approuvé.") % minutes.name)
            if approval.state not in ('held', 'closed'):
                raise UserError(_(
                    "PV « %s » : la séance d'approbation « %s » doit avoir été tenue.")
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

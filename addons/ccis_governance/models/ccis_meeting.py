import base64
from datetime import timedelta

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import html_escape

from ..tools import rules


class CcisMeeting(models.Model):
    """A meeting (séance) of an organ: convocation, agenda, attendance, quorum."""
    _name = 'ccis.meeting'
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _description = "Séance d'un organe"
    _order = 'date desc, id desc'

    name = fields.Char('Intitulé', required=True, track_visibility='onchange')
    organ_id = fields.Many2one(
        'ccis.organ', 'Organe', required=True, index=True, ondelete='restrict',
        track_visibility='onchange', readonly=True, states={'draft': [('readonly', False)]})
    organ_kind = fields.Selection(related='organ_id.kind', store=True, readonly=True)
    kind = fields.Selection([
        ('ordinary', 'Ordinaire'),
        ('extraordinary', 'Extraordinaire'),
    ], 'Nature', required=True, default='ordinary', track_visibility='onchange')
    session = fields.Selection([
        ('first', 'Première session ordinaire (février-avril)'),
        ('second', "Deuxième session ordinaire (octobre)"),
        ('other', 'Autre'),
    ], 'Session', help="Session de l'assemblée générale (loi 38-12).")
    year = fields.Integer('Année', compute='_compute_year', store=True, index=True)
    date = fields.Datetime(
        'Date et heure', required=True, index=True, track_visibility='onchange',
        default=lambda self: fields.Datetime.now())
    duration = fields.Float('Durée (heures)', default=2.0)
    date_end = fields.Datetime('Fin', compute='_compute_date_end', store=True)
    place = fields.Char('Lieu', track_visibility='onchange')
    state = fields.Selection([
        ('draft', 'Brouillon'),
        ('convened', 'Convoquée'),
        ('held', 'Tenue'),
        ('closed', 'Clôturée'),
        ('cancelled', 'Annulée'),
    ], 'État', default='draft', required=True, index=True, copy=False,
        track_visibility='onchange', group_expand='_group_expand_states')
    color = fields.Integer('Couleur')
    chair_id = fields.Many2one(
        'ccis.organ.member', 'Président de séance',
        domain="[('organ_id', '=', organ_id)]")
    secretary_id = fields.Many2one(
        'ccis.organ.member', 'Secrétaire de séance',
        domain="[('organ_id', '=', organ_id)]")
    convocation_number = fields.Selection([
        ('first', 'Première convocation'),
        ('second', 'Deuxième convocation'),
    ], 'Convocation', default='first', required=True, readonly=True)
    previous_meeting_id = fields.Many2one(
        'ccis.meeting', 'Séance de première convocation', readonly=True, copy=False,
        ondelete='set null')
    second_meeting_ids = fields.One2many(
        'ccis.meeting', 'previous_meeting_id', 'Deuxième convocation', readonly=True)
    no_quorum = fields.Boolean(
        'Reportée faute de quorum', readonly=True, copy=False, track_visibility='onchange')
    convocation_date = fields.Datetime(
        'Convocation envoyée le', readonly=True, copy=False, track_visibility='onchange')
    calendar_event_id = fields.Many2one(
        'calendar.event', 'Événement du calendrier', readonly=True, copy=False,
        ondelete='set null')
    item_ids = fields.One2many('ccis.meeting.item', 'meeting_id', 'Ordre du jour', copy=True)
    attendee_ids = fields.One2many('ccis.meeting.attendee', 'meeting_id', 'Présences')
    decision_ids = fields.One2many('ccis.decision', 'meeting_id', 'Décisions et recommandations')
    minutes_ids = fields.One2many('ccis.minutes', 'meeting_id', 'Procès-verbal')
    minutes_id = fields.Many2one('ccis.minutes', 'PV', compute='_compute_minutes_id')
    approved_minutes_ids = fields.One2many(
        'ccis.minutes', 'approval_meeting_id', 'PV approuvés lors de cette séance')
    note = fields.Html('Notes')
    # quorum (stored so that lists, kanban and reports show it)
    member_count = fields.Integer(
        'Membres convoqués', compute='_compute_quorum', store=True,
        help="Membres ayant voix délibérative.")
    present_count = fields.Integer('Présents', compute='_compute_quorum', store=True)
    represented_count = fields.Integer('Représentés', compute='_compute_quorum', store=True)
    excused_count = fields.Integer('Excusés', compute='_compute_quorum', store=True)
    absent_count = fields.Integer('Absents', compute='_compute_quorum', store=True)
    quorum_required = fields.Integer('Quorum requis', compute='_compute_quorum', store=True)
    quorum_counted = fields.Integer('Membres comptés', compute='_compute_quorum', store=True)
    quorum_reached = fields.Boolean('Quorum atteint', compute='_compute_quorum', store=True)
    decision_count = fields.Integer('Décisions', compute='_compute_decision_count')

    @api.model
    def _group_expand_states(self, states, domain, order):
        return [key for key, _label in self._fields['state'].selection]

    @api.depends('date')
    def _compute_year(self):
        for meeting in self:
            meeting.year = meeting.date and fields.Datetime.from_string(meeting.date).year

    @api.depends('date', 'duration')
    def _compute_date_end(self):
        for meeting in self:
            if meeting.date:
                start = fields.Datetime.from_string(meeting.date)
                meeting.date_end = fields.Datetime.to_string(
                    start + timedelta(hours=meeting.duration or 1.0))

    def _compute_minutes_id(self):
        for meeting in self:
            meeting.minutes_id = meeting.minutes_ids[:1]

    def _compute_decision_count(self):
        for meeting in self:
            meeting.decision_count = len(meeting.decision_ids)

    @api.depends('attendee_ids.attendance', 'attendee_ids.voting', 'convocation_number',
                 'organ_id.quorum_share', 'organ_id.quorum_strict',
                 'organ_id.quorum_count_proxies', 'organ_id.second_quorum_share')
    def _compute_quorum(self):
        for meeting in self:
            voters = meeting.attendee_ids.filtered('voting')
            counts = {'present': 0, 'proxy': 0, 'excused': 0, 'absent': 0}
            for attendee in voters:
                counts[attendee.attendance] += 1
            meeting.member_count = len(voters)
            meeting.present_count = counts['present']
            meeting.represented_count = counts['proxy']
            meeting.excused_count = counts['excused']
            meeting.absent_count = counts['absent']
            result = meeting._quorum_result(len(voters), counts['present'], counts['proxy'])
            meeting.quorum_required = result.required
            meeting.quorum_counted = result.counted
            meeting.quorum_reached = result.reached

    def _quorum_result(self, members, present, represented):
        """Apply the organ's rule (first or second convocation)."""
        organ = self.organ_id
        if self.convocation_number == 'second':
            share = organ.second_quorum_share
        else:
            share = organ.quorum_share
        return rules.compute_quorum(
            members, present, represented, share=share,
            count_proxies=organ.quorum_count_proxies, strict=organ.quorum_strict)

    @api.onchange('organ_id')
    def _onchange_organ_id(self):
        if self.organ_id:
            self.unit_id = self.organ_id.unit_id
            if not self.name:
                self.name = self._default_name(self.organ_id, self.kind, self.date)
            president = self.organ_id.get_president(self.date and self.date[:10])
            self.chair_id = president

    @api.model
    def _default_name(self, organ, kind, date):
        kinds = dict(self._fields['kind']._description_selection(self.env))
        day = fields.Date.from_string(date[:10]) if date else fields.Date.today()
        return _("%s — séance %s du %s") % (
            organ.name, kinds.get(kind or 'ordinary', '').lower(), day.strftime('%d/%m/%Y'))

    @api.model
    def create(self, vals):
        organ = self.env['ccis.organ'].browse(vals.get('organ_id'))
        if organ and not vals.get('unit_id') and organ.unit_id:
            vals['unit_id'] = organ.unit_id.id
        if organ and not vals.get('name'):
            vals['name'] = self._default_name(organ, vals.get('kind'), vals.get('date'))
        return super(CcisMeeting, self).create(vals)

    @api.multi
    def write(self, vals):
        res = super(CcisMeeting, self).write(vals)
        if {'date', 'duration', 'place', 'name'} & set(vals):
            self._sync_calendar_event()
        return res

    @api.multi
    def unlink(self):
        for meeting in self:
            if meeting.state not in ('draft', 'cancelled'):
                raise UserError(_(
                    "Séance « %s » : seule une séance en brouillon ou annulée peut être "
                    "supprimée.") % meeting.name)
        return super(CcisMeeting, self).unlink()

    # ------------------------------------------------------------------ actions
    @api.multi
    def action_load_members(self):
        """(Re)create the attendance sheet from the organ's members at the meeting date."""
        Attendee = self.env['ccis.meeting.attendee']
        for meeting in self:
            if meeting.state not in ('draft', 'convened'):
                raise UserError(_(
                    "Séance « %s » : la liste des membres ne peut être chargée qu'avant la "
                    "tenue de la séance.") % meeting.name)
            known = meeting.attendee_ids.mapped('member_id')
            members = meeting.organ_id.get_members_at(meeting.date[:10]) - known
            for member in members:
                Attendee.create({'meeting_id': meeting.id, 'member_id': member.id})
        return True

    @api.multi
    def action_convene(self):
        """Convene: check the agenda, create the calendar event, e-mail the convocation."""
        for meeting in self:
            if meeting.state != 'draft':
                raise UserError(_(
                    "Séance « %s » : seule une séance en brouillon peut être convoquée.")
                    % meeting.name)
            if not meeting.item_ids:
                raise UserError(_(
                    "Séance « %s » : l'ordre du jour est vide ; ajoutez au moins un point "
                    "avant de convoquer.") % meeting.name)
            if not meeting.attendee_ids:
                meeting.action_load_members()
            if not meeting.attendee_ids:
                raise UserError(_(
                    "Séance « %s » : l'organe « %s » n'a aucun membre en mandat à la date de "
                    "la séance.") % (meeting.name, meeting.organ_id.name))
            meeting.state = 'convened'
            meeting._sync_calendar_event()
            meeting._send_convocation()
        return True

    @api.multi
    def action_send_convocation(self):
        """Send the convocation to members who have not received it yet."""
        for meeting in self:
            if meeting.state != 'convened':
                raise UserError(_(
                    "Séance « %s » : la convocation ne peut être envoyée que pour une "
                    "séance convoquée.") % meeting.name)
            meeting._send_convocation()
        return True

    def _render_agenda_attachment(self):
        """Render the agenda PDF once and store it as an attachment of the meeting."""
        self.ensure_one()
        report = self.env.ref('ccis_governance.action_report_ccis_meeting_agenda')
        content, _format = report.render_qweb_pdf(self.ids)
        if isinstance(content, str):
            content = content.encode('utf-8')
        filename = _('Ordre du jour - %s.pdf') % self.name.replace('/', '-')
        return self.env['ir.attachment'].create({
            'name': filename,
            'datas_fname': filename,
            'datas': base64.b64encode(content),
            'res_model': self._name,
            'res_id': self.id,
            'mimetype': 'application/pdf',
        })

    def _send_convocation(self):
        """One e-mail per member not yet convened, each with the agenda PDF."""
        self.ensure_one()
        attendees = self.attendee_ids.filtered(lambda a: not a.convocation_sent)
        if not attendees:
            return self.env['mail.mail']
        template = self.env.ref('ccis_governance.mail_template_ccis_meeting_convocation')
        attachment = self._render_agenda_attachment()
        mails = self.env['mail.mail']
        now = fields.Datetime.now()
        without_email = attendees.filtered(lambda a: not a.partner_id.email)
        for attendee in attendees - without_email:
            mail_id = template.send_mail(
                attendee.id, email_values={'attachment_ids': [attachment.id]})
            mails |= self.env['mail.mail'].browse(mail_id)
        (attendees - without_email).write({
            'convocation_sent': True, 'convocation_sent_date': now})
        self.convocation_date = now
        body = _("Convocation envoyée à %d membre(s) avec l'ordre du jour.") % len(mails)
        if without_email:
            body += ' ' + _("Sans adresse électronique (à convoquer par courrier) : %s.") % \
                html_escape(', '.join(without_email.mapped('partner_id.name')))
        self.message_post(body=body, attachment_ids=[attachment.id])
        return mails

    def _sync_calendar_event(self):
        """Create or update the calendar event of convened meetings (no invitation mail:
        the convocation is the invitation)."""
        # the calendar event mirrors the meeting the user has just changed (rights checked
        # by the ORM on the meeting); attendees' calendars are not the user's to edit
        Event = self.env['calendar.event'].sudo().with_context(no_mail_to_attendees=True)
        for meeting in self:
            if meeting.state in ('draft', 'cancelled') and not meeting.calendar_event_id:
                continue
            vals = {
                'name': meeting.name,
                'start': meeting.date,
                'stop': meeting.date_end,
                'duration': meeting.duration or 1.0,
                'allday': False,
                'location': meeting.place or '',
                'partner_ids': [(6, 0, meeting.attendee_ids.mapped('partner_id').ids)],
                'res_model_id': self.env['ir.model']._get(self._name).id,
                'res_id': meeting.id,
            }
            if meeting.calendar_event_id:
                Event.browse(meeting.calendar_event_id.id).write(vals)
            else:
                meeting.calendar_event_id = Event.create(vals)

    @api.multi
    def action_hold(self):
        for meeting in self:
            if meeting.state != 'convened':
                raise UserError(_(
                    "Séance « %s » : seule une séance convoquée peut être déclarée tenue.")
                    % meeting.name)
            if not meeting.quorum_reached:
                raise UserError(_(
                    "Séance « %s » : le quorum n'est pas atteint (%d membre(s) compté(s) pour "
                    "%d requis). Enregistrez les présences ou créez une deuxième "
                    "convocation.") % (meeting.name, meeting.quorum_counted,
                                       meeting.quorum_required))
            meeting.state = 'held'
        return True

    @api.multi
    def action_close(self):
        for meeting in self:
            if meeting.state != 'held':
                raise UserError(_(
                    "Séance « %s » : seule une séance tenue peut être clôturée.")
                    % meeting.name)
            meeting.decision_ids.filtered(lambda d: d.state == 'draft').action_open()
            meeting.state = 'closed'
        return True

    @api.multi
    def action_cancel(self):
        for meeting in self:
            if meeting.state in ('held', 'closed'):
                raise UserError(_(
                    "Séance « %s » : une séance tenue ne peut plus être annulée.")
                    % meeting.name)
            meeting.state = 'cancelled'
            if meeting.calendar_event_id:
                meeting.calendar_event_id.sudo().with_context(
                    no_mail_to_attendees=True).unlink()
        return True

    @api.multi
    def action_draft(self):
        for meeting in self:
            if meeting.state != 'cancelled':
                raise UserError(_(
                    "Séance « %s » : seule une séance annulée peut être remise en brouillon.")
                    % meeting.name)
            meeting.write({'state': 'draft', 'no_quorum': False})
        return True

    @api.multi
    def action_second_convocation(self):
        """Without quorum: postpone to a second convocation with the organ's quorum for it."""
        self.ensure_one()
        if self.state != 'convened' or self.quorum_reached:
            raise UserError(_(
                "Séance « %s » : une deuxième convocation n'est possible que pour une séance "
                "convoquée dont le quorum n'est pas atteint.") % self.name)
        if self.convocation_number == 'second':
            raise UserError(_(
                "Séance « %s » : cette séance est déjà une deuxième convocation.") % self.name)
        start = fields.Datetime.from_string(self.date) + timedelta(
            days=self.organ_id.second_convocation_delay)
        second = self.copy({
            'name': _('%s (deuxième convocation)') % self.name,
            'date': fields.Datetime.to_string(start),
            'convocation_number': 'second',
            'previous_meeting_id': self.id,
        })
        for attendee in self.attendee_ids:
            attendee.copy({'meeting_id': second.id, 'attendance': 'absent',
                           'proxy_holder_id': False})
        self.write({'state': 'cancelled', 'no_quorum': True})
        if self.calendar_event_id:
            self.calendar_event_id.sudo().with_context(no_mail_to_attendees=True).unlink()
        self.message_post(body=_(
            "Quorum non atteint (%d/%d) : séance reportée en deuxième convocation le %s.")
            % (self.quorum_counted, self.quorum_required, start.strftime('%d/%m/%Y')))
        return {
            'type': 'ir.actions.act_window',
            'res_model': self._name,
            'res_id': second.id,
            'view_mode': 'form',
            'target': 'current',
        }

    @api.multi
    def action_generate_minutes(self):
        """Create (or regenerate while draft) the PV from the meeting."""
        self.ensure_one()
        if self.state not in ('held', 'closed'):
            raise UserError(_(
                "Séance « %s » : le PV ne peut être rédigé que pour une séance tenue.")
                % self.name)
        minutes = self.minutes_ids[:1]
        if not minutes:
            minutes = self.env['ccis.minutes'].create({'meeting_id': self.id})
        minutes.action_generate_body()
        return {
            'type': 'ir.actions.act_window',
            'res_model': 'ccis.minutes',
            'res_id': minutes.id,
            'view_mode': 'form',
            'target': 'current',
        }

    @api.multi
    def action_view_decisions(self):
        self.ensure_one()
        action = self.env.ref('ccis_governance.ccis_decision_action').read()[0]
        action['domain'] = [('meeting_id', '=', self.id)]
        action['context'] = {'default_meeting_id': self.id,
                             'default_organ_id': self.organ_id.id}
        return action

    @api.constrains('previous_meeting_id', 'organ_id')
    def _check_previous_meeting(self):
        for meeting in self:
            previous = meeting.previous_meeting_id
            if previous and previous.organ_id != meeting.organ_id:
                raise ValidationError(_(
                    "Séance « %s » : la séance de première convocation doit être du même "
                    "organe.") % meeting.name)

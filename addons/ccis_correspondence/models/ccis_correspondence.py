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
    _description = 'Courrier (bureau d\'ordre)'
    _order = 'date desc, name desc, id desc'
    _rec_name = 'subject'

    name = fields.Char('Numéro', readonly=True, copy=False, index=True,
                       track_visibility='onchange')
    display_label = fields.Char('Libellé', compute='_compute_display_label')
    direction = fields.Selection([
        ('incoming', 'Arrivée'),
        ('outgoing', 'Départ'),
    ], 'Sens', required=True, default='incoming', index=True,
        readonly=True, states={'draft': [('readonly', False)]})
    date = fields.Date(
        'Date de réception / d\'envoi', required=True, index=True,
        default=lambda self: fields.Date.context_today(self), track_visibility='onchange',
        readonly=True, states={'draft': [('readonly', False)]})
    year = fields.Integer('Année', compute='_compute_year', store=True, index=True)
    partner_id = fields.Many2one(
        'res.partner', 'Expéditeur / destinataire', index=True, ondelete='restrict',
        track_visibility='onchange',
        help="Administration, élu, ressortissant ou organisme qui écrit à la chambre "
             "(arrivée) ou à qui elle écrit (départ).")
    partner_reference = fields.Char('Référence du correspondant')
    subject = fields.Char('Objet', required=True, track_visibility='onchange')
    kind = fields.Selection([
        ('letter', 'Lettre'),
        ('email', 'Courriel'),
        ('fax', 'Fax'),
        ('notice', 'Note / avis'),
        ('invitation', 'Invitation'),
        ('other', 'Autre'),
    ], 'Nature', required=True, default='letter')
    document = fields.Binary('Document numérisé', attachment=True, copy=False)
    document_name = fields.Char('Nom du document', copy=False)
    unit_id = fields.Many2one(required=True)
    user_id = fields.Many2one('res.users', 'Agent chargé', index=True,
                              track_visibility='onchange')
    answer_expected = fields.Boolean('Réponse attendue', track_visibility='onchange')
    date_due = fields.Date('Répondre avant le', index=True, track_visibility='onchange')
    reply_id = fields.Many2one(
        'ccis.correspondence', 'Réponse', index=True, ondelete='set null', copy=False,
        domain="[('direction', '=', 'outgoing')]", track_visibility='onchange',
        help="Courrier départ qui répond à ce courrier.")
    answered_ids = fields.One2many('ccis.correspondence', 'reply_id', 'Répond à',
                                   help="Courriers arrivée auxquels ce courrier répond.")
    date_answered = fields.Date('Répondu le', compute='_compute_answer_delay', store=True)
    answer_delay = fields.Integer(
        'Délai de réponse (jours)', compute='_compute_answer_delay', store=True,
        group_operator='avg',
        help="Jours entre la réception du courrier et l'envoi de sa réponse.")
    state = fields.Selection([
        ('draft', 'Brouillon'),
        ('registered', 'Enregistré'),
        ('assigned', 'Affecté'),
        ('answered', 'Répondu'),
        ('closed', 'Classé'),
    ], 'État', default='draft', required=True, index=True, copy=False,
        track_visibility='onchange', group_expand='_group_expand_states')
    is_overdue = fields.Boolean('En retard', compute='_compute_is_overdue',
                                search='_search_is_overdue')
    in_my_units = fields.Boolean('De mes unités', compute='_compute_in_my_units',
                                 search='_search_in_my_units')
    overdue_activity_done = fields.Boolean(
        'Relance de retard créée', readonly=True, copy=False,
        help="Une activité a été créée pour l'agent chargé quand la réponse a dépassé son "
             "échéance (une seule fois par courrier).")
    note = fields.Text('Observations')
    color = fields.Integer('Couleur')

    _sql_constraints = [
        ('name_unique', 'unique(name)', 'Le numéro de courrier doit être unique.'),
    ]

    @api.depends('name', 'subject')
    def _compute_display_label(self):
        for item in self:
            item.display_label = ' – '.join(filter(None, [item.name or _('Brouillon'),
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
                    "Courrier %s : seul un courrier arrivée peut avoir une réponse "
                    "(champ « Réponse »).") % item.display_label)
            if item.reply_id and item.reply_id.direction != 'outgoing':
                raise ValidationError(_(
                    "Courrier %s : la réponse (champ « Réponse ») doit être un courrier "
                    "départ.") % item.display_label)

    @api.constrains('date_due', 'date')
    def _check_date_due(self):
        for item in self:
            if item.date_due and item.date and item.date_due < item.date:
                raise ValidationError(_(
                    "Courrier %s : l'échéance de réponse (champ « Répondre avant le ») ne "
                    "peut précéder la date du courrier.") % item.display_label)

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
                "Courrier %s : un courrier enregistré ne peut être supprimé (son numéro ne "
                "doit pas être réutilisé) ; classez-le.") % numbered[0].display_label)
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
            missing.append(_('Expéditeur / destinataire'))
        if not self.subject:
            missing.append(_('Objet'))
        if not self.date:
            missing.append(_("Date de réception / d'envoi"))
        if self.direction == 'incoming' and not self.document:
            missing.append(_('Document numérisé'))
        if self.answer_expected and not self.date_due:
            missing.append(_('Répondre avant le'))
        return missing

    @api.multi
    def action_register(self):
        """Number the items (gapless, per direction and year of their date); an incoming
        item needs its scanned document. Checks all first, then numbers all."""
        for item in self:
            if item.state != 'draft':
                raise UserError(_("Courrier %s : seul un brouillon peut être enregistré.")
                                % item.display_label)
            missing = item._missing_to_register()
            if missing:
                raise UserError(_("Courrier %s : à renseigner avant l'enregistrement : %s.")
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
                raise UserError(_("Courrier %s : seul un courrier enregistré peut être "
                                  "affecté.") % item.display_label)
            missing = []
            if not item.unit_id:
                missing.append(_('Unité'))
            if not item.user_id:
                missing.append(_('Agent chargé'))
            if missing:
                raise UserError(_("Courrier %s : à renseigner avant l'affectation : %s.")
                                % (item.display_label, ', '.join(missing)))
        self.write({'state': 'assigned'})
        return True

    @api.multi
    def action_mark_answered(self):
        for item in self:
            if item.state not in OPEN_STATES:
                raise UserError(_("Courrier %s : seul un courrier enregistré ou affecté peut "
                                  "être marqué répondu.") % item.display_label)
            if not item.reply_id or item.reply_id.state == 'draft':
                raise UserError(_("Courrier %s : liez d'abord la réponse enregistrée (champ "
                                  "« Réponse »).") % item.display_label)
        self.write({'state': 'answered'})
        return True

    @api.multi
    def action_close(self):
        for item in self:
            if item.state == 'draft':
                raise UserError(_("Courrier %s : enregistrez-le avant de le classer.")
                                % item.display_label)
        self.write({'state': 'closed'})
        return True

    @api.multi
    def action_create_reply(self):
        """Open a draft outgoing item answering this one."""
        self.ensure_one()
        if self.direction != 'incoming' or self.state not in OPEN_STATES:
            raise UserError(_("Courrier %s : on ne répond qu'à un courrier arrivée enregistré "
                              "ou affecté.") % self.display_label)
        reply = self.create({
            'direction': 'outgoing',
            'partner_id': self.partner_id.id,
            'subject': _('Réponse : %s') % self.subject,
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
            items, lambda item: _('Réponse en retard : %s') % item.display_label,
            note=lambda item: _("<p>La réponse au courrier %s était attendue le %s.</p>")
            % (item.display_label, item.date_due),
            deadline=lambda item: today)
        items.write({'overdue_activity_done': True})
        return True

import datetime

from odoo import _, api, fields, models
from odoo.exceptions import UserError

REQUEST_STATES = [
    ('new', 'Nouvelle'),
    ('assigned', 'Affectée'),
    ('answered', 'Répondue'),
    ('closed', 'Clôturée'),
    ('rejected', 'Rejetée'),
]


class CcisMemberRequest(models.Model):
    """A member's request to the orientation desk (fiscal, legal, financial questions,
    requests for a study...), assigned to a unit and answered."""
    _name = 'ccis.member.request'
    _description = 'Demande de ressortissant'
    _inherit = ['mail.thread', 'mail.activity.mixin', 'ccis.unit.mixin']
    _order = 'date desc, id desc'
    _ccis_unit_scope = ['unit_id', 'user_id', 'create_uid']  # record rules: ir.rule._ccis_unit_rules

    name = fields.Char(string='Référence', required=True, copy=False, readonly=True,
                       default='/', index=True)
    partner_id = fields.Many2one(
        'res.partner', string='Ressortissant', required=True, index=True,
        domain=[('ccis_is_member', '=', True)], track_visibility='onchange')
    contact_name = fields.Char(string='Demandeur')
    channel = fields.Selection(
        [('visit', 'Visite'), ('phone', 'Téléphone'), ('email', 'E-mail'),
         ('letter', 'Courrier'), ('web', 'Site web')],
        string='Canal', required=True, default='visit')
    category_id = fields.Many2one(
        'ccis.member.request.category', string='Catégorie', required=True, index=True,
        ondelete='restrict')
    subject = fields.Char(string='Objet', required=True)
    description = fields.Text(string='Description')
    date = fields.Date(string='Reçue le', required=True, default=fields.Date.context_today,
                       index=True)
    deadline = fields.Date(string='Échéance', index=True, track_visibility='onchange')
    user_id = fields.Many2one('res.users', string='Chargé de la demande', index=True,
                              track_visibility='onchange')
    is_overdue = fields.Boolean(
        string='En retard', compute='_compute_is_overdue', search='_search_is_overdue')
    answer = fields.Text(string='Réponse')
    answer_date = fields.Date(string='Répondue le', readonly=True, copy=False)
    reject_reason = fields.Text(string='Motif du rejet', copy=False)
    satisfaction = fields.Selection(
        [('1', 'Très insatisfait'), ('2', 'Insatisfait'), ('3', 'Neutre'),
         ('4', 'Satisfait'), ('5', 'Très satisfait')], string='Satisfaction')
    state = fields.Selection(
        REQUEST_STATES, string='État', required=True, default='new', index=True,
        track_visibility='onchange', copy=False)
    member_site_id = fields.Many2one(
        related='partner_id.ccis_site_id', string='Site du ressortissant', store=True,
        readonly=True)

    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for request in self:
            request.is_overdue = bool(
                request.deadline and request.deadline < today
                and request.state in ('new', 'assigned'))

    def _search_is_overdue(self, operator, value):
        today = fields.Date.context_today(self)
        domain = ['&', ('deadline', '<', today), ('state', 'in', ('new', 'assigned'))]
        if (operator == '=') == bool(value):
            return domain
        return ['|', ('deadline', '=', False), '|', ('deadline', '>=', today),
                ('state', 'not in', ('new', 'assigned'))]

    @api.onchange('category_id', 'date')
    def _onchange_category_id(self):
        if self.category_id:
            if self.category_id.default_unit_id and not self.unit_id:
                self.unit_id = self.category_id.default_unit_id
            if self.date and self.category_id.delay_days:
                self.deadline = fields.Date.to_string(
                    fields.Date.from_string(self.date)
                    + datetime.timedelta(days=self.category_id.delay_days))

    @api.model
    def create(self, vals):
        if vals.get('name', '/') == '/':
            vals['name'] = self.env['ir.sequence'].next_by_code('ccis.member.request') or '/'
        request = super().create(vals)
        request.partner_id._ccis_touch_activity()
        return request

    def _check_state(self, allowed, action):
        for request in self:
            if request.state not in allowed:
                raise UserError(_("Demande « %s » : action « %s » impossible à l'état « %s ».")
                                % (request.name, action,
                                   dict(REQUEST_STATES)[request.state]))

    @api.multi
    def action_assign(self):
        self._check_state(('new',), _('Affecter'))
        for request in self:
            if not request.unit_id:
                raise UserError(_("Demande « %s » : choisissez l'unité chargée de la "
                                  "réponse.") % request.name)
        self.write({'state': 'assigned'})

    @api.multi
    def action_answer(self):
        self._check_state(('new', 'assigned'), _('Répondre'))
        for request in self:
            if not (request.answer or '').strip():
                raise UserError(_("Demande « %s » : saisissez la réponse apportée au "
                                  "ressortissant.") % request.name)
        self.write({'state': 'answered', 'answer_date': fields.Date.context_today(self)})
        self.mapped('partner_id')._ccis_touch_activity()

    @api.multi
    def action_close(self):
        self._check_state(('answered',), _('Clôturer'))
        self.write({'state': 'closed'})

    @api.multi
    def action_reject(self):
        self._check_state(('new', 'assigned'), _('Rejeter'))
        for request in self:
            if not (request.reject_reason or '').strip():
                raise UserError(_("Demande « %s » : indiquez le motif du rejet.")
                                % request.name)
        self.write({'state': 'rejected'})

    @api.multi
    def action_reset(self):
        self._check_state(('rejected',), _('Rouvrir'))
        self.write({'state': 'new', 'reject_reason': False})

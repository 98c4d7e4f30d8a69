from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import html_escape

ORIGINS = [
    ('event', 'Événement (B2B, salon, mission)'),
    ('chamber', 'Chambre partenaire'),
    ('embassy', 'Ambassade ou représentation diplomatique'),
    ('member', 'Ressortissant'),
    ('other', 'Autre'),
]
KINDS = [('offer', 'Offre'), ('demand', 'Demande'), ('partnership', 'Partenariat')]
STATES = [
    ('draft', 'Brouillon'),
    ('published', 'Diffusée'),
    ('closed', 'Clôturée'),
    ('cancelled', 'Annulée'),
]


class CcisBusinessOpportunity(models.Model):
    """A business opportunity collected by the chamber and passed on to its members."""

    _name = 'ccis.business.opportunity'
    _description = "Opportunité d'affaires"
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _order = 'date desc, id desc'

    name = fields.Char(string='Intitulé', required=True, track_visibility='onchange')
    reference = fields.Char(string='Référence', readonly=True, copy=False, index=True,
                            default='/')
    date = fields.Date(string='Reçue le', required=True, index=True,
                       default=fields.Date.context_today)
    date_published = fields.Date(string='Diffusée le', readonly=True, copy=False, index=True)
    kind = fields.Selection(KINDS, string='Nature', required=True, default='demand',
                            track_visibility='onchange')
    origin = fields.Selection(ORIGINS, string='Origine', required=True, default='member',
                              index=True, track_visibility='onchange')
    origin_partner_id = fields.Many2one(
        'res.partner', string='Émetteur',
        help="Chambre partenaire, ambassade ou ressortissant qui a transmis l'opportunité.")
    event_id = fields.Many2one('event.event', string='Événement', index=True,
                               ondelete='set null')
    sector_id = fields.Many2one('ccis.member.sector', string='Secteur', index=True,
                                track_visibility='onchange')
    country_id = fields.Many2one('res.country', string='Pays', index=True)
    description = fields.Html(string='Description')
    deadline = fields.Date(string='Date limite', index=True, track_visibility='onchange')
    company_id = fields.Many2one('res.company', string='Société', required=True,
                                 default=lambda self: self.env.user.company_id)
    currency_id = fields.Many2one(related='company_id.currency_id', readonly=True,
                                  string='Devise')
    amount = fields.Monetary(string='Montant estimé')
    notified_partner_ids = fields.Many2many(
        'res.partner', 'ccis_opportunity_notified_rel', 'opportunity_id', 'partner_id',
        string='Ressortissants informés')
    interested_partner_ids = fields.Many2many(
        'res.partner', 'ccis_opportunity_interested_rel', 'opportunity_id', 'partner_id',
        string='Ressortissants intéressés')
    notified_count = fields.Integer(string='Informés', compute='_compute_counts')
    interested_count = fields.Integer(string='Intéressés', compute='_compute_counts')
    state = fields.Selection(STATES, string='État', default='draft', required=True,
                             index=True, track_visibility='onchange', copy=False)
    is_expired = fields.Boolean(string='Échue', compute='_compute_is_expired')
    color = fields.Integer(string='Couleur')

    @api.depends('notified_partner_ids', 'interested_partner_ids')
    def _compute_counts(self):
        for opportunity in self:
            opportunity.notified_count = len(opportunity.notified_partner_ids)
            opportunity.interested_count = len(opportunity.interested_partner_ids)

    @api.depends('deadline')
    def _compute_is_expired(self):
        today = fields.Date.context_today(self)
        for opportunity in self:
            opportunity.is_expired = bool(opportunity.deadline and opportunity.deadline < today)

    @api.constrains('origin', 'event_id')
    def _check_origin(self):
        for opportunity in self:
            if opportunity.origin == 'event' and not opportunity.event_id:
                raise ValidationError(_(
                    "Opportunité « %s » : indiquez l'événement dont elle est issue.")
                    % opportunity.name)

    @api.constrains('date', 'deadline')
    def _check_deadline(self):
        for opportunity in self:
            if opportunity.deadline and opportunity.deadline < opportunity.date:
                raise ValidationError(_(
                    "Opportunité « %s » : la date limite (%s) précède la date de réception "
                    "(%s).") % (opportunity.name, opportunity.deadline, opportunity.date))

    @api.model
    def create(self, vals):
        if vals.get('reference', '/') == '/':
            vals['reference'] = self.env['ir.sequence'].next_by_code(
                'ccis.business.opportunity') or '/'
        return super(CcisBusinessOpportunity, self).create(vals)

    def _members_to_notify(self):
        """Active members of the opportunity's sector (and its sub-sectors)."""
        self.ensure_one()
        domain = [('ccis_is_member', '=', True), ('ccis_state', '=', 'active')]
        if self.sector_id:
            domain.append(('ccis_sector_id', 'child_of', self.sector_id.id))
        return self.env['res.partner'].search(domain)

    @api.multi
    def action_publish(self):
        """Publish: the active members of the sector are informed (e-mail to those with an
        address, through the chatter) and listed as informed."""
        for opportunity in self:
            if opportunity.state != 'draft':
                raise UserError(_("Opportunité « %s » : seule une opportunité en brouillon "
                                  "peut être diffusée.") % opportunity.name)
            members = opportunity._members_to_notify() - opportunity.notified_partner_ids
            opportunity.write({
                'state': 'published',
                'date_published': fields.Date.context_today(self),
                'notified_partner_ids': [(4, member.id) for member in members],
            })
            recipients = members.filtered('email')
            opportunity.message_post(
                body=_("Opportunité diffusée à %s ressortissants du secteur.") % len(members),
                subtype='mail.mt_note')
            if recipients:
                opportunity.with_context(mail_post_autofollow=False).message_post(
                    body=_("<p>La chambre vous signale une opportunité d'affaires : "
                           "<b>%s</b>.</p>%s") % (html_escape(opportunity.name),
                                                  opportunity.description or ''),
                    subject=_("Opportunité d'affaires : %s") % opportunity.name,
                    partner_ids=recipients.ids, message_type='comment',
                    subtype='mail.mt_note')
        return True

    @api.multi
    def action_close(self):
        self.write({'state': 'closed'})

    @api.multi
    def action_cancel(self):
        self.write({'state': 'cancelled'})

    @api.multi
    def action_draft(self):
        self.write({'state': 'draft'})

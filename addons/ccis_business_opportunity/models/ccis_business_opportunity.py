from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import html_escape

ORIGINS = [
    ('event', 'Event (B2B, Trade Fair, Mission)'),
    ('chamber', 'Partner Chamber'),
    ('embassy', 'Embassy or Diplomatic Mission'),
    ('member', 'Member'),
    ('other', 'Other'),
]
KINDS = [('offer', 'Offer'), ('demand', 'Request'), ('partnership', 'Partnership')]
STATES = [
    ('draft', 'Draft'),
    ('published', 'Published'),
    ('closed', 'Concluded'),
    ('cancelled', 'Cancelled'),
]


class CcisBusinessOpportunity(models.Model):
    """A business opportunity collected by the chamber and passed on to its members."""

    _name = 'ccis.business.opportunity'
    _description = 'Business Opportunity'
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _order = 'date desc, id desc'

    name = fields.Char(string='Title', required=True, track_visibility='onchange')
    reference = fields.Char(string='Reference', readonly=True, copy=False, index=True,
                            default='/')
    date = fields.Date(string='Received on', required=True, index=True,
                       default=fields.Date.context_today)
    date_published = fields.Date(string='Published on', readonly=True, copy=False, index=True)
    kind = fields.Selection(KINDS, string='Kind', required=True, default='demand',
                            track_visibility='onchange')
    origin = fields.Selection(ORIGINS, string='Origin', required=True, default='member',
                              index=True, track_visibility='onchange')
    origin_partner_id = fields.Many2one(
        'res.partner', string='Issuer',
        help='Partner chamber, embassy or member who passed on the opportunity.')
    event_id = fields.Many2one('event.event', string='B2B Event', index=True,
                               ondelete='set null')
    sector_id = fields.Many2one('ccis.member.sector', string='Sector', index=True,
                                track_visibility='onchange')
    country_id = fields.Many2one('res.country', string='Country', index=True)
    description = fields.Html(string='Description')
    deadline = fields.Date(string='Deadline', index=True, track_visibility='onchange')
    company_id = fields.Many2one('res.company', string='Company', required=True,
                                 default=lambda self: self.env.user.company_id)
    currency_id = fields.Many2one(related='company_id.currency_id', readonly=True,
                                  string='Currency')
    amount = fields.Monetary(string='Estimated Amount')
    notified_partner_ids = fields.Many2many(
        'res.partner', 'ccis_opportunity_notified_rel', 'opportunity_id', 'partner_id',
        string='Informed Members')
    interested_partner_ids = fields.Many2many(
        'res.partner', 'ccis_opportunity_interested_rel', 'opportunity_id', 'partner_id',
        string='Interested Members')
    notified_count = fields.Integer(string='Informed', compute='_compute_counts')
    interested_count = fields.Integer(string='Interested', compute='_compute_counts')
    state = fields.Selection(STATES, string='State', default='draft', required=True,
                             index=True, track_visibility='onchange', copy=False)
    is_expired = fields.Boolean(string='Expired', compute='_compute_is_expired')
    color = fields.Integer(string='Color')

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
                    'Opportunity "%s": specify the event it comes from.')
                    % opportunity.name)

    @api.constrains('date', 'deadline')
    def _check_deadline(self):
        for opportunity in self:
            if opportunity.deadline and opportunity.deadline < opportunity.date:
                raise ValidationError(_(
                    'Opportunity "%s": the deadline (%s) is '
                    'before the date of receipt (%s).') % (opportunity.name, opportunity.deadline, opportunity.date))

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
                raise UserError(_('Opportunity "%s": only a draft opportunity can be published.') % opportunity.name)
            members = opportunity._members_to_notify() - opportunity.notified_partner_ids
            opportunity.write({
                'state': 'published',
                'date_published': fields.Date.context_today(self),
                'notified_partner_ids': [(4, member.id) for member in members],
            })
            recipients = members.filtered('email')
            opportunity.message_post(
                body=_('Opportunity published to %s members of the sector.') % len(members),
                subtype='mail.mt_note')
            if recipients:
                opportunity.with_context(mail_post_autofollow=False).message_post(
                    body=_('<p>The chamber brings a business opportunity '
                           'to your attention: <b>%s</b>.</p>%s') % (html_escape(opportunity.name),
                                                                     opportunity.description or ''),
                    subject=_('Business opportunity: %s') % opportunity.name,
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

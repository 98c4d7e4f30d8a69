from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..tools import segment


class CcisNewsletterSegment(models.Model):
    """Members chosen by sector, territory and status for the chamber's newsletters: the
    segment computes the recipients' domain of the mass mailings (``mass_mailing``) created
    from it. Members who opted out (the unsubscribe link of a mailing) or have no email are
    never recipients."""
    _name = 'ccis.newsletter.segment'
    _inherit = ['mail.thread']
    _description = 'Newsletter Segment'
    _order = 'name'

    name = fields.Char('Target', required=True, track_visibility='onchange')
    sector_ids = fields.Many2many(
        'ccis.member.sector', 'ccis_newsletter_segment_sector_rel', 'segment_id', 'sector_id',
        'Business Sectors', help='Including their sub-sectors; empty: all sectors.')
    region_ids = fields.Many2many(
        'ccis.region', 'ccis_newsletter_segment_region_rel', 'segment_id', 'region_id',
        'Regions', help='Empty (and no province): the whole territory.')
    province_ids = fields.Many2many(
        'ccis.province', 'ccis_newsletter_segment_province_rel', 'segment_id', 'province_id',
        'Provinces / Prefectures')
    member_state = fields.Selection(
        selection=lambda self: self._partner_selection('ccis_state'),
        string='Standing', track_visibility='onchange',
        help='Empty: all statuses except struck-off members.')
    member_kind = fields.Selection(
        selection=lambda self: self._partner_selection('ccis_member_kind'),
        string='Member Type', help='Empty: all types.')
    mailing_domain = fields.Char('Recipient Filter', compute='_compute_mailing_domain')
    recipient_count = fields.Integer('Recipients', compute='_compute_mailing_domain')
    mailing_ids = fields.One2many('mail.mass_mailing', 'ccis_segment_id',
                                  'Newsletters')
    mailing_count = fields.Integer('Number of Newsletters', compute='_compute_mailing_count')
    note = fields.Text('Observations')
    active = fields.Boolean('Active', default=True)

    @api.model
    def _partner_selection(self, field_name):
        """The values of a member field (status, kind) as ccis_member defines them, with their
        labels in the user's language."""
        return self.env['res.partner']._fields[field_name]._description_selection(self.env)

    @api.depends('sector_ids', 'region_ids', 'province_ids', 'member_state', 'member_kind')
    def _compute_mailing_domain(self):
        Partner = self.env['res.partner']
        for target in self:
            domain = target._recipients_domain()
            target.mailing_domain = repr(domain)
            target.recipient_count = Partner.search_count(domain)

    def _compute_mailing_count(self):
        Mailing = self.env['mail.mass_mailing']
        if not Mailing.check_access_rights('read', raise_exception=False):
            # the bureau and the staff without the Email Marketing right see no mailings
            for target in self:
                target.mailing_count = 0
            return
        data = Mailing.read_group(
            [('ccis_segment_id', 'in', self.ids)], ['ccis_segment_id'], ['ccis_segment_id'])
        counts = {row['ccis_segment_id'][0]: row['ccis_segment_id_count'] for row in data}
        for target in self:
            target.mailing_count = counts.get(target.id, 0)

    def _recipients_domain(self):
        self.ensure_one()
        return segment.recipients_domain(
            sector_ids=self.sector_ids.ids, region_ids=self.region_ids.ids,
            province_ids=self.province_ids.ids, state=self.member_state,
            member_kind=self.member_kind)

    @api.multi
    def action_view_recipients(self):
        self.ensure_one()
        return {
            'type': 'ir.actions.act_window',
            'name': _('Recipients: %s') % self.name,
            'res_model': 'res.partner',
            'view_mode': 'tree,form',
            'domain': self._recipients_domain(),
        }

    @api.multi
    def action_view_mailings(self):
        self.ensure_one()
        return {
            'type': 'ir.actions.act_window',
            'name': _('Newsletters: %s') % self.name,
            'res_model': 'mail.mass_mailing',
            'view_mode': 'tree,form',
            'domain': [('ccis_segment_id', '=', self.id)],
            'context': {'default_ccis_segment_id': self.id},
        }

    @api.multi
    def action_new_newsletter(self):
        self.ensure_one()
        if not self.env.user.has_group('mass_mailing.group_mass_mailing_user'):
            raise UserError(_(
                'Segment "%s": sending newsletters requires the "Email Marketing: User" access right; ask '
                'the administrator for it.')
                % self.name)
        return {
            'type': 'ir.actions.act_window',
            'name': _('Send a Newsletter'),
            'res_model': 'ccis.newsletter.wizard',
            'view_mode': 'form',
            'target': 'new',
            'context': {'default_segment_id': self.id},
        }

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class CcisRepresentation(models.Model):
    """A seat of the chamber in an external body, held by an elected member."""
    _name = 'ccis.representation'
    _inherit = ['ccis.unit.mixin', 'ccis.period.mixin', 'mail.thread', 'mail.activity.mixin']
    _description = 'Chamber Representation'
    _order = 'date_start desc, id desc'
    _rec_name = 'external_body_id'

    external_body_id = fields.Many2one(
        'ccis.external.body', 'Body', required=True, index=True, ondelete='restrict',
        track_visibility='onchange')
    body_kind = fields.Selection(related='external_body_id.kind', store=True, readonly=True)
    partner_id = fields.Many2one(
        'res.partner', 'Representing Elected Member', required=True, index=True,
        domain=[('ccis_is_elected', '=', True)], track_visibility='onchange')
    member_site_id = fields.Many2one(
        'ccis.site', "Representative's Site", index=True,
        help='Head office or annex on behalf of which the elected member sits (equal opportunities between '
             'the members of the annexes).')
    category_id = fields.Many2one('ccis.member.category', 'Category', ondelete='restrict')
    role = fields.Selection([
        ('titular', 'Principal'),
        ('substitute', 'Alternate'),
    ], 'Capacity', required=True, default='titular')
    date_start = fields.Date('Start', required=True,
                             default=lambda self: fields.Date.context_today(self))
    date_end = fields.Date('End')
    is_current = fields.Boolean('In Progress', compute='_compute_is_current',
                                search='_search_is_current')
    report_ids = fields.One2many('ccis.representation.report', 'representation_id',
                                 'Reports')
    report_count = fields.Integer('Reports', compute='_compute_report_count')
    note = fields.Text('Notes')

    def _compute_report_count(self):
        for rep in self:
            rep.report_count = len(rep.report_ids)

    @api.onchange('partner_id')
    def _onchange_partner_id(self):
        member = self.partner_id.ccis_organ_member_ids.filtered('is_current')[:1] or \
            self.partner_id.ccis_organ_member_ids[:1]
        if member:
            self.member_site_id = member.site_id
            self.category_id = member.category_id

    @api.model
    def create(self, vals):
        if vals.get('partner_id') and not vals.get('member_site_id'):
            partner = self.env['res.partner'].browse(vals['partner_id'])
            member = partner.ccis_organ_member_ids.filtered('site_id')[:1]
            if member:
                vals['member_site_id'] = member.site_id.id
                vals.setdefault('category_id', member.category_id.id)
        return super(CcisRepresentation, self).create(vals)

    @api.constrains('date_start', 'date_end')
    def _check_dates(self):
        for rep in self:
            if rep.date_end and rep.date_end < rep.date_start:
                raise ValidationError(_(
                    'Representation of "%s" at "%s": the end (%s) is before the start (%s).')
                    % (rep.partner_id.name, rep.external_body_id.name, rep.date_end,
                       rep.date_start))

    @api.constrains('external_body_id', 'role', 'date_start', 'date_end')
    def _check_seat_count(self):
        for rep in self.filtered(lambda r: r.role == 'titular'):
            body = rep.external_body_id
            others = body.representation_ids.filtered(
                lambda r: r.role == 'titular' and r.date_start <= (rep.date_end or '9999')
                and (not r.date_end or r.date_end >= rep.date_start))
            if len(others) > body.seat_count:
                raise ValidationError(_(
                    'Body "%s": %d principal representatives over the same period for %d seat(s) allocated '
                    'to the chamber.') % (body.name, len(others), body.seat_count))

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

WISH_KINDS = [('offer', 'Offer'), ('seek', 'Search')]
PRIORITIES = [('1', 'Normal'), ('2', 'High'), ('3', 'Very High')]


class CcisB2bWish(models.Model):
    """What a participant of a B2B meeting offers or seeks, optionally a company it wants
    to meet: the input of the schedule."""

    _name = 'ccis.b2b.wish'
    _description = 'B2B Offer or Wish'
    _order = 'event_id, priority desc, id'
    _ccis_unit_scope = ['registration_id.event_id.unit_id']  # record rules: ir.rule._ccis_unit_rules

    registration_id = fields.Many2one('event.registration', string='Participant',
                                      required=True, index=True, ondelete='cascade')
    event_id = fields.Many2one(related='registration_id.event_id', string='B2B Event',
                               store=True, readonly=True, index=True)
    member_id = fields.Many2one(related='registration_id.ccis_member_id',
                                string='Company', store=True, readonly=True, index=True)
    kind = fields.Selection(WISH_KINDS, string='Kind', required=True, default='seek')
    sector_id = fields.Many2one('ccis.member.sector', string='Sector', index=True)
    description = fields.Char(string='Description')
    target_registration_id = fields.Many2one(
        'event.registration', string='Requested Company', index=True, ondelete='cascade',
        help='Participant that the company specifically wishes to meet.')
    priority = fields.Selection(PRIORITIES, string='Priority', default='1', required=True)

    @api.constrains('registration_id', 'target_registration_id')
    def _check_target(self):
        for wish in self.filtered('target_registration_id'):
            if wish.target_registration_id == wish.registration_id:
                raise ValidationError(_(
                    'Wish of "%s": a company cannot ask to meet itself.') % wish.registration_id.name)
            if wish.target_registration_id.event_id != wish.registration_id.event_id:
                raise ValidationError(_(
                    'Wish of "%s": the requested company "%s" must take '
                    'part in the same B2B matchmaking event.') % (wish.registration_id.name,
                                                                  wish.target_registration_id.name))

    @api.constrains('kind', 'sector_id', 'target_registration_id')
    def _check_content(self):
        for wish in self:
            if not wish.sector_id and not wish.target_registration_id:
                raise ValidationError(_(
                    'Wish of "%s": specify a sector or a requested company.')
                    % wish.registration_id.name)

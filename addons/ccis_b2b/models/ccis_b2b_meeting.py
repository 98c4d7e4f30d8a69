from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

MEETING_STATES = [
    ('planned', 'Scheduled'),
    ('held', 'Held'),
    ('missed', 'Not Held'),
    ('cancelled', 'Cancelled'),
]
OUTCOMES = [
    ('no_interest', 'No Follow-up'),
    ('contact', 'Contact Made'),
    ('follow_up', 'Follow-up Needed (Quotation, Visit)'),
    ('agreement', 'Agreement or Contract'),
]


class CcisB2bMeeting(models.Model):
    """A one-to-one meeting of a B2B event: a table in a time slot, two companies."""

    _name = 'ccis.b2b.meeting'
    _description = 'B2B Meetings'
    _order = 'event_id, slot, table'
    _ccis_unit_scope = ['event_id.unit_id']  # record rules: ir.rule._ccis_unit_rules

    event_id = fields.Many2one('event.event', string='B2B Event', required=True, index=True,
                               ondelete='cascade')
    unit_id = fields.Many2one(related='event_id.unit_id', string='Unit', store=True,
                              readonly=True, index=True)
    site_id = fields.Many2one(related='event_id.site_id', string='Site', store=True,
                              readonly=True, index=True)
    ccis_action_id = fields.Many2one(related='event_id.ccis_action_id',
                                     string='Programme Action', store=True, readonly=True,
                                     index=True)
    slot = fields.Integer(string='Slot (Index)', required=True, index=True)
    slot_start = fields.Datetime(string='Start', index=True)
    slot_end = fields.Datetime(string='End')
    table = fields.Integer(string='Table', required=True)
    registration_a_id = fields.Many2one('event.registration', string='Participant A',
                                        required=True, index=True, ondelete='cascade')
    registration_b_id = fields.Many2one('event.registration', string='Participant B',
                                        required=True, index=True, ondelete='cascade')
    member_a_id = fields.Many2one(related='registration_a_id.ccis_member_id',
                                  string='Company A', store=True, readonly=True)
    member_b_id = fields.Many2one(related='registration_b_id.ccis_member_id',
                                  string='Company B', store=True, readonly=True)
    priority = fields.Integer(string='Priority')
    state = fields.Selection(MEETING_STATES, string='State', default='planned', required=True,
                             index=True)
    outcome = fields.Selection(OUTCOMES, string='Outcome', index=True)
    outcome_note = fields.Text(string='Summary')

    _sql_constraints = [
        ('table_slot_uniq', 'unique(event_id, slot, "table")',
         'A table can only host one meeting per slot.'),
    ]

    @api.constrains('registration_a_id', 'registration_b_id', 'slot', 'event_id')
    def _check_companies(self):
        for meeting in self:
            pair = meeting.registration_a_id | meeting.registration_b_id
            if len(pair) < 2:
                raise ValidationError(_(
                    'Meeting at table %s: the two participants must be different.')
                    % meeting.table)
            if any(r.event_id != meeting.event_id for r in pair):
                raise ValidationError(_(
                    'Meeting at table %s: the participants must '
                    'be registered for the event "%s".') % (meeting.table, meeting.event_id.name))
            clash = self.search([
                ('id', '!=', meeting.id), ('event_id', '=', meeting.event_id.id),
                ('slot', '=', meeting.slot), ('state', '!=', 'cancelled'),
                '|', ('registration_a_id', 'in', pair.ids),
                ('registration_b_id', 'in', pair.ids)], limit=1)
            if clash and meeting.state != 'cancelled':
                busy = (clash.registration_a_id | clash.registration_b_id) & pair
                raise ValidationError(_(
                    'Meeting at table %s: "%s" already has a '
                    'meeting in this slot (table %s).') % (meeting.table, busy[:1].name, clash.table))

    @api.multi
    def name_get(self):
        return [(m.id, _('Table %s, %s: %s / %s') % (
            m.table, (m.slot_start or '')[11:16] or m.slot + 1,
            m.member_a_id.name or m.registration_a_id.name,
            m.member_b_id.name or m.registration_b_id.name)) for m in self]

    @api.multi
    def action_held(self):
        self.write({'state': 'held'})
        self.mapped('member_a_id')._ccis_touch_activity()
        self.mapped('member_b_id')._ccis_touch_activity()

    @api.multi
    def action_missed(self):
        self.write({'state': 'missed'})

    @api.multi
    def action_cancel(self):
        self.write({'state': 'cancelled'})

    @api.multi
    def action_reset(self):
        self.write({'state': 'planned'})

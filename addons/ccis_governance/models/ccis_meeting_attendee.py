from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

ATTENDANCE = [
    ('present', 'Present'),
    ('excused', 'Excused'),
    ('absent', 'Absent'),
    ('proxy', 'Represented (Proxy)'),
]


class CcisMeetingAttendee(models.Model):
    """A member's line on the attendance sheet of a meeting."""
    _name = 'ccis.meeting.attendee'
    _description = 'Meeting Attendance'
    _order = 'meeting_id, role_sequence, partner_id'
    _rec_name = 'partner_id'
    _ccis_unit_scope = ['meeting_id.unit_id']  # record rules: ir.rule._ccis_unit_rules

    meeting_id = fields.Many2one(
        'ccis.meeting', 'Meeting', required=True, index=True, ondelete='cascade')
    meeting_date = fields.Datetime(related='meeting_id.date', store=True, readonly=True)
    meeting_state = fields.Selection(related='meeting_id.state', readonly=True)
    organ_id = fields.Many2one(
        related='meeting_id.organ_id', store=True, readonly=True, index=True)
    member_id = fields.Many2one(
        'ccis.organ.member', 'Member', required=True, index=True, ondelete='restrict')
    partner_id = fields.Many2one(
        related='member_id.partner_id', store=True, readonly=True, index=True)
    role = fields.Selection(related='member_id.role', store=True, readonly=True)
    role_sequence = fields.Integer(related='member_id.role_sequence', store=True,
                                   readonly=True)
    category_id = fields.Many2one(related='member_id.category_id', store=True, readonly=True)
    member_site_id = fields.Many2one(
        related='member_id.site_id', store=True, readonly=True, string="Member's Site")
    voting = fields.Boolean(related='member_id.voting', store=True, readonly=True)
    attendance = fields.Selection(ATTENDANCE, 'Attendance', required=True, default='absent',
                                  index=True)
    proxy_holder_id = fields.Many2one(
        'ccis.organ.member', 'Proxy Holder',
        help='Member present who holds the proxy.')
    attendance_rate = fields.Float(
        'Attendance Rate (%)', compute='_compute_attendance_rate', store=True,
        group_operator='avg')
    convocation_sent = fields.Boolean('Convocation Sent', readonly=True, copy=False)
    convocation_sent_date = fields.Datetime('Sent On', readonly=True, copy=False)
    note = fields.Char('Remark')

    _sql_constraints = [
        ('member_unique', 'unique(meeting_id, member_id)',
         'A member appears only once on the attendance sheet.'),
    ]

    @api.depends('attendance')
    def _compute_attendance_rate(self):
        for attendee in self:
            attendee.attendance_rate = 100.0 if attendee.attendance == 'present' else 0.0

    @api.onchange('attendance')
    def _onchange_attendance(self):
        if self.attendance != 'proxy':
            self.proxy_holder_id = False

    @api.constrains('member_id', 'meeting_id')
    def _check_member_organ(self):
        for attendee in self:
            if attendee.member_id.organ_id != attendee.meeting_id.organ_id:
                raise ValidationError(_(
                    'Meeting "%s": "%s" is not a member of organ "%s".')
                    % (attendee.meeting_id.name, attendee.partner_id.name,
                       attendee.meeting_id.organ_id.name))

    @api.constrains('attendance', 'proxy_holder_id')
    def _check_proxy(self):
        for attendee in self:
            meeting = attendee.meeting_id
            name = attendee.partner_id.name
            if attendee.attendance != 'proxy':
                represented = meeting.attendee_ids.filtered(
                    lambda a: a.attendance == 'proxy'
                    and a.proxy_holder_id == attendee.member_id)
                if attendee.attendance != 'present' and represented:
                    raise ValidationError(_(
                        'Meeting "%s": "%s" holds the proxy of '
                        '"%s" and must therefore be present.') % (meeting.name, name,
                                                                  represented[0].partner_id.name))
                if attendee.proxy_holder_id:
                    raise ValidationError(_(
                        'Meeting "%s": "%s" is not represented; remove the proxy holder.') % (meeting.name, name))
                continue
            holder = attendee.proxy_holder_id
            if not holder:
                raise ValidationError(_(
                    'Meeting "%s": please give the proxy holder who represents "%s".')
                    % (meeting.name, name))
            if holder == attendee.member_id:
                raise ValidationError(_(
                    'Meeting "%s": "%s" cannot be their own proxy holder.')
                    % (meeting.name, name))
            holder_line = meeting.attendee_ids.filtered(lambda a: a.member_id == holder)
            if not holder_line or holder_line.attendance != 'present':
                raise ValidationError(_(
                    'Meeting "%s": proxy holder "%s" of '
                    '"%s" must be a present member.') % (meeting.name, holder.partner_id.name, name))
            held = meeting.attendee_ids.filtered(
                lambda a: a.attendance == 'proxy' and a.proxy_holder_id == holder)
            limit = meeting.organ_id.max_proxies_per_holder
            if len(held) > limit:
                raise ValidationError(_(
                    'Meeting "%s": "%s" holds %d proxy(ies), the maximum set for organ "%s" is %d.')
                    % (meeting.name, holder.partner_id.name, len(held),
                       meeting.organ_id.name, limit))

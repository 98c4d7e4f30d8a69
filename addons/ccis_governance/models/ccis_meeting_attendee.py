from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

ATTENDANCE = [
    ('present', 'Présent'),
    ('excused', 'Excusé'),
    ('absent', 'Absent'),
    ('proxy', 'Représenté (procuration)'),
]


class CcisMeetingAttendee(models.Model):
    """A member's line on the attendance sheet of a meeting."""
    _name = 'ccis.meeting.attendee'
    _description = 'Présence à une séance'
    _order = 'meeting_id, role_sequence, partner_id'
    _rec_name = 'partner_id'
    _ccis_unit_scope = ['meeting_id.unit_id']  # record rules: ir.rule._ccis_unit_rules

    meeting_id = fields.Many2one(
        'ccis.meeting', 'Séance', required=True, index=True, ondelete='cascade')
    meeting_date = fields.Datetime(related='meeting_id.date', store=True, readonly=True)
    meeting_state = fields.Selection(related='meeting_id.state', readonly=True)
    organ_id = fields.Many2one(
        related='meeting_id.organ_id', store=True, readonly=True, index=True)
    member_id = fields.Many2one(
        'ccis.organ.member', 'Membre', required=True, index=True, ondelete='restrict')
    partner_id = fields.Many2one(
        related='member_id.partner_id', store=True, readonly=True, index=True)
    role = fields.Selection(related='member_id.role', store=True, readonly=True)
    role_sequence = fields.Integer(related='member_id.role_sequence', store=True,
                                   readonly=True)
    category_id = fields.Many2one(related='member_id.category_id', store=True, readonly=True)
    member_site_id = fields.Many2one(
        related='member_id.site_id', store=True, readonly=True, string='Site du membre')
    voting = fields.Boolean(related='member_id.voting', store=True, readonly=True)
    attendance = fields.Selection(ATTENDANCE, 'Présence', required=True, default='absent',
                                  index=True)
    proxy_holder_id = fields.Many2one(
        'ccis.organ.member', 'Mandataire',
        help="Membre présent qui détient la procuration.")
    attendance_rate = fields.Float(
        'Taux de présence (%)', compute='_compute_attendance_rate', store=True,
        group_operator='avg')
    convocation_sent = fields.Boolean('Convocation envoyée', readonly=True, copy=False)
    convocation_sent_date = fields.Datetime('Envoyée le', readonly=True, copy=False)
    note = fields.Char('Observation')

    _sql_constraints = [
        ('member_unique', 'unique(meeting_id, member_id)',
         'Un membre ne figure qu\'une fois sur la feuille de présence.'),
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
                    "Séance « %s » : « %s » n'est pas membre de l'organe « %s ».")
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
                        "Séance « %s » : « %s » détient la procuration de « %s » et doit donc "
                        "être présent.") % (meeting.name, name,
                                            represented[0].partner_id.name))
                if attendee.proxy_holder_id:
                    raise ValidationError(_(
                        "Séance « %s » : « %s » n'est pas représenté ; retirez le "
                        "mandataire.") % (meeting.name, name))
                continue
            holder = attendee.proxy_holder_id
            if not holder:
                raise ValidationError(_(
                    "Séance « %s » : indiquez le mandataire qui représente « %s ».")
                    % (meeting.name, name))
            if holder == attendee.member_id:
                raise ValidationError(_(
                    "Séance « %s » : « %s » ne peut pas être son propre mandataire.")
                    % (meeting.name, name))
            holder_line = meeting.attendee_ids.filtered(lambda a: a.member_id == holder)
            if not holder_line or holder_line.attendance != 'present':
                raise ValidationError(_(
                    "Séance « %s » : le mandataire « %s » de « %s » doit être un membre "
                    "présent.") % (meeting.name, holder.partner_id.name, name))
            held = meeting.attendee_ids.filtered(
                lambda a: a.attendance == 'proxy' and a.proxy_holder_id == holder)
            limit = meeting.organ_id.max_proxies_per_holder
            if len(held) > limit:
                raise ValidationError(_(
                    "Séance « %s » : « %s » détient %d procuration(s), le maximum fixé pour "
                    "l'organe « %s » est %d.")
                    % (meeting.name, holder.partner_id.name, len(held),
                       meeting.organ_id.name, limit))

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from .event_type import EVENT_KINDS

ATTENDANCE = [
    ('present', 'Present'),
    ('absent', 'Absent'),
    ('excused', 'Excused'),
]


class EventRegistration(models.Model):
    _inherit = 'event.registration'
    _ccis_unit_scope = ['event_id.unit_id']  # record rules: ir.rule._ccis_unit_rules

    ccis_member_id = fields.Many2one(
        'res.partner', string='Member (Company)', index=True, ondelete='restrict',
        domain=[('ccis_is_member', '=', True)], track_visibility='onchange',
        help='Company, cooperative or association from the member register that the participant represents.')
    ccis_function = fields.Char(string='Function')
    ccis_attendance = fields.Selection(
        ATTENDANCE, string='Attendance', index=True, copy=False, track_visibility='onchange')
    ccis_attendance_date = fields.Datetime(string='Checked In On', readonly=True, copy=False)
    ccis_satisfaction = fields.Float(
        string='Satisfaction (out of 5)', group_operator='avg', copy=False,
        help="Participant's satisfaction rating, entered or imported from the evaluation survey.")
    # stored relations for grouping (pivot and graph)
    ccis_kind = fields.Selection(
        EVENT_KINDS, string='Event Kind', related='event_id.ccis_kind',
        store=True, readonly=True, index=True)
    ccis_event_type_id = fields.Many2one(
        related='event_id.event_type_id', string='Event Type', store=True,
        readonly=True, index=True)
    ccis_event_date = fields.Datetime(
        related='event_id.date_begin', string='Event Date', store=True,
        readonly=True, index=True)
    ccis_unit_id = fields.Many2one(
        related='event_id.unit_id', string='Organizing Unit', store=True, readonly=True,
        index=True)
    ccis_site_id = fields.Many2one(
        related='event_id.site_id', string='Site', store=True, readonly=True, index=True)
    ccis_action_id = fields.Many2one(
        related='event_id.ccis_action_id', string='Programme Action', store=True,
        readonly=True, index=True)
    ccis_sector_id = fields.Many2one(
        related='ccis_member_id.ccis_sector_id', string='Sector', store=True, readonly=True,
        index=True)
    ccis_member_site_id = fields.Many2one(
        related='ccis_member_id.ccis_site_id', string="Member's Site", store=True,
        readonly=True, index=True)
    ccis_hours = fields.Float(
        string='Hours Attended', compute='_compute_ccis_hours', store=True,
        help='Session duration for one participant present.')
    ccis_certificate_available = fields.Boolean(
        string='Certificate Available', compute='_compute_ccis_hours', store=True)
    ccis_certificate_number = fields.Char(
        string='Certificate No.', compute='_compute_ccis_certificate_number')

    @api.depends('ccis_attendance', 'event_id.ccis_hours', 'event_id.ccis_kind')
    def _compute_ccis_hours(self):
        for registration in self:
            present = registration.ccis_attendance == 'present'
            registration.ccis_hours = registration.event_id.ccis_hours if present else 0.0
            registration.ccis_certificate_available = bool(
                present and registration.event_id.ccis_kind == 'training')

    def _compute_ccis_certificate_number(self):
        for registration in self:
            if registration.ccis_certificate_available and registration.id:
                year = (registration.event_id.date_begin or '')[:4]
                registration.ccis_certificate_number = 'ATT-%s-%05d-%06d' % (
                    year, registration.event_id.id, registration.id)
            else:
                registration.ccis_certificate_number = False

    # The checks read as superuser: they run before the record rules of the creation, which
    # then refuse a registration to an event the user may not see with a plain AccessError
    # (read as the user, Odoo wrapped it into a "constraint" error).
    @api.constrains('event_id', 'state')
    def _check_seats_limit(self):
        return super(EventRegistration, self.sudo())._check_seats_limit()

    @api.constrains('ccis_member_id')
    def _check_ccis_member_id(self):
        for registration in self.sudo().filtered('ccis_member_id'):
            if not registration.ccis_member_id.ccis_is_member:
                raise ValidationError(_(
                    'Registration of "%s": "%s" is not a member of the chamber.')
                    % (registration.name or registration.partner_id.name,
                       registration.ccis_member_id.name))

    @api.constrains('ccis_satisfaction')
    def _check_ccis_satisfaction(self):
        for registration in self.sudo():
            if not 0.0 <= registration.ccis_satisfaction <= 5.0:
                raise ValidationError(_(
                    'Registration of "%s": the satisfaction '
                    'rating must be between 0 and 5.') % (registration.name or registration.partner_id.name))

    @api.onchange('partner_id')
    def _onchange_ccis_partner_id(self):
        member = self.partner_id.commercial_partner_id
        if member.ccis_is_member:
            self.ccis_member_id = member
        if self.partner_id and self.partner_id.function and not self.ccis_function:
            self.ccis_function = self.partner_id.function

    @api.model
    def _ccis_complete_vals(self, vals):
        """The company of the attendee when it is a member, the attendee's identity."""
        if vals.get('partner_id'):
            partner = self.env['res.partner'].browse(vals['partner_id'])
            member = partner.commercial_partner_id
            if not vals.get('ccis_member_id') and member.ccis_is_member:
                vals['ccis_member_id'] = member.id
            vals.setdefault('name', partner.name)
            if partner.email:
                vals.setdefault('email', partner.email)
            if partner.phone or partner.mobile:
                vals.setdefault('phone', partner.phone or partner.mobile)
            if partner.function:
                vals.setdefault('ccis_function', partner.function)
        elif vals.get('ccis_member_id') and not vals.get('name'):
            vals['name'] = self.env['res.partner'].browse(vals['ccis_member_id']).name
        return vals

    @api.model
    def create(self, vals):
        vals = self._ccis_complete_vals(dict(vals))
        if vals.get('event_id'):
            # a registration updates its event's row (seats, attendance, revenue): the
            # registrations of one event take turns from their start, the second one waiting
            # for the first (then starting over once, Odoo's request layer retrying it), instead
            # of doing all its work before finding the row changed
            self.env.cr.execute('SELECT id FROM event_event WHERE id = %s FOR NO KEY UPDATE',
                                (vals['event_id'],))
        return super(EventRegistration, self).create(vals)

    @api.multi
    def _check_auto_confirmation(self):
        # a registration created already confirmed or attended (an import of a past event's
        # attendance, the demo data) keeps its state: only drafts are auto-confirmed
        if any(registration.state != 'draft' for registration in self):
            return False
        return super(EventRegistration, self)._check_auto_confirmation()

    # ------------------------------------------------------------------ attendance

    def _ccis_set_attendance(self, value):
        now = fields.Datetime.now()
        for registration in self:
            if registration.state == 'cancel':
                raise UserError(_('Registration of "%s": it is cancelled, attendance cannot be checked in.')
                                % (registration.name or registration.partner_id.name))
            if registration.event_id.state in ('draft', 'cancel'):
                raise UserError(_('Event "%s": confirm it before checking in attendance.') % registration.event_id.name)
            vals = {'ccis_attendance': value, 'ccis_attendance_date': now}
            if value == 'present':
                vals.update({'state': 'done', 'date_closed': now})
            elif registration.state in ('draft', 'done'):
                vals.update({'state': 'open', 'date_closed': False})
            registration.write(vals)
        if value == 'present':
            self.mapped('ccis_member_id')._ccis_touch_activity()
        return True

    @api.multi
    def action_ccis_present(self):
        return self._ccis_set_attendance('present')

    @api.multi
    def action_ccis_absent(self):
        return self._ccis_set_attendance('absent')

    @api.multi
    def action_ccis_excused(self):
        return self._ccis_set_attendance('excused')

    @api.multi
    def action_ccis_print_certificate(self):
        if not self.filtered('ccis_certificate_available'):
            raise UserError(_('No certificate: only participants present at a training session receive one.'))
        return self.env.ref('ccis_event.ccis_event_certificate_report').report_action(
            self.filtered('ccis_certificate_available'))

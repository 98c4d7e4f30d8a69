from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import single_email_re

from odoo.addons.ccis_member.models.res_partner import STAFF_BANDS

UPDATE_STATES = [
    ('draft', 'Draft'),
    ('submitted', 'Submitted'),
    ('approved', 'Approved'),
    ('refused', 'Refused'),
]
# the registry fields a member may ask to change: request field -> res.partner field
UPDATE_FIELDS = [
    ('street', 'street'),
    ('street2', 'street2'),
    ('zip', 'zip'),
    ('city', 'city'),
    ('phone', 'phone'),
    ('mobile', 'mobile'),
    ('email', 'email'),
    ('website', 'website'),
    ('activity', 'ccis_activity'),
    ('staff_band', 'ccis_staff_band'),
    ('directory_published', 'ccis_directory_published'),
    ('directory_show_email', 'ccis_directory_show_email'),
    ('directory_show_phone', 'ccis_directory_show_phone'),
    ('directory_show_website', 'ccis_directory_show_website'),
    ('directory_show_address', 'ccis_directory_show_address'),
]


class CcisPortalUpdateRequest(models.Model):
    """A member's request, from the portal, to update its file in the registry: the full set
    of proposed values of a few fields (prefilled with the current ones); nothing changes in
    the registry until the staff of the member's site approve it."""
    _name = 'ccis.portal.update.request'
    _description = 'Member Record Update Request'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _order = 'id desc'

    name = fields.Char(string='Reference', required=True, copy=False, readonly=True,
                       default='/', index=True)
    partner_id = fields.Many2one(
        'res.partner', string='Member', required=True, index=True, ondelete='cascade',
        domain=[('ccis_is_member', '=', True)], readonly=True,
        states={'draft': [('readonly', False)]}, track_visibility='onchange')
    requester_id = fields.Many2one(
        'res.users', string='Requested By', readonly=True, index=True,
        default=lambda self: self.env.user)
    site_id = fields.Many2one(
        related='partner_id.ccis_site_id', string='Site', store=True, readonly=True,
        index=True)
    submit_date = fields.Datetime(string='Submitted On', readonly=True, copy=False)
    validation_user_id = fields.Many2one(
        'res.users', string='Processed By', readonly=True, copy=False)
    validation_date = fields.Datetime(string='Processed On', readonly=True, copy=False)
    state = fields.Selection(
        UPDATE_STATES, string='State', required=True, default='draft', index=True,
        readonly=True, copy=False, track_visibility='onchange')
    refuse_reason = fields.Text(string='Refusal Reason', copy=False)
    # proposed values
    street = fields.Char(string='Address')
    street2 = fields.Char(string='Address Line 2')
    zip = fields.Char(string='Postal Code')
    city = fields.Char(string='City')
    phone = fields.Char(string='Phone')
    mobile = fields.Char(string='Mobile')
    email = fields.Char(string='E-mail')
    website = fields.Char(string='Website')
    activity = fields.Char(string='Business Activity')
    staff_band = fields.Selection(STAFF_BANDS, string='Headcount')
    directory_published = fields.Boolean(string='Appear in Directory')
    directory_show_email = fields.Boolean(string='Publish Email')
    directory_show_phone = fields.Boolean(string='Publish Phone')
    directory_show_website = fields.Boolean(string='Publish Website')
    directory_show_address = fields.Boolean(string='Publish Address')
    comment = fields.Text(string='Member Comment')
    change_summary = fields.Text(
        string='Requested Changes', compute='_compute_change_summary')

    @api.depends('partner_id', *[f for f, _p in UPDATE_FIELDS])
    def _compute_change_summary(self):
        for request in self:
            lines = []
            for field_name, label, old, new in request._ccis_changes():
                lines.append(_('%s: "%s" → "%s"') % (label, old, new))
            request.change_summary = '\n'.join(lines) or _('No changes.')

    def _ccis_display(self, field_name, value):
        field = self._fields[field_name]
        if field.type == 'boolean':
            return _('Yes') if value else _('No')
        if field.type == 'selection':
            return dict(field._description_selection(self.env)).get(value, '') if value else ''
        return value or ''

    def _ccis_changes(self):
        """``[(field, label, current value, proposed value)]`` of the values that differ."""
        self.ensure_one()
        changes = []
        partner = self.partner_id
        for field_name, partner_field in UPDATE_FIELDS:
            new, old = self[field_name], partner[partner_field] if partner else False
            if (new or False) != (old or False):
                changes.append((field_name, self._fields[field_name].get_description(self.env)['string'],
                                self._ccis_display(field_name, old),
                                self._ccis_display(field_name, new)))
        return changes

    @api.model
    def _ccis_values_from_partner(self, partner):
        """The proposed values, prefilled with the member's current ones."""
        return {field_name: partner[partner_field] or False
                for field_name, partner_field in UPDATE_FIELDS}

    @api.constrains('email', 'website', 'partner_id')
    def _check_values(self):
        for request in self:
            if not request.partner_id.ccis_is_member:
                raise ValidationError(_(
                    'Update request "%s": "%s" is not a member.')
                    % (request.name, request.partner_id.display_name))
            if request.email and not single_email_re.match(request.email.strip()):
                raise ValidationError(_(
                    'Update request "%s": the email address "%s" is not valid.') % (request.name, request.email))
            if request.website and (' ' in request.website.strip()
                                    or '.' not in request.website):
                raise ValidationError(_(
                    'Update request "%s": the website address "%s" is not valid.') % (request.name, request.website))

    @api.model
    def create(self, vals):
        if vals.get('name', '/') == '/':
            vals['name'] = self.env['ir.sequence'].sudo().next_by_code(
                'ccis.portal.update.request') or '/'
        return super().create(vals)

    def _check_state(self, allowed, action):
        for request in self:
            if request.state not in allowed:
                raise UserError(_(
                    'Update request "%s": action "%s" is '
                    'not possible in state "%s".') % (
                    request.name, action,
                    dict(self._fields['state']._description_selection(self.env))[request.state]))

    @api.multi
    def action_submit(self):
        """Submit for validation: an activity for who follows the member (its account
        manager, else the director of its site)."""
        self._check_state(('draft',), _('Submit'))
        self.write({'state': 'submitted', 'submit_date': fields.Datetime.now()})
        self.env['mail.activity']._ccis_schedule_todos(
            self, lambda request, text=_('Record update to validate: %s'): text
            % request.partner_id.name,
            user=lambda request: request.partner_id._ccis_responsible_user())
        return True

    @api.multi
    def action_approve(self):
        """Write the proposed values to the registry, with the approving user's rights."""
        self._check_state(('submitted',), _('Approve'))
        for request in self:
            values = {partner_field: request[field_name] or False
                      for field_name, partner_field in UPDATE_FIELDS}
            request.partner_id.write(values)
            request.partner_id.message_post(body=_(
                'Record updated by request %s from the member.') % request.name)
        self.write({'state': 'approved', 'validation_user_id': self.env.uid,
                    'validation_date': fields.Datetime.now()})
        self.mapped('activity_ids').action_feedback(_('Approved'))
        return True

    @api.multi
    def action_refuse(self):
        self._check_state(('submitted',), _('Refuse'))
        for request in self:
            if not (request.refuse_reason or '').strip():
                raise UserError(_('Update request "%s": enter the reason for refusal.') % request.name)
            # the staff must be allowed to change the member to refuse it as well
            request.partner_id.check_access_rule('write')
        self.write({'state': 'refused', 'validation_user_id': self.env.uid,
                    'validation_date': fields.Datetime.now()})
        self.mapped('activity_ids').action_feedback(_('Refused'))
        return True

    @api.model
    def _ccis_portal_submit(self, values):
        """Create and submit, for the current (portal) user's company, a request with the
        whitelisted ``values``; checked against the user's own rights first."""
        user = self.env.user
        partner = user.commercial_partner_id
        if not partner.ccis_is_member:
            raise AccessError(_('Your account is not linked to any member.'))
        self.check_access_rights('create')
        allowed = {f for f, _p in UPDATE_FIELDS} | {'comment'}
        vals = {key: value for key, value in values.items() if key in allowed}
        vals.update(partner_id=partner.id, requester_id=user.id)
        # the record rules must accept it before anything is written
        request = self.sudo().create(vals)
        request.sudo(user).check_access_rule('create')
        request.action_submit()
        request.message_post(body=_('Request submitted from the member portal.'),
                             author_id=user.partner_id.id)
        return request.sudo(user)

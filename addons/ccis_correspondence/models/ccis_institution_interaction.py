from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class CcisInstitutionInteraction(models.Model):
    """A meeting, visit, call or event shared with an institutional contact, kept by the unit
    that had it: the relationship's history beside the official mail."""
    _name = 'ccis.institution.interaction'
    _inherit = ['ccis.unit.mixin', 'mail.thread', 'mail.activity.mixin']
    _description = 'Institutional Interaction'
    _order = 'date desc, id desc'
    _rec_name = 'subject'

    partner_id = fields.Many2one(
        'res.partner', 'Institutional Contact', required=True, index=True,
        ondelete='restrict', track_visibility='onchange',
        domain="[('ccis_is_institutional', '=', True)]")
    commercial_partner_id = fields.Many2one(
        'res.partner', 'Institution', related='partner_id.commercial_partner_id',
        store=True, readonly=True, index=True)
    institution_role_id = fields.Many2one(
        'ccis.institution.role', 'Function', related='partner_id.ccis_institution_role_id',
        store=True, readonly=True)
    date = fields.Date('Date', required=True, index=True, track_visibility='onchange',
                       default=lambda self: fields.Date.context_today(self))
    kind = fields.Selection([
        ('meeting', 'Meeting'),
        ('visit', 'Visit'),
        ('call', 'Phone Call'),
        ('event', 'Public Event'),
        ('other', 'Other'),
    ], 'Kind', required=True, default='meeting')
    subject = fields.Char('Subject', required=True, track_visibility='onchange')
    unit_id = fields.Many2one(required=True)
    user_id = fields.Many2one('res.users', 'Agent', index=True,
                              default=lambda self: self.env.user)
    summary = fields.Text('Summary')
    follow_up = fields.Text('Follow-up Actions')
    correspondence_id = fields.Many2one(
        'ccis.correspondence', 'Related Mail', index=True, ondelete='set null', copy=False,
        help='Mail registry item that gave rise to this interaction or that follows it.')

    @api.constrains('correspondence_id', 'partner_id')
    def _check_correspondence_partner(self):
        # the mail's correspondent is read whatever unit holds the mail: only compared
        for interaction in self.sudo():
            mail = interaction.correspondence_id
            if mail and mail.partner_id and (
                    mail.partner_id.commercial_partner_id
                    != interaction.partner_id.commercial_partner_id):
                raise ValidationError(_(
                    'Interaction "%s": the related mail %s was not exchanged with %s ("Related Mail" field).') % (
                        interaction.subject, mail.name or mail.subject,
                        interaction.partner_id.commercial_partner_id.display_name))

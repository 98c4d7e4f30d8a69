from odoo import _, api, fields, models
from odoo.exceptions import UserError
from odoo.tools.safe_eval import safe_eval


class MailMassMailing(models.Model):
    """A mass mailing sent as a newsletter to the members of a segment."""
    _inherit = 'mail.mass_mailing'

    ccis_segment_id = fields.Many2one(
        'ccis.newsletter.segment', 'Segment (Newsletter)', index=True,
        ondelete='set null',
        help='Members selected by sector, territory and status; the recipient filter follows the segment '
             'until sending.')

    @api.onchange('ccis_segment_id')
    def _onchange_ccis_segment_id(self):
        if self.ccis_segment_id:
            self.mailing_model_id = self.env['ir.model']._get('res.partner')
            self.mailing_domain = self.ccis_segment_id.mailing_domain

    def get_recipients(self):
        """A newsletter goes to its segment's members as they are when it is sent (a member
        who opted out since it was drafted receives nothing)."""
        if self.ccis_segment_id:
            if self.mailing_model_real != 'res.partner':
                raise UserError(_(
                    'Newsletter "%s": its recipients are members (model "res.partner").') % self.name)
            domain = self.ccis_segment_id._recipients_domain()
            if self.mailing_domain:
                domain = safe_eval(self.mailing_domain) + domain
            return self.env['res.partner'].search(domain).ids
        return super(MailMassMailing, self).get_recipients()

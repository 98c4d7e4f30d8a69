from odoo import _, api, fields, models
from odoo.exceptions import UserError

UNSUBSCRIBE_FOOTER = '/unsubscribe_from_list'


class CcisNewsletterWizard(models.TransientModel):
    """Prepare a newsletter to the members of a segment: a mass mailing (``mass_mailing``)
    on the members (res.partner) with the segment's domain, its documents attached, opened
    in the Email Marketing form to be reviewed, tested and sent."""
    _name = 'ccis.newsletter.wizard'
    _description = 'Send a Newsletter'

    segment_id = fields.Many2one('ccis.newsletter.segment', 'Target', required=True)
    recipient_count = fields.Integer(related='segment_id.recipient_count',
                                     string='Recipients', readonly=True)
    subject = fields.Char('Subject', required=True)
    body = fields.Html('Message', sanitize_style=True)
    documentation_ids = fields.Many2many(
        'ccis.documentation', 'ccis_newsletter_wizard_documentation_rel', 'wizard_id',
        'documentation_id', 'Attached Documents',
        domain="[('visibility', '=', 'members'), ('state', '=', 'published')]",
        help='Library documents shareable with members, attached to the email.')

    def _body_html(self):
        body = self.body or ''
        documents = ''.join('<li>%s</li>' % document.name for document in self.documentation_ids)
        if documents:
            body += _('<p>Attached documents:</p><ul>%s</ul>') % documents
        footer = _('<p style="font-size: small;">You are receiving this newsletter as a member of the '
                   'chamber. <a href="%s">Unsubscribe</a></p>') \
            % UNSUBSCRIBE_FOOTER
        return '<div>%s%s</div>' % (body, footer)

    @api.multi
    def action_create_mailing(self):
        self.ensure_one()
        if not self.env.user.has_group('mass_mailing.group_mass_mailing_user'):
            raise UserError(_(
                'Newsletter "%s": sending newsletters requires the "Email Marketing: User" access right; ask '
                'the administrator for it.')
                % self.subject)
        without_file = self.documentation_ids.filtered(
            lambda document: not document.document or document.visibility != 'members')
        if without_file:
            raise UserError(_(
                'Newsletter "%s": document "%s" ("Attached Documents" field) must be shareable with members '
                'and have its file.')
                % (self.subject, without_file[0].name))
        mailing = self.env['mail.mass_mailing'].create({
            'name': self.subject,
            'ccis_segment_id': self.segment_id.id,
            'mailing_model_id': self.env['ir.model']._get('res.partner').id,
            'mailing_domain': self.segment_id.mailing_domain,
            'body_html': self._body_html(),
            'reply_to_mode': 'email',
        })
        attachments = self.env['ir.attachment']
        for document in self.documentation_ids:
            attachments |= attachments.create({
                'name': document.document_name or document.name,
                'datas_fname': document.document_name or document.name,
                'datas': document.document,
                'res_model': 'mail.mass_mailing',
                'res_id': mailing.id,
            })
        if attachments:
            mailing.attachment_ids = [(6, 0, attachments.ids)]
        return {
            'type': 'ir.actions.act_window',
            'res_model': 'mail.mass_mailing',
            'res_id': mailing.id,
            'view_mode': 'form',
            'target': 'current',
        }

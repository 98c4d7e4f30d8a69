import base64

from odoo import _, api, models
from odoo.exceptions import AccessError, ValidationError


class CcisMemberRequest(models.Model):
    _name = 'ccis.member.request'
    _inherit = ['ccis.member.request', 'ccis.portal.upload.mixin']

    @api.model
    def _ccis_portal_submit(self, values, files=()):
        """A request of the current (portal) user's company, received on the web: category,
        subject, description and attachments ([(filename, bytes)]), checked first."""
        user = self.env.user
        partner = user.commercial_partner_id
        if not partner.ccis_is_member:
            raise AccessError(_('Your account is not linked to any member.'))
        self.check_access_rights('create')
        errors = []
        category = self.env['ccis.member.request.category'].search(
            [('id', '=', int(values.get('category_id') or 0))], limit=1)
        if not category:
            errors.append(_('Choose the request category.'))
        subject = (values.get('subject') or '').strip()
        if not subject:
            errors.append(_('Enter the subject of the request.'))
        errors += self._ccis_check_uploads(files)
        if errors:
            raise ValidationError('\n'.join(errors))
        vals = {
            'partner_id': partner.id,
            'contact_name': user.partner_id.name,
            'channel': 'web',
            'category_id': category.id,
            'subject': subject,
            'description': (values.get('description') or '').strip() or False,
            'unit_id': category.default_unit_id.id,
        }
        request = self.sudo().with_context(mail_create_nolog=True).create(vals)
        request.sudo(user).check_access_rule('create')
        request._onchange_category_id()
        Attachment = self.env['ir.attachment'].sudo()
        for filename, content in files:
            Attachment.create({
                'name': filename, 'datas_fname': filename,
                'datas': base64.b64encode(content),
                'res_model': self._name, 'res_id': request.id,
            })
        request.message_post(body=_('Request received from the member portal.'),
                             author_id=user.partner_id.id)
        self.env['mail.activity'].sudo()._ccis_schedule_todos(
            request, lambda record, text=_('Online request to process: %s'): text % subject,
            user=lambda record: partner.sudo()._ccis_responsible_user(),
            deadline=lambda record: record.deadline or record.date)
        return request.sudo(user)

import base64

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from ..tools.numbers import format_number, parse_integer, parse_number

PARAM_CERTIFICATE_UNITS = 'ccis_portal.certificate_unit_codes'
# the goods fields of an application's line, as the portal's form posts them
LINE_TEXT_FIELDS = ('name', 'hs_code', 'uom')
LINE_NUMBER_FIELDS = ('quantity', 'gross_weight', 'net_weight', 'value')
MAX_COPIES = 20
# what the member's space shows of a certificate's state
PORTAL_STATES = [
    ('draft', 'Request Under Review'),
    ('issued', 'Issued'),
    ('cancelled', 'Cancelled'),
]


class CcisCertificateOrigin(models.Model):
    _name = 'ccis.certificate.origin'
    _inherit = ['ccis.certificate.origin', 'ccis.portal.upload.mixin']

    portal_state = fields.Selection(
        PORTAL_STATES, string='Status (Member Portal)', compute='_compute_portal_state')
    portal_submitted = fields.Boolean(
        string='Requested Online', readonly=True, copy=False,
        help='Request submitted by the member from their online portal: as long as it is an uninvoiced '
             'request, they can correct it online.')

    @api.depends('state')
    def _compute_portal_state(self):
        for certificate in self:
            certificate.portal_state = certificate.state

    # ------------------------------------------------------------------
    # the unit that receives the applications made online
    # ------------------------------------------------------------------
    @api.model
    def _ccis_portal_unit(self, member):
        """The unit that handles the online applications of ``member``.

        The system parameter ``ccis_portal.certificate_unit_codes`` lists the codes of the
        units that issue certificates (one per site, e.g. ``DSR,KEN-DSR``): the one of the
        member's site, else the first listed. Without it, the unit of the most recent
        certificate of the member's site (the counter that already issues them). Read as
        superuser: the member does not read the chamber's organisation."""
        Unit = self.env['hr.department'].sudo()
        site = member.sudo().ccis_site_id
        codes = [code.strip() for code in (self.env['ir.config_parameter'].sudo().get_param(
            PARAM_CERTIFICATE_UNITS) or '').split(',') if code.strip()]
        if codes:
            units = Unit.search([('code', 'in', codes)])
            units = units.sorted(key=lambda unit: codes.index(unit.code))
            unit = units.filtered(lambda u: u.site_id == site)[:1] or units[:1]
            if unit:
                return unit
        if site:
            last = self.sudo().search([('site_id', '=', site.id), ('unit_id', '!=', False)],
                                      order='date desc, id desc', limit=1)
            if last:
                return last.unit_id
        return Unit

    @api.model
    def _ccis_portal_staff_user(self, unit):
        """Who receives the activity of an online application: the unit's manager, else the
        director of its site, else a user of the unit."""
        unit = unit.sudo()
        user = unit.manager_id.user_id or unit.site_id.director_id.user_id
        if not user:
            user = self.env['hr.employee'].sudo().search(
                [('department_id', '=', unit.id), ('user_id', '!=', False)], limit=1).user_id
        return user

    # ------------------------------------------------------------------
    # the online application
    # ------------------------------------------------------------------
    @api.model
    def _ccis_portal_document_types(self):
        return self.env['ccis.certificate.document.type'].search([])

    @api.model
    def _ccis_portal_line_values(self, index, row, errors):
        """The values of the goods line ``row`` (a dict of texts as posted) of number
        ``index``, None for an empty row; the problems of the row go to ``errors``."""
        texts = {name: (row.get(name) or '').strip() for name in LINE_TEXT_FIELDS}
        numbers = {name: (row.get(name) or '').strip() for name in LINE_NUMBER_FIELDS}
        if not any(texts[name] for name in ('name', 'hs_code')) and not any(numbers.values()):
            return None
        Line = self.env['ccis.certificate.origin.line']
        vals = {'name': texts['name'] or False, 'hs_code': texts['hs_code'] or False,
                'uom': texts['uom'] or _('packages')}
        for name in LINE_NUMBER_FIELDS:
            value = parse_number(numbers[name])
            if value is False:
                errors.append(_('Line %d: "%s" is not a valid '
                                'number for field "%s".') % (
                    index, numbers[name], Line._fields[name].get_description(self.env)['string']))
                value = None
            vals[name] = value or 0.0
        country = self.env['res.country'].search(
            [('id', '=', parse_integer(row.get('origin_country_id')) or 0)], limit=1)
        vals['origin_country_id'] = country.id
        line = Line.new(vals)
        for problem in self._ccis_line_problems(index, line):
            errors.append(problem[:1].upper() + problem[1:] + '.')
        return vals

    @api.model
    def _ccis_portal_check(self, values, lines=(), files=None, certificate=None):
        """The values of an online application of the current (portal) user's company, or a
        ValidationError listing every problem (French messages naming the field or line).

        ``values``: the posted header (consignee, destination, transport, invoice, copies);
        ``lines``: the posted goods rows (dicts of texts; empty rows are ignored);
        ``files``: ``{document type id: (filename, bytes)}``; ``certificate``: the
        application being corrected (its documents already attached count). Returns
        ``(header values, goods lines values, [(document type, (filename, bytes))])``; the
        exporter is always the user's company, whatever was posted."""
        partner = self.env.user.commercial_partner_id
        files = files or {}
        errors = []
        Country = self.env['res.country']
        vals = {
            'partner_id': partner.id,
            'consignee_name': (values.get('consignee_name') or '').strip() or False,
            'consignee_address': (values.get('consignee_address') or '').strip() or False,
            'transport_details': (values.get('transport_details') or '').strip() or False,
            'invoice_reference': (values.get('invoice_reference') or '').strip() or False,
        }
        if not vals['consignee_name']:
            errors.append(_('Enter the consignee ("%s" field).')
                          % self._fields['consignee_name'].get_description(self.env)['string'])
        for field in ('consignee_country_id', 'destination_country_id'):
            country = Country.search(
                [('id', '=', parse_integer(values.get(field)) or 0)], limit=1)
            vals[field] = country.id
        if not vals['destination_country_id']:
            errors.append(_('Choose the country of destination ("%s" field).')
                          % self._fields['destination_country_id'].get_description(self.env)['string'])
        transport = values.get('transport_mode') or ''
        if transport not in dict(self._fields['transport_mode'].selection):
            errors.append(_('Choose the mode of transport ("%s" field).')
                          % self._fields['transport_mode'].get_description(self.env)['string'])
            transport = False
        vals['transport_mode'] = transport
        copies = parse_integer(values.get('copies'))
        if copies is False or (copies or 0) > MAX_COPIES:
            errors.append(_('Field "%s": enter a whole number from 0 to %d.')
                          % (self._fields['copies'].get_description(self.env)['string'], MAX_COPIES))
            copies = 0
        vals['copies'] = copies or 0
        line_vals = []
        for index, row in enumerate(lines, 1):
            line = self._ccis_portal_line_values(index, row, errors)
            if line is not None:
                line['sequence'] = index
                line_vals.append(line)
        if not line_vals:
            errors.append(_('Declare at least one item of goods (description, HS code, country of origin, '
                            'quantity, weight and value).'))
        doc_types = self._ccis_portal_document_types()
        # the documents already attached to the application corrected (read as superuser:
        # their files are attachments)
        attached = certificate.sudo().document_ids.filtered('file').mapped('type_id') \
            if certificate else doc_types.browse()
        for doc_type in doc_types.filtered('required') - attached:
            if doc_type.id not in files:
                errors.append(_('Attach the required document "%s".') % doc_type.name)
        unknown = set(files) - set(doc_types.ids)
        if unknown:
            errors.append(_('A submitted document type does not exist or is no longer accepted.'))
        errors += self._ccis_check_uploads(list(files.values()))
        if errors:
            raise ValidationError('\n'.join(errors))
        return vals, line_vals, [(doc_type, files[doc_type.id]) for doc_type in doc_types
                                 if doc_type.id in files]

    @api.model
    def _ccis_portal_apply(self, values, lines=(), files=None):
        """An application for a certificate of origin of the current (portal) user's
        company, received on the web, as a draft for the staff to check and issue.

        Everything is checked first by ``_ccis_portal_check``. The portal reads certificates
        of its company but creates none: the application, its lines and documents are
        created as superuser once checked, then read back with the user's rights."""
        user = self.env.user
        partner = user.commercial_partner_id
        if not partner.ccis_is_member:
            raise AccessError(_('Your account is not linked to any member.'))
        self.check_access_rights('read')
        unit = self._ccis_portal_unit(partner)
        try:
            vals, line_vals, documents = self._ccis_portal_check(values, lines, files)
        except ValidationError as error:
            if unit:
                raise
            raise ValidationError(error.name + '\n' + self._ccis_portal_no_unit())
        if not unit:
            raise ValidationError(self._ccis_portal_no_unit())
        vals.update({
            'unit_id': unit.id,
            'portal_submitted': True,
            'line_ids': [(0, 0, line) for line in line_vals],
            'document_ids': [(0, 0, {
                'type_id': doc_type.id,
                'file': base64.b64encode(content),
                'file_name': filename,
            }) for doc_type, (filename, content) in documents],
        })
        certificate = self.sudo().with_context(mail_create_nolog=True).create(vals)
        # the portal's record rule must accept it: the user's company only
        certificate.sudo(user).check_access_rule('read')
        certificate.message_post(
            body=_('Request received from the member portal.'),
            author_id=user.partner_id.id)
        self.env['mail.activity'].sudo()._ccis_schedule_todos(
            certificate,
            lambda record, text=_('Certificate of origin requested online: %s'): text
            % record.partner_id.name,
            note=lambda record, text=_('<p>Check the request and its documents (destination: %s), then issue the '
                                       'certificate.</p>'): text
            % record.destination_country_id.name,
            user=lambda record: self._ccis_portal_staff_user(record.unit_id)
            or self.env['mail.activity']._ccis_responsible_of(record),
            deadline=lambda record: record.date)
        return certificate.sudo(user)

    @api.model
    def _ccis_portal_no_unit(self):
        return _('The chamber has not yet designated the unit that issues certificates of origin: please '
                 'contact it.')

    # ------------------------------------------------------------------
    # the correction of an application online
    # ------------------------------------------------------------------
    @api.multi
    def _ccis_portal_edit_block(self):
        """Why the member cannot correct this application of its company online (a French
        sentence), or False when it can: a request it made online, still a draft the
        chamber has not invoiced."""
        self.ensure_one()
        if self.state == 'issued':
            return _('This certificate has been issued: it can no longer be corrected online. In case of '
                     'error, contact the chamber, which will cancel and replace it.')
        if self.state != 'draft':
            return _('This request is cancelled: it can no longer be corrected.')
        if not self.portal_submitted:
            return _('This request was entered by the chamber: to correct it, contact the chamber.')
        if self.sudo().invoice_id:
            return _('The chamber has started processing this request (it has been invoiced): to correct it, '
                     'contact the chamber.')
        return False

    @api.multi
    def _ccis_portal_form_values(self):
        """The application as the online form posts it (texts), to prefill the form."""
        self.ensure_one()
        values = {name: self[name] or '' for name in (
            'consignee_name', 'consignee_address', 'transport_mode', 'transport_details',
            'invoice_reference')}
        values.update({
            'consignee_country_id': str(self.consignee_country_id.id or ''),
            'destination_country_id': str(self.destination_country_id.id or ''),
            'copies': str(self.copies or 0),
        })
        for index, line in enumerate(self.line_ids, 1):
            prefix = 'line_%d_' % index
            for name in LINE_TEXT_FIELDS:
                values[prefix + name] = line[name] or ''
            for name in LINE_NUMBER_FIELDS:
                values[prefix + name] = format_number(line[name])
            values[prefix + 'origin_country_id'] = str(line.origin_country_id.id or '')
        return values

    @api.multi
    def _ccis_portal_update(self, values, lines=(), files=None):
        """Correct an application of the current (portal) user's company that it made
        online and the chamber has not handled yet: the same checks as the application
        (nothing written unless everything is right), then the header and goods replaced
        and the documents sent added or replaced (one per type), as superuser."""
        self.ensure_one()
        user = self.env.user
        partner = user.commercial_partner_id
        if not partner.ccis_is_member:
            raise AccessError(_('Your account is not linked to any member.'))
        self.check_access_rule('read')
        if self.partner_id.commercial_partner_id != partner:
            raise AccessError(_('This request does not belong to your company.'))
        block = self._ccis_portal_edit_block()
        if block:
            raise UserError(block)
        vals, line_vals, documents = self._ccis_portal_check(values, lines, files,
                                                             certificate=self)
        record = self.sudo()
        del vals['partner_id']
        vals['line_ids'] = [(2, line.id) for line in record.line_ids] + \
            [(0, 0, line) for line in line_vals]
        commands = []
        for doc_type, (filename, content) in documents:
            data = {'file': base64.b64encode(content), 'file_name': filename}
            current = record.document_ids.filtered(lambda doc: doc.type_id == doc_type)[:1]
            if current:
                commands.append((1, current.id, data))
            else:
                commands.append((0, 0, dict(data, type_id=doc_type.id)))
        vals['document_ids'] = commands
        record.write(vals)
        record.message_post(
            body=_('Request corrected from the member portal.'),
            author_id=user.partner_id.id)
        return self

    @api.multi
    def _ccis_portal_problems(self):
        """What still prevents issuing a draft of the user's company, once it has been read
        with the user's rights: computed as superuser (it reads the issuing site and the
        document types the member does not read)."""
        self.ensure_one()
        if self.state != 'draft':
            return []
        return [problem[:1].upper() + problem[1:] for problem in
                self.sudo()._ccis_issue_problems()]

import base64
import re
import secrets

from odoo import _, api, fields, models
from odoo.exceptions import UserError

STATES = [('draft', 'Request'), ('issued', 'Issued'), ('cancelled', 'Cancelled')]
TRANSPORTS = [
    ('sea', 'Sea'),
    ('air', 'Air'),
    ('road', 'Road'),
    ('rail', 'Rail'),
    ('multimodal', 'Multimodal'),
]
# the states of a certificate the public verification page shows (valid or cancelled)
PUBLIC_STATES = ('issued', 'cancelled')
# fields an issued certificate keeps as issued
LOCKED_FIELDS = {'partner_id', 'consignee_name', 'consignee_address', 'consignee_country_id',
                 'destination_country_id', 'transport_mode', 'transport_details',
                 'invoice_reference', 'copies', 'line_ids', 'document_ids', 'unit_id',
                 'issue_date', 'name', 'access_token'}


def _new_token():
    return secrets.token_urlsafe(32)


class CcisCertificateOrigin(models.Model):
    """A certificate of origin: the exporter's application, checked, numbered per site and
    year without gaps, invoiced, printed with a QR code that customs scan to verify it."""
    _name = 'ccis.certificate.origin'
    _description = 'Certificate of Origin'
    _inherit = ['mail.thread', 'mail.activity.mixin', 'ccis.unit.mixin',
                'ccis.service.billing.mixin']
    _order = 'issue_date desc, id desc'

    name = fields.Char(string='Number', required=True, readonly=True, copy=False, default='/',
                       index=True, track_visibility='onchange')
    state = fields.Selection(STATES, string='State', required=True, default='draft',
                             readonly=True, copy=False, index=True, track_visibility='onchange')
    date = fields.Date(string='Request Date', required=True,
                       default=fields.Date.context_today)
    issue_date = fields.Date(string='Issue Date', copy=False, index=True,
                             track_visibility='onchange')
    partner_id = fields.Many2one(
        'res.partner', string='Exporter', required=True, index=True, ondelete='restrict',
        domain=[('ccis_is_member', '=', True)], track_visibility='onchange')
    partner_ice = fields.Char(related='partner_id.commercial_partner_id.ccis_ice',
                              string='ICE', readonly=True)
    consignee_name = fields.Char(string='Consignee')
    consignee_address = fields.Text(string='Consignee Address')
    consignee_country_id = fields.Many2one('res.country', string='Consignee Country',
                                           ondelete='restrict')
    destination_country_id = fields.Many2one(
        'res.country', string='Destination Country', index=True, ondelete='restrict',
        track_visibility='onchange')
    transport_mode = fields.Selection(TRANSPORTS, string='Transport Mode')
    transport_details = fields.Char(string='Transport Details',
                                    help='Vessel, flight, truck no., port or airport...')
    invoice_reference = fields.Char(string='Commercial Invoice No.')
    copies = fields.Integer(string='Certified Copies', default=0,
                            help='Certified copies delivered with the original.')
    line_ids = fields.One2many('ccis.certificate.origin.line', 'certificate_id',
                               string='Goods', copy=True)
    document_ids = fields.One2many('ccis.certificate.origin.document', 'certificate_id',
                                   string='Attachments', copy=True)
    total_value = fields.Float(string='Total Value (MAD)', digits=(16, 2),
                               compute='_compute_totals', store=True)
    total_gross_weight = fields.Float(string='Total Gross Weight (kg)', digits=(16, 3),
                                      compute='_compute_totals', store=True)
    hs_chapter = fields.Char(string='Main HS Chapter', compute='_compute_totals',
                             store=True, index=True,
                             help='Chapter of the line with the highest value.')
    fee_amount = fields.Float(string='Fees (MAD, excl. Tax)', digits=(16, 2), readonly=True,
                              copy=False)
    access_token = fields.Char(string='Verification Code', required=True, copy=False,
                               readonly=True, index=True, default=lambda self: _new_token(),
                               groups='ccis_base.group_ccis_user')
    verify_url = fields.Char(string='Verification Address', compute='_compute_verify_url')
    cancel_reason = fields.Text(string='Cancellation Reason', copy=False,
                                track_visibility='onchange')
    cancel_date = fields.Date(string='Cancellation Date', readonly=True, copy=False)
    replaces_id = fields.Many2one('ccis.certificate.origin', string='Replaces',
                                  readonly=True, copy=False, ondelete='restrict')
    replaced_by_id = fields.Many2one('ccis.certificate.origin', string='Replaced By',
                                     readonly=True, copy=False, ondelete='restrict')
    prepayment = fields.Boolean(
        string='Issuance after Payment', compute='_compute_prepayment',
        help='Chamber setting: the request is invoiced first, and the certificate is issued once the invoice '
             'is paid.')
    year = fields.Integer(string='Year', compute='_compute_year', store=True, index=True)

    _sql_constraints = [
        ('access_token_uniq', 'unique(access_token)',
         'The verification code must be unique.'),
        ('copies_positive', 'check(copies >= 0)',
         'The number of copies cannot be negative.'),
    ]

    @api.depends('line_ids.value', 'line_ids.gross_weight', 'line_ids.hs_chapter')
    def _compute_totals(self):
        for certificate in self:
            lines = certificate.line_ids
            certificate.total_value = sum(lines.mapped('value'))
            certificate.total_gross_weight = sum(lines.mapped('gross_weight'))
            main = lines.filtered('hs_chapter').sorted(key=lambda line: -line.value)[:1]
            certificate.hs_chapter = main.hs_chapter or False

    @api.depends('issue_date')
    def _compute_year(self):
        for certificate in self:
            certificate.year = (fields.Date.from_string(certificate.issue_date).year
                                if certificate.issue_date else 0)

    def _compute_prepayment(self):
        prepayment = self.env['res.config.settings']._ccis_certificate_prepayment()
        for certificate in self:
            certificate.prepayment = prepayment

    def _compute_verify_url(self):
        base = self.env['ir.config_parameter'].sudo().get_param('web.base.url', '')
        for certificate in self:
            token = certificate.sudo().access_token
            certificate.verify_url = '%s/ccis/certificate/verify/%s' % (base, token)

    @api.multi
    def write(self, vals):
        locked = LOCKED_FIELDS & set(vals)
        # the issue itself writes them; so does the reloading of data files (install_mode)
        if locked and not (self.env.context.get('ccis_certificate_issue')
                           or self.env.context.get('install_mode')):
            for certificate in self.filtered(lambda c: c.state != 'draft'):
                raise UserError(_(
                    'Certificate "%s": an issued or cancelled certificate cannot be modified; cancel and '
                    'replace it.') % certificate.name)
        return super(CcisCertificateOrigin, self).write(vals)

    @api.multi
    def unlink(self):
        if any(certificate.state != 'draft' for certificate in self):
            raise UserError(_('An issued or cancelled certificate cannot be deleted; it stays in the register.'))
        return super(CcisCertificateOrigin, self).unlink()

    # ------------------------------------------------------------------
    # checks before issue
    # ------------------------------------------------------------------
    @api.multi
    def _ccis_issue_problems(self):
        """What prevents issuing the certificate, in French, one sentence per problem."""
        self.ensure_one()
        problems = []
        member = self.partner_id.commercial_partner_id
        state_label = dict(member.fields_get(['ccis_state'])['ccis_state']['selection'])
        if not member.ccis_is_member or member.ccis_state != 'active':
            problems.append(_('the exporter "%s" is not an active member of the chamber (status: %s)')
                            % (member.name, state_label.get(member.ccis_state, _('none'))))
        if not member.ccis_province_id:
            problems.append(_('the exporter "%s" has no province: its head office must be within the '
                              'territory of the chamber') % member.name)
        elif member.ccis_site_id.chamber_id != self.site_id.chamber_id:
            problems.append(_('the head office of the exporter "%s" (province "%s") is not within the '
                              'territory of the chamber "%s"')
                            % (member.name, member.ccis_province_id.name,
                               self.site_id.chamber_id.name))
        if not self.unit_id:
            problems.append(_('the unit issuing the certificate is not specified'))
        for field in ('consignee_name', 'destination_country_id', 'transport_mode'):
            if not self[field]:
                problems.append(_('the "%s" field is not filled in')
                                % self._fields[field].get_description(self.env)['string'])
        attached = self.document_ids.filtered('file').mapped('type_id')
        required = self.env['ccis.certificate.document.type'].search([('required', '=', True)])
        for doc_type in required - attached:
            problems.append(_('the document "%s" is not attached') % doc_type.name)
        if not self.line_ids:
            problems.append(_('no goods are declared'))
        for index, line in enumerate(self.line_ids, 1):
            problems += self._ccis_line_problems(index, line)
        return problems

    def _ccis_line_problems(self, index, line):
        label = _('line %d') % index
        if line.name:
            label = _('line %d ("%s")') % (index, line.name)
        problems = []
        for field in ('name', 'hs_code', 'origin_country_id'):
            if not line[field]:
                problems.append(_('%s: the "%s" field is not filled in')
                                % (label, line._fields[field].get_description(self.env)['string']))
        digits = re.sub(r'[\s.]', '', line.hs_code or '')
        if line.hs_code and not (digits.isdigit() and 6 <= len(digits) <= 10):
            problems.append(_('%s: the HS code "%s" must have 6 to 10 digits')
                            % (label, line.hs_code))
        for field in ('quantity', 'gross_weight', 'net_weight', 'value'):
            if line[field] <= 0:
                problems.append(_('%s: the "%s" field must be positive')
                                % (label, line._fields[field].get_description(self.env)['string']))
        if line.net_weight > line.gross_weight > 0:
            problems.append(_('%s: the net weight (%.3f kg) exceeds the gross weight (%.3f kg)')
                            % (label, line.net_weight, line.gross_weight))
        return problems

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------
    @api.multi
    def _ccis_check_can_issue(self):
        """Raise, in French, what prevents issuing (or invoicing before issue) the
        certificates."""
        for certificate in self:
            if certificate.state != 'draft':
                raise UserError(_('Certificate "%s": only a request can be issued.')
                                % certificate.name)
            problems = certificate._ccis_issue_problems()
            if problems:
                raise UserError(_('Certificate of origin of "%s": cannot be issued:\n%s')
                                % (certificate.partner_id.name,
                                   '\n'.join('- %s ;' % problem for problem in problems)))

    @api.multi
    def _ccis_fix_fee(self):
        for certificate in self:
            fee = certificate._ccis_certificate_product().ccis_compute_fee(
                value=certificate.total_value, partner=certificate.partner_id)
            certificate.with_context(ccis_certificate_issue=True).write({'fee_amount': fee})

    @api.multi
    def action_invoice(self):
        """When issue waits for payment (setting): check the application, fix the fee and
        invoice it; the certificate is issued once the invoice is paid."""
        self._ccis_check_can_issue()
        self.filtered(lambda c: not c.invoice_id)._ccis_fix_fee()
        self._ccis_create_invoice()
        return True

    @api.multi
    def action_issue(self):
        """Check, number (per site and year, without gaps), fix the fee and invoice; when the
        setting says so, only a paid application is issued."""
        self._ccis_check_can_issue()
        if self.env['res.config.settings']._ccis_certificate_prepayment():
            for certificate in self:
                if certificate.payment_state != 'paid':
                    raise UserError(_(
                        'Certificate of origin of "%s": issuance is waiting for the payment of the invoice%s '
                        '(setting "Issue Certificates of Origin after Payment").') % (
                            certificate.partner_id.name,
                            certificate.invoice_number and ' %s' % certificate.invoice_number
                            or _(' (to be created: "Create Invoice" button)')))
        self.filtered(lambda c: not c.invoice_id)._ccis_fix_fee()
        for certificate in self:
            certificate.with_context(ccis_certificate_issue=True).write({
                'issue_date': certificate.issue_date or fields.Date.context_today(self),
            })
            certificate._ccis_take_number()
            certificate.state = 'issued'
        self._ccis_create_invoice()
        return True

    @api.multi
    def _ccis_take_number(self):
        """The next number of the site's sequence, in the year of the issue date."""
        self.ensure_one()
        sequence = self.site_id._ccis_certificate_sequence()
        number = sequence.sudo().with_context(ir_sequence_date=self.issue_date).next_by_id()
        self.with_context(ccis_certificate_issue=True).write({'name': number})
        return number

    @api.multi
    def action_cancel(self):
        """Cancel an issued certificate (unit managers), with its reason: it stays in the
        register, the verification page says it is cancelled, a credit note is issued."""
        if not self.env.user.has_group('ccis_base.group_ccis_unit_manager'):
            raise UserError(_('Only a unit head can cancel a certificate of origin.'))
        for certificate in self:
            if certificate.state != 'issued':
                raise UserError(_('Certificate "%s": only an issued certificate can be cancelled.') % certificate.name)
            if not (certificate.cancel_reason or '').strip():
                raise UserError(_('Certificate "%s": enter the cancellation reason.')
                                % certificate.name)
        for certificate in self:
            certificate.write({
                'state': 'cancelled',
                'cancel_date': certificate.cancel_date or fields.Date.context_today(self)})
            certificate._ccis_cancel_invoice(certificate.cancel_reason,
                                             date=certificate.cancel_date)
        return True

    @api.multi
    def action_replace(self):
        """Cancel the certificate and open a new application with its content."""
        self.ensure_one()
        self.action_cancel()
        new = self.copy({'replaces_id': self.id, 'date': fields.Date.context_today(self)})
        self.write({'replaced_by_id': new.id})
        return {
            'type': 'ir.actions.act_window',
            'res_model': self._name,
            'res_id': new.id,
            'view_mode': 'form',
            'target': 'current',
        }

    @api.multi
    def action_print(self):
        return self.env.ref('ccis_certificate_origin.ccis_certificate_origin_report') \
            .report_action(self)

    # ------------------------------------------------------------------
    # billing (ccis.service.billing.mixin)
    # ------------------------------------------------------------------
    def _ccis_billing_date(self):
        return self.issue_date or fields.Date.context_today(self)

    def _ccis_billing_reference(self):
        # invoiced before issue (payment first): the application, not yet numbered
        if self.name == '/':
            return _('Certificate of origin request no. %d') % self.id
        return self.name

    def _ccis_certificate_product(self):
        return self.env.ref('ccis_service.product_service_certificate_origin')

    def _ccis_billing_lines(self):
        lines = [{'product': self._ccis_certificate_product(), 'quantity': 1.0,
                  'price_unit': self.fee_amount,
                  'name': _('Certificate of Origin %s – %s (value %.2f MAD)')
                  % (self.name if self.name != '/' else _('(request no. %d)') % self.id,
                     self.destination_country_id.name, self.total_value)}]
        if self.copies:
            copy_product = self.env.ref('ccis_service.product_service_certificate_copy')
            lines.append({'product': copy_product, 'quantity': self.copies,
                          'price_unit': copy_product.ccis_compute_fee(partner=self.partner_id),
                          'name': _('Certified copies of certificate %s') % self.name})
        return lines

    # ------------------------------------------------------------------
    # verification
    # ------------------------------------------------------------------
    @api.multi
    def _ccis_qr_src(self):
        """The QR code encoding the verification address, as an inline PNG drawn by Odoo's
        barcode generator (the one behind /report/barcode/QR/...): inline, wkhtmltopdf does
        not have to fetch it from the server while printing."""
        self.ensure_one()
        png = self.env['ir.actions.report'].barcode('QR', self.verify_url, width=180,
                                                    height=180)
        return 'data:image/png;base64,%s' % base64.b64encode(png).decode()

    @api.model
    def _ccis_verification_values(self, token):
        """What the public page shows of the certificate of ``token``: number, exporter,
        destination, date and status; None for an unknown token or an application not
        issued. The page has no user: the search is made as superuser, on the token only."""
        if not token or not isinstance(token, str) or len(token) > 100:
            return None
        certificate = self.sudo().search([('access_token', '=', token),
                                          ('state', 'in', PUBLIC_STATES)], limit=1)
        if not certificate:
            return None
        status = _('Valid') if certificate.state == 'issued' else _('Cancelled')
        return {
            'number': certificate.name,
            'exporter': certificate.partner_id.commercial_partner_id.name,
            'destination': certificate.destination_country_id.name,
            'date': fields.Date.from_string(certificate.issue_date).strftime('%d/%m/%Y'),
            'status': status,
            'valid': certificate.state == 'issued',
        }

from werkzeug.exceptions import NotFound

from odoo import _, http
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal, pager as portal_pager

from ..models.ccis_portal_update_request import UPDATE_FIELDS

# goods rows of the online application for a certificate of origin (empty rows ignored)
LINE_ROWS = 5
LINE_FIELDS = ('name', 'hs_code', 'origin_country_id', 'quantity', 'uom', 'gross_weight',
               'net_weight', 'value')
_BOOLEAN_FIELDS = ('directory_published', 'directory_show_email', 'directory_show_phone',
                   'directory_show_website', 'directory_show_address')


class CcisCustomerPortal(CustomerPortal):
    """The member's pages under /my: its company's file, its update requests and its
    orientation requests, read with the portal user's own rights (record rules of
    ccis_portal: the records of the user's company only)."""

    def _ccis_member(self):
        partner = request.env.user.commercial_partner_id
        return partner if partner.ccis_is_member else None

    def _prepare_portal_layout_values(self):
        values = super()._prepare_portal_layout_values()
        member = self._ccis_member()
        values['ccis_member'] = member
        if member:
            values['ccis_request_count'] = request.env['ccis.member.request'].search_count(
                [('partner_id', '=', member.id)])
            values['ccis_update_request_count'] = request.env[
                'ccis.portal.update.request'].search_count([('partner_id', '=', member.id)])
            values['ccis_certificate_count'] = request.env[
                'ccis.certificate.origin'].search_count(
                [('partner_id.commercial_partner_id', '=', member.id)])
            values['ccis_registration_count'] = request.env['event.registration'].search_count(
                [('ccis_member_id', '=', member.id)])
        return values

    def _ccis_get(self, model, record_id):
        """The record of the user's company, or 404 (the record rules hide the others)."""
        member = self._ccis_member()
        if not member:
            raise NotFound()
        record = request.env[model].search(
            [('id', '=', record_id), ('partner_id', '=', member.id)], limit=1)
        if not record:
            raise NotFound()
        return record

    @http.route(['/my/account'], type='http', auth='user', website=True)
    def account(self, redirect=None, **post):
        # a member's own account is its company: its file changes through an update
        # request validated by the chamber, never directly
        partner = request.env.user.partner_id
        if partner.ccis_is_member:
            return request.redirect('/my/company/update')
        return super().account(redirect=redirect, **post)

    # ------------------------------------------------------------------
    # the company's file and its update requests
    # ------------------------------------------------------------------
    @http.route(['/my/company'], type='http', auth='user', website=True)
    def ccis_company(self, **kw):
        member = self._ccis_member()
        if not member:
            raise NotFound()
        values = self._prepare_portal_layout_values()
        values.update({
            'page_name': 'ccis_company',
            'member': member,
            'documents': request.env['ccis.member.document'].search(
                [('partner_id', '=', member.id)]),
            'update_requests': request.env['ccis.portal.update.request'].search(
                [('partner_id', '=', member.id)], limit=20),
            'submitted': kw.get('submitted'),
        })
        return request.render('ccis_portal.portal_my_company', values)

    @http.route(['/my/company/update'], type='http', auth='user', website=True,
                methods=['GET', 'POST'])
    def ccis_company_update(self, **post):
        member = self._ccis_member()
        if not member:
            raise NotFound()
        Update = request.env['ccis.portal.update.request']
        proposed = Update._ccis_values_from_partner(member)
        proposed['comment'] = ''
        error = None
        if request.httprequest.method == 'POST':
            for field_name, _partner_field in UPDATE_FIELDS:
                if field_name in _BOOLEAN_FIELDS:
                    proposed[field_name] = bool(post.get(field_name))
                else:
                    proposed[field_name] = (post.get(field_name) or '').strip() or False
            proposed['comment'] = (post.get('comment') or '').strip() or False
            if proposed['staff_band'] and proposed['staff_band'] not in dict(
                    Update._fields['staff_band'].selection):
                proposed['staff_band'] = False
            try:
                Update._ccis_portal_submit(proposed)
            except (ValidationError, AccessError) as exc:
                request.env.cr.rollback()
                error = exc.name
            else:
                return request.redirect('/my/company?submitted=1')
        values = self._prepare_portal_layout_values()
        values.update({
            'page_name': 'ccis_company_update',
            'member': member,
            'proposed': proposed,
            'staff_bands': Update._fields['staff_band']._description_selection(request.env),
            'error': error,
        })
        return request.render('ccis_portal.portal_my_company_update', values)

    @http.route(['/my/company/updates/<int:update_id>'], type='http', auth='user',
                website=True)
    def ccis_company_update_detail(self, update_id, **kw):
        update = self._ccis_get('ccis.portal.update.request', update_id)
        values = self._prepare_portal_layout_values()
        values.update({'page_name': 'ccis_company', 'member': self._ccis_member(),
                       'update': update})
        return request.render('ccis_portal.portal_my_company_update_detail', values)

    # ------------------------------------------------------------------
    # orientation requests
    # ------------------------------------------------------------------
    @http.route(['/my/requests', '/my/requests/page/<int:page>'], type='http', auth='user',
                website=True)
    def ccis_requests(self, page=1, **kw):
        member = self._ccis_member()
        if not member:
            raise NotFound()
        Request = request.env['ccis.member.request']
        domain = [('partner_id', '=', member.id)]
        pager = portal_pager(url='/my/requests', total=Request.search_count(domain),
                             page=page, step=self._items_per_page)
        values = self._prepare_portal_layout_values()
        values.update({
            'page_name': 'ccis_requests',
            'member_requests': Request.search(domain, limit=self._items_per_page,
                                              offset=pager['offset']),
            'pager': pager,
            'default_url': '/my/requests',
            'submitted': kw.get('submitted'),
        })
        return request.render('ccis_portal.portal_my_requests', values)

    @http.route(['/my/requests/new'], type='http', auth='user', website=True,
                methods=['GET', 'POST'])
    def ccis_request_new(self, **post):
        member = self._ccis_member()
        if not member:
            raise NotFound()
        Request = request.env['ccis.member.request']
        error = None
        if request.httprequest.method == 'POST':
            files = [(f.filename, f.read())
                     for f in request.httprequest.files.getlist('attachments') if f.filename]
            try:
                record = Request._ccis_portal_submit(post, files)
            except (ValidationError, AccessError) as exc:
                request.env.cr.rollback()
                error = exc.name
            else:
                return request.redirect('/my/requests/%d?submitted=1' % record.id)
        values = self._prepare_portal_layout_values()
        values.update({
            'page_name': 'ccis_request_new',
            'categories': request.env['ccis.member.request.category'].search([]),
            'post': post,
            'error': error,
        })
        max_mb, extensions = Request._ccis_upload_help()
        values.update({'max_mb': max_mb, 'extensions': extensions})
        return request.render('ccis_portal.portal_my_request_new', values)

    @http.route(['/my/requests/<int:request_id>'], type='http', auth='user', website=True)
    def ccis_request_detail(self, request_id, **kw):
        record = self._ccis_get('ccis.member.request', request_id)
        values = self._prepare_portal_layout_values()
        values.update({
            'page_name': 'ccis_request',
            'member_request': record,
            'attachments': request.env['ir.attachment'].search(
                [('res_model', '=', 'ccis.member.request'), ('res_id', '=', record.id)]),
            'submitted': kw.get('submitted'),
            'title': _('Request %s') % record.name,
        })
        return request.render('ccis_portal.portal_my_request', values)

    # ------------------------------------------------------------------
    # events and trainings
    # ------------------------------------------------------------------
    def _ccis_my_registration(self, registration_id):
        member = self._ccis_member()
        if not member:
            raise NotFound()
        registration = request.env['event.registration'].search(
            [('id', '=', registration_id), ('ccis_member_id', '=', member.id)], limit=1)
        if not registration:
            raise NotFound()
        return registration

    @http.route(['/my/events'], type='http', auth='user', website=True)
    def ccis_events(self, **kw):
        member = self._ccis_member()
        if not member:
            raise NotFound()
        Registration = request.env['event.registration']
        values = self._prepare_portal_layout_values()
        values.update({
            'page_name': 'ccis_events',
            'events': Registration._ccis_portal_events(),
            'contacts': request.env['res.partner'].search(
                [('commercial_partner_id', '=', member.id), ('is_company', '=', False)]),
            'registrations': Registration.search([('ccis_member_id', '=', member.id)],
                                                 order='ccis_event_date desc', limit=100),
            'error': kw.get('error'),
            'done': kw.get('done'),
        })
        return request.render('ccis_portal.portal_my_events', values)

    @http.route(['/my/events/register'], type='http', auth='user', website=True,
                methods=['POST'])
    def ccis_event_register(self, event_id=None, contact_id=None, **kw):
        if not self._ccis_member():
            raise NotFound()
        try:
            request.env['event.registration']._ccis_portal_register(
                int(event_id or 0), int(contact_id or 0))
        except (UserError, AccessError, ValueError) as exc:
            request.env.cr.rollback()
            return self.ccis_events(error=getattr(exc, 'name', str(exc)))
        return request.redirect('/my/events?done=register')

    @http.route(['/my/events/cancel/<int:registration_id>'], type='http', auth='user',
                website=True, methods=['POST'])
    def ccis_event_cancel(self, registration_id, **kw):
        registration = self._ccis_my_registration(registration_id)
        try:
            registration._ccis_portal_cancel()
        except (UserError, AccessError) as exc:
            request.env.cr.rollback()
            return self.ccis_events(error=exc.name)
        return request.redirect('/my/events?done=cancel')

    @http.route(['/my/events/certificate/<int:registration_id>'], type='http', auth='user',
                website=True)
    def ccis_event_certificate(self, registration_id, **kw):
        """The attendance certificate of a registration of the user's company, once it is
        available (present at a training): checked with the user's rights, then printed as
        superuser (the report reads the organising unit and the trainer)."""
        registration = self._ccis_my_registration(registration_id)
        if not registration.ccis_certificate_available:
            raise NotFound()
        report = request.env.ref('ccis_event.ccis_event_certificate_report').sudo()
        pdf, _format = report.render_qweb_pdf([registration.id])
        return request.make_response(pdf, headers=[
            ('Content-Type', 'application/pdf'), ('Content-Length', len(pdf)),
            ('Content-Disposition', 'attachment; filename="attestation-%d.pdf"'
             % registration.id)])

    # ------------------------------------------------------------------
    # certificates of origin
    # ------------------------------------------------------------------
    @http.route(['/my/certificates'], type='http', auth='user', website=True)
    def ccis_certificates(self, **kw):
        member = self._ccis_member()
        if not member:
            raise NotFound()
        certificates = request.env['ccis.certificate.origin'].search(
            [('partner_id.commercial_partner_id', '=', member.id)], limit=200)
        values = self._prepare_portal_layout_values()
        values.update({
            'page_name': 'ccis_certificates',
            'certificates': certificates,
            'problems': {cert.id: cert._ccis_portal_problems() for cert in certificates
                         if cert.state == 'draft'},
        })
        return request.render('ccis_portal.portal_my_certificates', values)

    def _ccis_my_certificate(self, certificate_id, states=None):
        """The certificate of the user's company, read with the user's rights, or 404."""
        member = self._ccis_member()
        if not member:
            raise NotFound()
        domain = [('id', '=', certificate_id),
                  ('partner_id.commercial_partner_id', '=', member.id)]
        if states:
            domain.append(('state', 'in', states))
        certificate = request.env['ccis.certificate.origin'].search(domain, limit=1)
        if not certificate:
            raise NotFound()
        return certificate

    def _ccis_certificate_posted(self, post, doc_types, rows):
        """The goods rows and the files of the application form as posted."""
        lines = [{name: post.get('line_%d_%s' % (index, name)) for name in LINE_FIELDS}
                 for index in range(1, rows + 1)]
        files = {}
        for doc_type in doc_types:
            upload = request.httprequest.files.get('document_%d' % doc_type.id)
            if upload and upload.filename:
                files[doc_type.id] = (upload.filename, upload.read())
        return lines, files

    def _ccis_certificate_form(self, post, error, rows, certificate=None):
        Certificate = request.env['ccis.certificate.origin']
        max_mb, extensions = Certificate._ccis_upload_help()
        attached = {}
        if certificate:
            for doc in certificate.document_ids:
                attached.setdefault(doc.type_id.id, doc.file_name)
        values = self._prepare_portal_layout_values()
        values.update({
            'page_name': 'ccis_certificate_edit' if certificate else 'ccis_certificate_new',
            'certificate': certificate,
            'form_action': '/my/certificates/%d/edit' % certificate.id if certificate
            else '/my/certificates/new',
            'attached': attached,
            'post': post,
            'error': error,
            'line_rows': range(1, rows + 1),
            'countries': request.env['res.country'].search([]),
            'morocco': request.env.ref('base.ma'),
            'transports': Certificate._fields['transport_mode']._description_selection(
                request.env),
            'doc_types': Certificate._ccis_portal_document_types(),
            'max_mb': max_mb,
            'extensions': extensions,
        })
        return request.render('ccis_portal.portal_my_certificate_new', values)

    @http.route(['/my/certificates/new'], type='http', auth='user', website=True,
                methods=['GET', 'POST'])
    def ccis_certificate_new(self, **post):
        """The online application: header, goods rows and one upload per document type,
        checked and created by ``ccis.certificate.origin._ccis_portal_apply``."""
        if not self._ccis_member():
            raise NotFound()
        Certificate = request.env['ccis.certificate.origin']
        error = None
        if request.httprequest.method == 'POST':
            lines, files = self._ccis_certificate_posted(
                post, Certificate._ccis_portal_document_types(), LINE_ROWS)
            try:
                certificate = Certificate._ccis_portal_apply(post, lines, files)
            except (ValidationError, AccessError) as exc:
                request.env.cr.rollback()
                error = exc.name
            else:
                return request.redirect('/my/certificates/%d?submitted=1' % certificate.id)
        return self._ccis_certificate_form(post, error, LINE_ROWS)

    @http.route(['/my/certificates/<int:certificate_id>/edit'], type='http', auth='user',
                website=True, methods=['GET', 'POST'])
    def ccis_certificate_edit(self, certificate_id, **post):
        """The correction of an application the member made online, still a request the
        chamber has not handled: the application's form, prefilled, checked and written by
        ``ccis.certificate.origin._ccis_portal_update``; otherwise the application, read
        only, with the reason."""
        certificate = self._ccis_my_certificate(certificate_id)
        block = certificate._ccis_portal_edit_block()
        if block:
            return self._ccis_certificate_page(certificate, locked=block)
        rows = max(LINE_ROWS, len(certificate.line_ids))
        error = None
        if request.httprequest.method == 'POST':
            lines, files = self._ccis_certificate_posted(
                post, certificate._ccis_portal_document_types(), rows)
            try:
                certificate._ccis_portal_update(post, lines, files)
            except (ValidationError, UserError, AccessError) as exc:
                request.env.cr.rollback()
                error = exc.name
            else:
                return request.redirect('/my/certificates/%d?corrected=1' % certificate.id)
        else:
            post = certificate._ccis_portal_form_values()
        return self._ccis_certificate_form(post, error, rows, certificate=certificate)

    def _ccis_certificate_page(self, certificate, **kw):
        values = self._prepare_portal_layout_values()
        values.update({
            'page_name': 'ccis_certificate',
            'certificate': certificate,
            'problems': certificate._ccis_portal_problems(),
            'can_correct': not certificate._ccis_portal_edit_block(),
            'submitted': kw.get('submitted'),
            'corrected': kw.get('corrected'),
            'locked': kw.get('locked'),
        })
        return request.render('ccis_portal.portal_my_certificate', values)

    @http.route(['/my/certificates/<int:certificate_id>'], type='http', auth='user',
                website=True)
    def ccis_certificate_detail(self, certificate_id, **kw):
        certificate = self._ccis_my_certificate(certificate_id)
        return self._ccis_certificate_page(certificate, submitted=kw.get('submitted'),
                                           corrected=kw.get('corrected'))

    @http.route(['/my/certificates/<int:certificate_id>/pdf'], type='http', auth='user',
                website=True)
    def ccis_certificate_pdf(self, certificate_id, **kw):
        """An issued certificate of the user's company: checked with the user's rights,
        printed as superuser (the report reads the issuing site and its signatory)."""
        certificate = self._ccis_my_certificate(certificate_id, states=['issued'])
        report = request.env.ref(
            'ccis_certificate_origin.ccis_certificate_origin_report').sudo()
        pdf, _format = report.render_qweb_pdf([certificate.id])
        return request.make_response(pdf, headers=[
            ('Content-Type', 'application/pdf'), ('Content-Length', len(pdf)),
            ('Content-Disposition', 'attachment; filename="certificat-origine-%d.pdf"'
             % certificate.id)])

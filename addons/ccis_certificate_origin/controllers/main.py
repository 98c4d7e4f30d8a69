from odoo import http
from odoo.http import request


class CertificateVerification(http.Controller):
    """The public page customs and buyers reach from a certificate's QR code."""

    @http.route('/ccis/certificate/verify/<string:token>', type='http', auth='public',
                methods=['GET'], csrf=False)
    def verify(self, token, **kwargs):
        values = request.env['ccis.certificate.origin']._ccis_verification_values(token)
        if not values:
            return request.not_found()
        # a whole page of its own: the doctype is written here, the template holds no raw
        # markup (every value it prints is escaped)
        page = request.env['ir.ui.view'].render_template(
            'ccis_certificate_origin.certificate_verify_page', values)
        if isinstance(page, str):
            page = page.encode('utf-8')
        return request.make_response(b'<!DOCTYPE html>\n' + page, headers=[
            ('Content-Type', 'text/html; charset=utf-8')])

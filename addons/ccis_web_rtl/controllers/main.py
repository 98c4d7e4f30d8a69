from odoo import http
from odoo.addons.web.controllers.main import Binary


class RtlBinary(Binary):

    @http.route('/web/content/<int:id>-<string:unique>/rtl/<string:filename>', type='http',
                auth='public')
    def content_rtl(self, id, unique, filename, **kw):
        """The right-to-left stylesheets of a bundle (see models/assetsbundle.py)."""
        return self.content_common(id=id, unique=unique, filename=filename, **kw)

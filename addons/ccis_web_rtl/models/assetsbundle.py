"""Right-to-left variant of Odoo 11's asset bundles, built the way Odoo 12 builds them.

A right-to-left user gets the same bundle (same files, same version) whose stylesheets went
through ``rtlcss`` once they were compiled (LESS/SASS) and before they were minified, so that
rtlcss's directives (``/*rtl:begin:ignore*/`` ...) apply. The result is stored in attachments
of its own, ``/web/content/<id>-<version>/rtl/<bundle>.<page>.css``: the left-to-right bundle
and its attachments stay exactly as Odoo builds them.
"""
import base64
import logging
from subprocess import PIPE, Popen

from odoo import SUPERUSER_ID
from odoo.addons.base.ir.ir_qweb.assetsbundle import AssetsBundle
from odoo.tools import misc

_logger = logging.getLogger(__name__)

RTL_PATH = 'rtl/'


def rtlcss_command():
    """The rtlcss command line reading CSS on stdin, or None when rtlcss is not installed."""
    try:
        return [misc.find_in_path('rtlcss'), '--silent', '-']
    except IOError:
        return None


def raw_content(asset):
    """The stylesheet's own text: compiled for LESS/SASS, without the ``@media`` wrapper that
    ``StylesheetAsset.content`` adds (it is added again when the bundle is minified)."""
    if asset._content is None:
        asset._content = asset.inline or asset._fetch_content()
    return asset._content


class RtlAssetsBundle(AssetsBundle):
    """An asset bundle for a right-to-left user: mirrored stylesheets, in attachments of
    their own; scripts are the left-to-right bundle's."""

    def to_node(self, css=True, js=True, debug=False, async_load=False, **kw):
        if debug == 'assets' and css and self.stylesheets:
            # the files one by one would be the left-to-right ones: the mirrored bundle instead
            nodes = super(RtlAssetsBundle, self).to_node(css=True, js=False)
            return nodes + super(RtlAssetsBundle, self).to_node(
                css=False, js=js, debug=debug, async_load=async_load, **kw)
        return super(RtlAssetsBundle, self).to_node(
            css=css, js=js, debug=debug, async_load=async_load, **kw)

    def css(self):
        if not rtlcss_command():
            _logger.warning(
                "rtlcss is not installed (npm install -g rtlcss): bundle %s is served left to "
                "right to right-to-left users.", self.name)
            return AssetsBundle(self.name, self.files, env=self.env).css()
        return super(RtlAssetsBundle, self).css()

    def get_attachments(self, type, ignore_version=False):
        if type != 'css':
            return super(RtlAssetsBundle, self).get_attachments(type, ignore_version)
        version = '%' if ignore_version else self.version
        url_pattern = '/web/content/%%-%s/%s%s.%%.css' % (version, RTL_PATH, self.name)
        self.env.cr.execute("""
             SELECT max(id)
               FROM ir_attachment
              WHERE create_uid = %s
                AND url like %s
           GROUP BY datas_fname
           ORDER BY datas_fname
         """, [SUPERUSER_ID, url_pattern])
        attachment_ids = [row[0] for row in self.env.cr.fetchall()]
        return self.env['ir.attachment'].sudo().browse(attachment_ids)

    def save_attachment(self, type, content, inc=None):
        if type != 'css':
            return super(RtlAssetsBundle, self).save_attachment(type, content, inc)
        fname = '%s%s.css' % (self.name, '' if inc is None else '.%s' % inc)
        attachment = self.env['ir.attachment'].sudo().create({
            'name': '/web/content/css',
            'datas_fname': fname,
            'mimetype': 'text/css',
            'res_model': 'ir.ui.view',
            'res_id': False,
            'type': 'binary',
            'public': True,
            'datas': base64.b64encode(content.encode('utf8')),
        })
        url = '/web/content/%s-%s/%s%s' % (attachment.id, self.version, RTL_PATH, fname)
        attachment.write({'name': url, 'url': url})
        if self.env.context.get('commit_assetsbundle') is True:
            # as Odoo's own bundles: a PDF report's wkhtmltopdf fetches them in another request
            self.env.cr.commit()  # pylint: disable=invalid-commit
        self.clean_attachments(type)
        return attachment

    def clean_attachments(self, type):
        if type != 'css':
            return super(RtlAssetsBundle, self).clean_attachments(type)
        domain = [
            ('url', '=like', '/web/content/%%-%%/%s%s%%.css' % (RTL_PATH, self.name)),
            '!', ('url', '=like', '/web/content/%%-%s/%%' % self.version),
        ]
        # force bundle invalidation on other workers
        self.env['ir.qweb'].clear_caches()
        return self.env['ir.attachment'].sudo().search(domain).unlink()

    def preprocess_css(self, debug=False, old_attachments=None):
        """Odoo's preprocessing (LESS/SASS compiled into each asset), then every stylesheet
        of the bundle mirrored by one run of rtlcss; returns the bundle's flat css."""
        super(RtlAssetsBundle, self).preprocess_css(debug=debug, old_attachments=old_attachments)
        source = '\n'.join('/*! %s */\n%s' % (asset.id, raw_content(asset))
                           for asset in self.stylesheets)
        mirrored = self.run_rtlcss(source)
        if not self.css_errors:
            fragments = self.rx_css_split.split(mirrored)
            fragments.pop(0)  # what precedes the first marker: nothing
            assets = {asset.id: asset for asset in self.stylesheets}
            while fragments:
                asset_id = fragments.pop(0)
                assets[asset_id]._content = fragments.pop(0)
        return '\n'.join(asset.minify() for asset in self.stylesheets)

    def run_rtlcss(self, source):
        """The css mirrored by rtlcss; on failure, the error is added to the bundle's."""
        command = rtlcss_command() or ['rtlcss', '--silent', '-']
        try:
            process = Popen(command, stdin=PIPE, stdout=PIPE, stderr=PIPE)
        except OSError:
            msg = "Could not execute command %r" % command[0]
            _logger.error(msg)
            self.css_errors.append(msg)
            return ''
        out, err = process.communicate(input=source.encode('utf-8'))
        if process.returncode:
            error = misc.ustr(err) or "rtlcss exited with return code %d" % process.returncode
            error += "\nThis error occured while mirroring the bundle '%s' with rtlcss." % self.name
            _logger.warning(error)
            self.css_errors.append(error)
            return ''
        return out.decode('utf-8')

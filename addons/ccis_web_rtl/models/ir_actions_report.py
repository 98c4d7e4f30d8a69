"""Right-to-left PDF documents of the suite printed by headless Chromium.

Debian's wkhtmltopdf 0.12.6 (unpatched Qt) neither joins nor wraps Arabic properly. A suite
report (``ccis_*``) rendered in a right-to-left language is therefore printed by Chromium
from the very HTML Odoo prepares for wkhtmltopdf (``_prepare_html``: one body per document,
their headers and footers); every other report keeps wkhtmltopdf exactly as in Odoo.

The pieces go into one HTML file: the stylesheets the bodies link to are inlined (read from
their attachments or their addon's files: no running server is needed for them; images and
icon fonts still linked come from ``report.url`` or ``web.base.url``), the paper format
becomes a CSS ``@page`` rule, and each document is a table whose head and foot are its
header and footer, which Chromium repeats on each of the document's pages. The page
numbers wkhtmltopdf writes into the footer come from the page's bottom margin instead.
"""
import base64
import logging
import os
import re
import subprocess
import tempfile

import lxml.html
from lxml import etree

from odoo import _, api, models
from odoo.exceptions import UserError
from odoo.modules.module import get_resource_path
from odoo.tools.misc import find_in_path

_logger = logging.getLogger(__name__)

CHROMIUM_NAMES = ('chromium', 'chromium-browser', 'google-chrome')
CHROMIUM_TIMEOUT = 300
CLASS_XPATH = "//*[contains(concat(' ', normalize-space(@class), ' '), ' %s ')]"
SPAN_CLASS = "[contains(concat(' ', normalize-space(@class), ' '), ' %s ')]"
ATTACHMENT_URL = re.compile(r'^/web/content/(\d+)-')
# page sizes in millimetres (width, height, portrait) of Odoo's paper formats that CSS does
# not name itself
PAGE_SIZES = {
    'A0': (841, 1189), 'A1': (594, 841), 'A2': (420, 594), 'A3': (297, 420),
    'A4': (210, 297), 'A5': (148, 210), 'A6': (105, 148), 'A7': (74, 105), 'A8': (52, 74),
    'A9': (37, 52), 'B0': (1000, 1414), 'B1': (707, 1000), 'B2': (500, 707),
    'B3': (353, 500), 'B4': (250, 353), 'B5': (176, 250), 'B6': (125, 176), 'B7': (88, 125),
    'B8': (62, 88), 'B9': (33, 62), 'B10': (31, 44), 'C5E': (163, 229), 'Comm10E': (105, 241),
    'DLE': (110, 220), 'Executive': (190.5, 254), 'Folio': (210, 330), 'Ledger': (431.8, 279.4),
    'Legal': (215.9, 355.6), 'Letter': (215.9, 279.4), 'Tabloid': (279.4, 431.8),
}
# the page's own margins above the header and below the footer (mm), at most
PAGE_EDGE_TOP = 5.0
PAGE_EDGE_BOTTOM = 10.0


def chromium_bin():
    """The Chromium executable, or None when none is installed."""
    for name in CHROMIUM_NAMES:
        try:
            return find_in_path(name)
        except IOError:
            continue
    return None


def page_rule(paperformat, landscape=False, specific_args=None):
    """The CSS ``@page`` rule of a paper format: its size and orientation, its margins, the
    header's and footer's room, and the page numbers at the bottom of the page.

    The header takes the top margin (wkhtmltopdf draws it there) and the footer the bottom
    one; the page keeps a small edge of its own. Returns (css, header height, footer height)
    in millimetres."""
    specific_args = specific_args or {}
    if paperformat.format == 'custom' and paperformat.page_width and paperformat.page_height:
        width, height = paperformat.page_width, paperformat.page_height
    else:
        width, height = PAGE_SIZES.get(paperformat.format or 'A4', PAGE_SIZES['A4'])
    if landscape or paperformat.orientation == 'Landscape':
        width, height = max(width, height), min(width, height)
    margin_top = float(specific_args.get('data-report-margin-top') or paperformat.margin_top or 0)
    margin_bottom = float(paperformat.margin_bottom or 0)
    edge_top = min(margin_top, PAGE_EDGE_TOP)
    edge_bottom = min(margin_bottom, PAGE_EDGE_BOTTOM)
    css = (
        '@page { size: %(width)smm %(height)smm; '
        'margin: %(top)smm %(right)smm %(bottom)smm %(left)smm; '
        '@bottom-center { content: counter(page) " / " counter(pages); '
        'font-family: "Amiri", "DejaVu Sans", sans-serif; font-size: 9pt; color: #777; } }'
    ) % {
        'width': width, 'height': height, 'top': edge_top, 'bottom': edge_bottom,
        'left': float(paperformat.margin_left or 0), 'right': float(paperformat.margin_right or 0),
    }
    return css, margin_top - edge_top, margin_bottom - edge_bottom


def _children(document, element_id):
    """The children of the element of that id in an HTML document (bytes or text)."""
    if not document:
        return []
    root = lxml.html.fromstring(document)
    return [child for node in root.xpath('//*[@id=$id]', id=element_id) for child in node]


def _drop_page_numbers(footer):
    """Remove wkhtmltopdf's page numbers (``<span class="page"/> / <span class="topage"/>``
    and the line holding them) from a footer: the page's margin prints them."""
    spans = '//span' + SPAN_CLASS
    for span in footer.xpath((spans % 'page') + ' | ' + (spans % 'topage')):
        if footer not in span.iterancestors():
            continue  # gone with its line
        parent = span.getparent()
        if parent is not footer and parent.xpath(('./span' + SPAN_CLASS) % 'topage'):
            parent.drop_tree()
        else:
            span.drop_tree()


class IrActionsReport(models.Model):
    _inherit = 'ir.actions.report'

    @api.multi
    def _prepare_html(self, html):
        """The bodies, headers and footers of a document are laid out in the document's own
        language (its direction, its stylesheets), whatever the printing user's."""
        root = lxml.html.fromstring(html)
        lang = (root.get('lang') or '').replace('-', '_')
        context_lang = self.env.context.get('lang')
        Lang = self.env['res.lang']
        if lang and lang != context_lang and \
                Lang._lang_direction(lang) != Lang._lang_direction(context_lang):
            self = self.with_context(lang=lang)
        return super(IrActionsReport, self)._prepare_html(html)

    def _ccis_prints_with_chromium(self, specific_paperformat_args):
        """Whether this report is one of the suite's rendered right to left."""
        if len(self) != 1 or not (self.report_name or '').startswith('ccis_'):
            return False
        if (specific_paperformat_args or {}).get('data-report-direction') != 'rtl':
            return False
        if not chromium_bin():
            _logger.warning("Chromium is not installed: report %s is printed right to left by "
                            "wkhtmltopdf, which does not shape Arabic.", self.report_name)
            return False
        return True

    @api.model
    def _run_wkhtmltopdf(self, bodies, header=None, footer=None, landscape=False,
                         specific_paperformat_args=None, set_viewport_size=False):
        if bodies and self._ccis_prints_with_chromium(specific_paperformat_args):
            document = self._ccis_chromium_document(
                bodies, header=header, footer=footer, landscape=landscape,
                specific_paperformat_args=specific_paperformat_args)
            return self._ccis_run_chromium(document)
        return super(IrActionsReport, self)._run_wkhtmltopdf(
            bodies, header=header, footer=footer, landscape=landscape,
            specific_paperformat_args=specific_paperformat_args,
            set_viewport_size=set_viewport_size)

    def _ccis_stylesheet(self, href):
        """The text of a stylesheet the report links to: a bundle's attachment or an addon's
        static file; None when it is neither."""
        match = ATTACHMENT_URL.match(href or '')
        if match:
            attachment = self.env['ir.attachment'].sudo().browse(int(match.group(1))).exists()
            if attachment and attachment.datas:
                return base64.b64decode(attachment.datas).decode('utf-8')
            return None
        parts = (href or '').split('?')[0].lstrip('/').split('/')
        if len(parts) > 2 and parts[1] == 'static':
            path = get_resource_path(parts[0], *parts[1:])
            if path:
                with open(path, 'rb') as stylesheet:
                    return stylesheet.read().decode('utf-8')
        return None

    def _ccis_chromium_document(self, bodies, header=None, footer=None, landscape=False,
                                specific_paperformat_args=None):
        """One HTML document (text) for Chromium made of the pieces Odoo prepared for
        wkhtmltopdf: the bodies' head with its stylesheets inlined, then each document as a
        table whose head and foot are its header and footer."""
        paperformat = self.paperformat_id or self.env.user.company_id.paperformat_id
        css, header_height, footer_height = page_rule(
            paperformat, landscape=landscape, specific_args=specific_paperformat_args)
        headers = _children(header, 'minimal_layout_report_headers')
        footers = _children(footer, 'minimal_layout_report_footers')

        first = lxml.html.fromstring(bodies[0])
        styles = []
        for node in first.xpath('//head/link[@rel="stylesheet"] | //head/style'):
            if node.tag == 'style':
                styles.append(node.text or '')
                continue
            text = self._ccis_stylesheet(node.get('href'))
            if text is None:
                _logger.warning("report %s: stylesheet %s left out of the PDF",
                                self.report_name, node.get('href'))
            else:
                styles.append(text)
        static_css = self._ccis_stylesheet('/ccis_web_rtl/static/src/css/report_chromium.css')
        styles.append(static_css or '')
        styles.append(css)
        styles.append('.ccis_pdf_header { height: %.2fmm; } .ccis_pdf_footer { height: %.2fmm; }'
                      % (header_height, footer_height))

        html = etree.Element('html', dir='rtl')
        lang = (self.env.context.get('lang') or '').replace('_', '-')
        if lang:
            html.set('lang', lang)
        head = etree.SubElement(html, 'head')
        etree.SubElement(head, 'meta', charset='utf-8')
        # what the page still links to (images, the icons' fonts) comes from the server, as
        # for wkhtmltopdf
        IrConfig = self.env['ir.config_parameter'].sudo()
        base_url = IrConfig.get_param('report.url') or IrConfig.get_param('web.base.url')
        if base_url:
            etree.SubElement(head, 'base', href=base_url.rstrip('/') + '/')
        for text in styles:
            etree.SubElement(head, 'style').text = text
        body = etree.SubElement(html, 'body', attrib={'class': 'container'})
        for index, body_html in enumerate(bodies):
            root = lxml.html.fromstring(body_html)
            articles = root.xpath(CLASS_XPATH % 'article')
            content = articles[0] if articles else root.find('body')
            table = etree.SubElement(body, 'table', attrib={'class': 'ccis_pdf_document'})
            doc_header = headers[index] if len(headers) == len(bodies) else \
                (headers[0] if len(headers) == 1 else None)
            doc_footer = footers[index] if len(footers) == len(bodies) else \
                (footers[0] if len(footers) == 1 else None)
            for tag, cell_class, node in (('thead', 'ccis_pdf_header', doc_header),
                                          ('tfoot', 'ccis_pdf_footer', doc_footer),
                                          ('tbody', 'ccis_pdf_body', content)):
                cell = etree.SubElement(etree.SubElement(etree.SubElement(table, tag), 'tr'),
                                        'td', attrib={'class': cell_class})
                if node is not None:
                    node = lxml.html.fromstring(lxml.html.tostring(node))
                    if tag == 'tfoot':
                        _drop_page_numbers(node)
                    cell.append(node)
        for script in html.xpath('//script'):
            script.drop_tree()
        return '<!DOCTYPE html>\n' + lxml.html.tostring(html, encoding='unicode')

    def _ccis_run_chromium(self, document):
        """The PDF (bytes) headless Chromium prints from an HTML document (text)."""
        with tempfile.TemporaryDirectory(prefix='ccis-report-') as folder:
            html_path = os.path.join(folder, 'report.html')
            pdf_path = os.path.join(folder, 'report.pdf')
            with open(html_path, 'w', encoding='utf-8') as html_file:
                html_file.write(document)
            command = [
                chromium_bin(), '--headless', '--no-sandbox', '--disable-gpu',
                '--no-pdf-header-footer', '--disable-background-networking',
                '--disable-component-update', '--disable-sync', '--no-first-run',
                '--user-data-dir=%s' % os.path.join(folder, 'profile'),
                '--print-to-pdf=%s' % pdf_path, 'file://%s' % html_path,
            ]
            try:
                process = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                         timeout=CHROMIUM_TIMEOUT, check=False)
                returncode, error = process.returncode, process.stderr
            except subprocess.TimeoutExpired:
                returncode, error = 'timeout', b''
            if returncode != 0 or not os.path.exists(pdf_path):
                raise UserError(_('Chromium could not produce the PDF of report "%s" (code %s): %s') % (
                    self.name, returncode, error.decode('utf-8', 'replace')[-1000:]))
            with open(pdf_path, 'rb') as pdf_file:
                return pdf_file.read()

import base64
from unittest.mock import patch

from odoo.tests.common import SavepointCase

from odoo.addons.ccis_web_rtl.models import assetsbundle


class TestRtlAssets(SavepointCase):
    """A right-to-left user gets the web client's stylesheets mirrored by rtlcss, in
    attachments of their own; a left-to-right user gets Odoo's bundle, unchanged."""

    @classmethod
    def setUpClass(cls):
        super(TestRtlAssets, cls).setUpClass()
        # Odoo's own Arabic, which this addon declares right to left
        cls.env['res.lang'].load_lang('ar_SY')
        cls.qweb = cls.env['ir.qweb']

    def _css_nodes(self, lang, bundle='web.assets_common'):
        qweb = self.qweb.with_context(lang=lang)
        return [attrs['href'] for tag, attrs, _content in
                qweb._get_asset_nodes(bundle, {'lang': lang}, js=False) if tag == 'link']

    def _content(self, url):
        attachment = self.env['ir.attachment'].sudo().search([('url', '=', url)])
        self.assertEqual(len(attachment), 1, url)
        return base64.b64decode(attachment.datas).decode('utf-8')

    def test_language_directions(self):
        self.assertEqual(self.env.ref('base.lang_ar_SY').direction, 'rtl')
        self.assertEqual(self.env['res.lang']._lang_direction('ar_SY'), 'rtl')
        self.assertEqual(self.env['res.lang']._lang_direction('en_US'), 'ltr')
        self.assertEqual(self.env['res.lang']._lang_direction('xx_XX'), 'ltr')
        self.assertEqual(self.env['res.lang']._lang_direction(None), 'ltr')

    def test_rtl_bundle_for_rtl_user_only(self):
        ltr_urls = self._css_nodes('en_US')
        rtl_urls = self._css_nodes('ar_SY')
        self.assertTrue(ltr_urls and rtl_urls)
        self.assertFalse([url for url in ltr_urls if '/rtl/' in url])
        self.assertEqual(len([url for url in rtl_urls if '/rtl/' in url]), len(rtl_urls))
        ltr = ''.join(self._content(url) for url in ltr_urls)
        rtl = ''.join(self._content(url) for url in rtl_urls)
        # jQuery UI's date picker, mirrored (assertTrue: a bundle is too long to print)
        for rule, ltr_rule, rtl_rule in [
                ('.ui-datepicker .ui-datepicker-prev', 'left: 2px;', 'right: 2px;'),
                ('.ui-datepicker .ui-datepicker-next', 'right: 2px;', 'left: 2px;'),
                ('.ui-datepicker-multi .ui-datepicker-group', 'float: left;', 'float: right;')]:
            self.assertTrue('%s{%s}' % (rule, ltr_rule) in ltr, rule)
            self.assertTrue('%s{%s}' % (rule, rtl_rule) in rtl, rule)
        # the left-to-right bundle is the one it was: same urls, same content
        self.assertEqual(self._css_nodes('en_US'), ltr_urls)
        self.assertEqual(''.join(self._content(url) for url in ltr_urls), ltr)

    def test_rtl_bundle_of_compiled_less(self):
        """web.assets_backend is LESS compiled by lessc, then mirrored."""
        rtl_urls = self._css_nodes('ar_SY', 'web.assets_backend')
        rtl = ''.join(self._content(url) for url in rtl_urls)
        self.assertTrue(rtl_urls and all('/rtl/' in url for url in rtl_urls))
        self.assertTrue('.o_web_client' in rtl)
        self.assertFalse('/*! ' in rtl)  # the markers that split the bundle are gone

    def test_debug_assets_serves_the_mirrored_bundle(self):
        nodes = self.qweb.with_context(lang='ar_SY')._get_asset_nodes(
            'web.assets_common', {'lang': 'ar_SY'}, js=False, debug='assets')
        urls = [attrs['href'] for tag, attrs, _content in nodes if tag == 'link']
        self.assertTrue(urls and all('/rtl/' in url for url in urls))

    def test_without_rtlcss_left_to_right(self):
        with patch.object(assetsbundle, 'rtlcss_command', return_value=None):
            urls = self._css_nodes('ar_SY')
        self.assertTrue(urls)
        self.assertFalse([url for url in urls if '/rtl/' in url])

    def test_page_direction(self):
        rtl = self.env['ir.ui.view'].with_context(lang='ar_SY').render_template(
            'web.report_layout', {})
        ltr = self.env['ir.ui.view'].with_context(lang='en_US').render_template(
            'web.report_layout', {})
        rtl, ltr = (html.decode() if isinstance(html, bytes) else html for html in (rtl, ltr))
        self.assertIn('dir="rtl"', rtl)
        self.assertIn('/rtl/web.assets_common', rtl)
        self.assertNotIn('dir="rtl"', ltr)
        self.assertNotIn('/rtl/', ltr)

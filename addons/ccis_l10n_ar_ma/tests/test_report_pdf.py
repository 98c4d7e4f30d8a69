import os
import re
import subprocess
import tempfile
from unittest.mock import patch

from odoo.tools import config

from odoo.addons.ccis_base.tests.common import CcisBaseCommon

# the directional marks pdftotext writes around right-to-left runs
BIDI_MARKS = re.compile('[\u200e\u200f\u202a-\u202e\u2066-\u2069]')


class TestArabicPdf(CcisBaseCommon):
    """A suite document printed in Moroccan Arabic is laid out by Chromium (Arabic letters
    joined, in the Amiri typeface, right to left), one document a page; in French it is
    wkhtmltopdf's as before. Read back with poppler's tools (pdfinfo, pdftotext, pdffonts)."""

    @classmethod
    def setUpClass(cls):
        super(TestArabicPdf, cls).setUpClass()
        cls.report = cls.env.ref('ccis_base.ccis_site_organisation_chart_report')
        cls.sites = cls.site_a | cls.site_b

    def _print(self, lang):
        """The PDF of the two annexes' organisation charts printed in ``lang``: the metadata
        of the engine's PDF (before Odoo merges it with PyPDF2), the pages' text and the
        fonts. Odoo prints PDFs in tests only given a report directory."""
        Report = type(self.report)
        run_engine = Report._run_wkhtmltopdf
        printed = []

        def run(report, *args, **kwargs):
            printed.append(run_engine(report, *args, **kwargs))
            return printed[-1]

        with tempfile.TemporaryDirectory(prefix='ccis-test-pdf-') as folder:
            with patch.dict(config.options, {'test_report_directory': folder}), \
                    patch.object(Report, '_run_wkhtmltopdf', run):
                pdf, kind = self.report.with_context(lang=lang).render_qweb_pdf(self.sites.ids)
            self.assertEqual(kind, 'pdf')
            self.assertEqual(len(printed), 1)
            path = os.path.join(folder, 'report.pdf')
            engine_path = os.path.join(folder, 'engine.pdf')
            for file_path, content in ((path, pdf), (engine_path, printed[0])):
                with open(file_path, 'wb') as pdf_file:
                    pdf_file.write(content)
            info = dict(re.findall(r'^(\w[\w ]*?):\s+(.*)$',
                                   self._poppler('pdfinfo', engine_path), re.M))
            info['Pages'] = dict(re.findall(r'^(\w[\w ]*?):\s+(.*)$',
                                            self._poppler('pdfinfo', path), re.M))['Pages']
            pages = [BIDI_MARKS.sub('', self._poppler('pdftotext', '-f', str(page), '-l',
                                                      str(page), '-layout', path, '-'))
                     for page in range(1, int(info['Pages']) + 1)]
            fonts = self._poppler('pdffonts', path)
        return info, pages, fonts

    def _poppler(self, *command):
        return subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              check=True).stdout.decode('utf-8')

    def test_arabic_printed_by_chromium(self):
        info, pages, fonts = self._print('ar_MA')
        self.assertIn('Skia/PDF', info['Producer'])
        # each site's chart on a page of its own
        self.assertEqual(len(pages), 2)
        self.assertIn('Annexe test A', pages[0])
        self.assertIn('Annexe test B', pages[1])
        # the template's Arabic, letters in reading order ("Organigramme –", "Responsable :")
        for page in pages:
            self.assertIn('الهيكل التنظيمي', page)
        self.assertIn('Amiri', fonts)

    def test_french_printed_by_wkhtmltopdf(self):
        """French documents go to wkhtmltopdf as in Odoo, never to Chromium."""
        Report = type(self.report)
        calls = []

        def run(report, bodies, **kwargs):
            calls.append(report._ccis_prints_with_chromium(
                kwargs.get('specific_paperformat_args')))
            return b''

        with tempfile.TemporaryDirectory(prefix='ccis-test-pdf-') as folder:
            with patch.dict(config.options, {'test_report_directory': folder}), \
                    patch.object(Report, '_run_wkhtmltopdf', run), \
                    patch.object(Report, '_ccis_run_chromium', side_effect=AssertionError):
                self.report.with_context(lang='fr_FR').render_qweb_pdf(self.sites.ids)
        self.assertEqual(calls, [False])

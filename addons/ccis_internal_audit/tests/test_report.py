import os
import shutil
import subprocess
import tempfile
import unittest
from unittest.mock import patch

from odoo.tools import config

from .common import AuditCommon


class TestReport(AuditCommon):
    """The mission report prints as a PDF in French, with the mission's findings and
    recommendations (read back with poppler's pdftotext)."""

    def test_mission_report_pdf(self):
        if not shutil.which('pdftotext'):
            raise unittest.SkipTest('pdftotext (poppler-utils) is not installed')
        mission = self._reported(title='Audit de la régie de recettes', user=self.staff)
        mission.finding_ids.name = 'Versements tardifs au Trésor'
        report = self.env.ref('ccis_internal_audit.ccis_audit_mission_report')
        with tempfile.TemporaryDirectory(prefix='ccis-test-pdf-') as folder:
            with patch.dict(config.options, {'test_report_directory': folder}):
                pdf, kind = report.sudo(self.staff).with_context(lang='fr_FR') \
                    .render_qweb_pdf(mission.ids)
            self.assertEqual(kind, 'pdf')
            self.assertTrue(pdf.startswith(b'%PDF'))
            path = os.path.join(folder, 'mission.pdf')
            with open(path, 'wb') as pdf_file:
                pdf_file.write(pdf)
            text = subprocess.run(['pdftotext', '-layout', path, '-'], stdout=subprocess.PIPE,
                                  check=True).stdout.decode('utf-8')
        self.assertIn("Rapport de mission d'audit interne", text)
        self.assertIn(mission.name, text)
        self.assertIn('Audit de la régie de recettes', text)
        self.assertIn('Versements tardifs au Trésor', text)
        self.assertIn('Recommandation test', text)
        self.assertIn('Ouverte', text)

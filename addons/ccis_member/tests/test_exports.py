import base64

import xlrd

from .common import MemberCase


class TestExports(MemberCase):

    def _export(self, report, **filters):
        wizard = self.env['ccis.member.export.wizard'].create(dict(report=report, **filters))
        wizard.action_export_xlsx()
        return wizard, xlrd.open_workbook(file_contents=base64.b64decode(wizard.file))

    def test_registry_contains_members(self):
        _wizard, book = self._export('registry')
        sheet = book.sheet_by_index(0)
        self.assertEqual(sheet.cell_value(0, 0), 'Raison sociale')
        names = sheet.col_values(0)[1:]
        self.assertIn('Société Test Rabat', names)
        row = names.index('Société Test Rabat') + 1
        self.assertEqual(sheet.cell_value(row, 4), self.member_rabat.ccis_ice)
        total = self.Partner.search_count([('ccis_is_member', '=', True)])
        self.assertEqual(sheet.nrows - 1, total)

    def test_registry_filtered_by_site(self):
        _wizard, book = self._export('registry', site_id=self.site_kenitra.id)
        names = book.sheet_by_index(0).col_values(0)[1:]
        self.assertIn('Société Test Kénitra', names)
        self.assertNotIn('Société Test Rabat', names)

    def test_distribution_totals(self):
        _wizard, book = self._export('distribution')
        sheet = book.sheet_by_index(0)
        self.assertEqual(sheet.cell_value(0, 0), 'Répartition par région et par statut')
        first_col = sheet.col_values(0)
        total_row = first_col.index('Total')
        total = self.Partner.search_count([('ccis_is_member', '=', True)])
        self.assertEqual(int(sheet.row_values(total_row)[-1] or
                             [v for v in sheet.row_values(total_row) if v != ''][-1]), total)

    def test_directory_lists_active_members_by_sector(self):
        _wizard, book = self._export('directory')
        sheet = book.sheet_by_index(0)
        values = sheet.col_values(0)
        self.assertIn(self.sector_textile.complete_name, values)
        self.assertIn('Société Test Rabat', values)
        prospect = self.create_member(name='Prospect Annuaire')
        _wizard, book = self._export('directory')
        self.assertNotIn(prospect.name, book.sheet_by_index(0).col_values(0))

    def test_directory_pdf_html(self):
        wizard = self.env['ccis.member.export.wizard'].create({'report': 'directory'})
        html = self.env.ref('ccis_member.ccis_member_directory_report').render_qweb_html(
            wizard.ids)[0]
        self.assertIn(b'Annuaire des ressortissants actifs', html)
        self.assertIn('Société Test Rabat'.encode('utf-8'), html)

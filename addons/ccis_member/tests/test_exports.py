import io
import zipfile

import xlrd

from odoo.tools.safe_eval import safe_eval

from .common import MemberCase


class TestExports(MemberCase):

    def _export(self, report, **filters):
        wizard = self.env['ccis.member.export.wizard'].create(dict(report=report, **filters))
        return wizard, xlrd.open_workbook(file_contents=wizard._xlsx_content())

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

    def test_xlsx_report_for_a_member_agent(self):
        """A member agent (not the administrator) gets each export through the XLSX report
        action, named after the export; a name starting with '=' comes out as text."""
        payload = '=HYPERLINK("http://exemple.ma";"Cliquez")'
        self.create_member(name=payload, ccis_state='active', ccis_activity=payload)
        report = self.env.ref('ccis_member.ccis_member_export_xlsx_report')
        Wizard = self.env['ccis.member.export.wizard'].sudo(self.user_agent)
        for kind, prefix in (('registry', 'registre_ressortissants_'),
                             ('distribution', 'repartitions_'),
                             ('directory', 'annuaire_ressortissants_')):
            with self.subTest(report=kind):
                wizard = Wizard.create({'report': kind})
                action = wizard.action_export_xlsx()
                self.assertEqual((action['type'], action['report_type'],
                                  action['context']['active_ids']),
                                 ('ir.actions.report', 'xlsx', wizard.ids))
                self.assertEqual(self.env['ir.actions.report']._get_report_from_name(
                    action['report_name']), report)
                self.assertTrue(safe_eval(report.print_report_name,
                                          {'object': wizard}).startswith(prefix))
                content, kind_ = report.sudo(self.user_agent).render(wizard.ids)
                self.assertEqual(kind_, 'xlsx')
                archive = zipfile.ZipFile(io.BytesIO(content))
                self.assertNotIn('<f>', ''.join(
                    archive.read(name).decode() for name in archive.namelist()
                    if name.startswith('xl/worksheets/')))
                if kind != 'distribution':
                    sheet = xlrd.open_workbook(file_contents=content).sheet_by_index(0)
                    cells = [sheet.cell(row, 0) for row in range(sheet.nrows)
                             if sheet.cell_value(row, 0) == payload]
                    self.assertEqual([cell.ctype for cell in cells], [xlrd.XL_CELL_TEXT])


class TestRegistryStreamedExport(MemberCase):
    """The registry's workbook is streamed from SQL (report/ccis_member_export_xlsx.py,
    tools/xlsx_stream.py): the same rows as the ORM reads, only those the user may read."""

    def _rows(self, user=None, **filters):
        Wizard = self.env['ccis.member.export.wizard']
        if user:
            Wizard = Wizard.sudo(user)
        wizard = Wizard.create(dict(report='registry', **filters))
        sheet = xlrd.open_workbook(file_contents=wizard._xlsx_content()).sheet_by_index(0)
        return wizard, [sheet.row_values(row) for row in range(1, sheet.nrows)]

    def test_same_rows_as_the_orm(self):
        self.create_member(name='Export Flux & <Cie>', ccis_state='dormant',
                           ccis_registration_date='2019-05-02', phone='+212 537 00 00 00')
        wizard, rows = self._rows()
        members = self.Partner.search(wizard._domain(), order='name, id')
        self.assertEqual([row[0] for row in rows], members.mapped('name'))
        states = dict(self.Partner._fields['ccis_state']._description_selection(self.env))
        for row, member in zip(rows, members):
            self.assertEqual(row[4], member.ccis_ice or '')
            self.assertEqual(row[5], member.ccis_rc or '')
            self.assertEqual(row[13], member.ccis_province_id.name or '')
            self.assertEqual(row[15], member.ccis_site_id.name or '')
            self.assertEqual(row[18], member.phone or '')
            self.assertEqual(row[22], states.get(member.ccis_state, ''))
        row = rows[[r[0] for r in rows].index('Export Flux & <Cie>')]
        self.assertEqual(row[23], '2019-05-02')  # as the ORM reads a date (text)

    def test_only_rows_the_user_may_read(self):
        self.env.ref('base.group_user').write({'implied_ids': [
            (4, self.env.ref('ccis_member.group_ccis_member_site_read').id)]})
        self.env['ir.rule'].clear_caches()
        wizard, rows = self._rows(self.user_agent)
        names = [row[0] for row in rows]
        self.assertIn('Société Test Rabat', names)
        self.assertNotIn('Société Test Kénitra', names)
        readable = self.Partner.sudo(self.user_agent).search(wizard._domain(), order='name, id')
        self.assertEqual(names, readable.mapped('name'))

    def test_filters_apply(self):
        _wizard, rows = self._rows(site_id=self.site_kenitra.id)
        self.assertIn('Société Test Kénitra', [row[0] for row in rows])
        self.assertEqual({row[15] for row in rows}, {self.site_kenitra.name})

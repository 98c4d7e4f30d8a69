import base64

import xlrd

from .common import MemberCase, csv_file, new_ice, xlsx_file

HEADER = ['Raison sociale', 'Raison sociale (arabe)', 'Type', 'Forme juridique', 'ICE', 'RC',
          'Tribunal', 'IF', 'Secteur', 'Province', 'Ville', 'Téléphone', 'Statut',
          "Date d'inscription"]


class TestImport(MemberCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ice1, cls.ice2, cls.ice3 = new_ice(), new_ice(), new_ice()
        cls.good_rows = [
            HEADER,
            ['Tissage Zemmour', 'نسيج زمور', 'Société', 'SARL', cls.ice1, '88001',
             'Tribunal de première instance de Khémisset', '1234567', 'IND-TEXT', 'Khémisset',
             'Khémisset', '0537 55 00 11', 'Actif', '15/03/2021'],
            ['Coopérative Al Baraka', 'تعاونية البركة', 'Coopérative', 'COOP', cls.ice2, '',
             '', '', 'Poterie et céramique', 'Salé', 'Salé', '', 'Prospect', ''],
            ['Kénitra Froid Industriel', 'القنيطرة للتبريد الصناعي', 'Société', 'SA', '', '88002',
             'TPI-KENITRA', '12345678', 'IND-IMME', 'Kénitra', 'Kénitra', '', 'Actif', ''],
        ]

    def _wizard(self, rows, name='ressortissants.xlsx', builder=xlsx_file):
        return self.env['ccis.member.import.wizard'].create({
            'file': builder(rows), 'file_name': name})

    def _members(self):
        return self.Partner.search([('ccis_rc', 'in', ['88001', '88002'])]) | \
            self.Partner.search([('ccis_ice', '=', self.ice2)])

    def test_good_file_creates_members(self):
        wizard = self._wizard(self.good_rows)
        wizard.action_import()
        self.assertEqual(wizard.state, 'done')
        self.assertEqual(wizard.create_count, 3)
        member = self.Partner.search([('ccis_ice', '=', self.ice1)])
        self.assertEqual(member.ccis_name_ar, 'نسيج زمور')
        self.assertEqual(member.ccis_province_id, self.province_khemisset)
        self.assertEqual(member.ccis_court_id.code, 'TPI-KHEMISSET')
        self.assertEqual(member.ccis_state, 'active')
        self.assertEqual(member.ccis_registration_date, '2021-03-15')
        coop = self.Partner.search([('ccis_ice', '=', self.ice2)])
        self.assertEqual(coop.ccis_member_kind, 'cooperative')
        self.assertEqual(coop.ccis_sector_id, self.sector_pottery)

    def test_csv_file(self):
        wizard = self._wizard(self.good_rows, 'ressortissants.csv', csv_file)
        wizard.action_import()
        self.assertEqual(wizard.state, 'done')
        self.assertEqual(len(self._members()), 3)

    def test_check_only_writes_nothing(self):
        wizard = self._wizard(self.good_rows)
        wizard.action_check()
        self.assertEqual(wizard.error_count, 0)
        self.assertFalse(self._members())

    def test_bad_rows_nothing_written(self):
        rows = [list(r) for r in self.good_rows]
        rows[1][4] = '001561191000065'   # bad ICE
        rows[3][9] = 'Kenitraa'          # unknown province
        wizard = self._wizard(rows)
        wizard.action_import()
        self.assertEqual(wizard.state, 'error')
        self.assertFalse(self._members())
        self.assertEqual(sorted(set(wizard.line_ids.mapped('row'))), [2, 4])

    def test_bad_row_reasons_and_suggestion(self):
        rows = [list(r) for r in self.good_rows]
        rows[1][4] = '001561191000065'
        rows[3][9] = 'Kenitraa'
        wizard = self._wizard(rows)
        wizard.action_import()
        ice_line = wizard.line_ids.filtered(lambda line: line.row == 2)
        self.assertIn("n'est pas valide", ice_line.message)
        province_line = wizard.line_ids.filtered(lambda line: line.row == 4)
        self.assertIn('Kenitraa', province_line.message)
        self.assertIn('Kénitra', province_line.suggestion)

    def test_report_xlsx_lists_bad_rows(self):
        rows = [list(r) for r in self.good_rows]
        rows[2][8] = 'Poterie et ceramiques'
        wizard = self._wizard(rows)
        wizard.action_import()
        book = xlrd.open_workbook(file_contents=base64.b64decode(wizard.report_file))
        sheet = book.sheet_by_index(0)
        self.assertEqual(sheet.cell_value(0, 4), 'Motif')
        self.assertEqual(sheet.nrows, 2)
        self.assertEqual(int(sheet.cell_value(1, 0)), 3)
        self.assertIn('Poterie et céramique', sheet.cell_value(1, 5))

    def test_duplicate_ice_within_file(self):
        rows = [list(r) for r in self.good_rows]
        rows[2][4] = self.ice1
        wizard = self._wizard(rows)
        wizard.action_import()
        self.assertEqual(wizard.state, 'error')
        self.assertIn('double dans le fichier', wizard.line_ids.message)
        self.assertFalse(self._members())

    def test_reimport_updates_never_duplicates(self):
        self._wizard(self.good_rows).action_import()
        rows = [list(r) for r in self.good_rows]
        rows[1][10] = 'Tiflet'
        wizard = self._wizard(rows)
        wizard.action_import()
        self.assertEqual((wizard.create_count, wizard.update_count), (0, 3))
        self.assertEqual(len(self._members()), 3)
        member = self.Partner.search([('ccis_ice', '=', self.ice1)])
        self.assertEqual(member.city, 'Tiflet')

    def test_reimport_matches_rc_and_court_without_ice(self):
        self._wizard(self.good_rows).action_import()
        rows = [list(r) for r in self.good_rows]
        rows[3][11] = '0537 37 37 37'
        self._wizard(rows).action_import()
        member = self.Partner.search([('ccis_rc', '=', '88002')])
        self.assertEqual(len(member), 1)
        self.assertEqual(member.phone, '0537 37 37 37')

    def test_existing_ice_is_updated(self):
        rows = [HEADER, [self.member_rabat.name, '', '', '', self.member_rabat.ccis_ice, '', '',
                         '', '', 'Rabat', 'Rabat Agdal', '', '', '']]
        wizard = self._wizard(rows)
        wizard.action_import()
        self.assertEqual(wizard.update_count, 1)
        self.assertEqual(self.member_rabat.city, 'Rabat Agdal')

    def test_reimport_status_change_recorded(self):
        self._wizard(self.good_rows).action_import()
        rows = [list(r) for r in self.good_rows]
        rows[1][12] = 'En sommeil'
        self._wizard(rows).action_import()
        member = self.Partner.search([('ccis_ice', '=', self.ice1)])
        self.assertEqual(member.ccis_state, 'dormant')
        self.assertIn('Import du fichier', member.ccis_status_history_ids[0].reason)

    def test_missing_name_column_refused(self):
        from odoo.exceptions import UserError
        with self.assertRaisesRegex(UserError, "Raison sociale"):
            self._wizard([['ICE'], [self.ice1]]).action_import()


class TestBulkCreate(MemberCase):

    def test_bulk_create_computes_like_create(self):
        ice = new_ice()
        members = self.Partner._ccis_bulk_create([
            {'name': 'Coopérative Al Massira', 'ccis_member_kind': 'cooperative',
             'ccis_ice': ice[:5] + ' ' + ice[5:], 'ccis_province_id': self.province_kenitra.id,
             'ccis_sector_id': self.sector_pottery.id, 'ccis_members_women': 12,
             'ccis_members_men': 3, 'is_company': True},
        ], reason='Reprise du fichier 2025')
        member = members[0]
        self.assertEqual(member.ccis_ice, ice)
        self.assertEqual(member.ccis_site_id, self.site_kenitra)
        self.assertEqual(member.ccis_region_id, self.province_kenitra.region_id)
        self.assertEqual(member.ccis_category_id.code, 'artisanat')
        self.assertEqual(member.ccis_members_total, 15)
        self.assertEqual(member.commercial_partner_id, member)
        self.assertEqual(member.display_name, 'Coopérative Al Massira')
        self.assertEqual(member.ccis_state, 'prospect')
        self.assertEqual(member.ccis_status_history_ids.reason, 'Reprise du fichier 2025')
        self.assertEqual(member.ccis_name_key, 'cooperative massira')

    def test_bulk_create_refuses_taken_ice(self):
        from odoo.exceptions import ValidationError
        with self.assertRaisesRegex(ValidationError, "déjà celui du ressortissant « Société "
                                                     "Test Rabat »"):
            self.Partner._ccis_bulk_create([{'name': 'Copie',
                                             'ccis_ice': self.member_rabat.ccis_ice}])

    def test_bulk_create_checks_identifiers(self):
        from odoo.exceptions import ValidationError
        with self.assertRaisesRegex(ValidationError, "n'est pas valide"):
            self.Partner._ccis_bulk_create([{'name': 'Faux', 'ccis_ice': '001561191000065'}])

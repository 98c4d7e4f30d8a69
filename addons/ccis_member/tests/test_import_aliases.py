import base64

import xlrd

from odoo.exceptions import AccessError, ValidationError

from .common import MemberCase, csv_file, new_ice

# a registry as chambers keep it: their own column titles, plain words and abbreviations for
# legal forms and kinds, Arabic, "Préfecture de ...", sector names of everyday speech
CHAMBER_HEADER = ['N°', 'Raison sociale', 'Forme juridique', 'Type', 'ICE',
                  "Secteur d'activité", 'Province', 'Ville', "Date d'inscription"]


class TestImportAliases(MemberCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.chamber_rows = [CHAMBER_HEADER] + [[str(i)] + r for i, r in enumerate([
            ['Atlas Textile Rabat', 'S.A.R.L', 'Société', new_ice(), 'Textile',
             'Préfecture de Rabat', 'Rabat', '15/03/2021'],
            ['Coopérative Nour Salé', 'Coopérative', 'Coopérative', '', 'Poterie', 'Salé',
             'Salé', '02/05/2019'],
            ['Association des commerçants du Gharb', 'Association', 'Association', '',
             'Commerce de détail', 'Kenitra', 'Kénitra', '2020-01-10'],
            ['Menuiserie Amal', 'Personne physique', 'Artisan', '', 'Menuiserie',
             'Province de Khémisset', 'Tiflet', ''],
            ['Dar Zellige Témara', 'SARL AU', '', new_ice(), 'Zellige', 'Témara', 'Témara', ''],
            ['شركة النور للنسيج', 'ش.م.م', 'شركة', '', 'النسيج والألبسة', 'الرباط', 'الرباط', ''],
            ['تعاونية الأمل', 'تعاونية', 'تعاونية', '', 'فخار', 'عمالة سلا', 'سلا', ''],
            ['Gharb Transport', 'Auto-entrepreneur', 'Auto entrepreneur', '', 'Transport',
             'Sidi Slimane', 'Sidi Slimane', ''],
            ['Hôtel Bouregreg', 'S.A.', 'Ste', new_ice(), 'Hôtellerie', 'RABAT', 'Rabat', ''],
            ['Agro Zemmour', 'sarl', 'SARL', '', 'Agroalimentaire', 'Khemisset', 'Khémisset',
             ''],
        ], start=1)]

    def form(self, code):
        return self.env['ccis.member.legal.form'].search([('code', '=', code)])

    def sector(self, code):
        return self.env['ccis.member.sector'].search([('code', '=', code)])

    def _import(self, rows, user=None):
        return self.import_file(rows, user, builder=lambda r: csv_file(r, encoding='utf-8-sig'))

    def _member(self, name):
        return self.Partner.search([('name', '=', name)])

    def test_file_as_chambers_keep_it_is_imported(self):
        wizard = self._import(self.chamber_rows, self.user_direction)
        self.assertEqual(wizard.state, 'done', wizard.line_ids.mapped('message'))
        self.assertEqual(wizard.create_count, 10)
        expected = {
            'Atlas Textile Rabat': ('SARL', 'company', 'IND-TEXT', 'rabat'),
            'Coopérative Nour Salé': ('COOP', 'cooperative', 'ART-POT', 'sale'),
            'Association des commerçants du Gharb': ('ASSO', 'association', 'COM-DET',
                                                     'kenitra'),
            'Menuiserie Amal': ('EI', 'trader', 'ART-BOIS', 'khemisset'),
            'Dar Zellige Témara': ('SARLAU', 'company', 'ART-ZEL', 'skhirate_temara'),
            'شركة النور للنسيج': ('SARL', 'company', 'IND-TEXT', 'rabat'),
            'تعاونية الأمل': ('COOP', 'cooperative', 'ART-POT', 'sale'),
            'Gharb Transport': ('AE', 'auto_entrepreneur', 'SRV-TRANS', 'sidi_slimane'),
            'Hôtel Bouregreg': ('SA', 'company', 'SRV-TOUR', 'rabat'),
            'Agro Zemmour': ('SARL', 'company', 'IND-AGRO', 'khemisset'),
        }
        for name, (form, kind, sector, province) in expected.items():
            member = self._member(name)
            self.assertEqual(
                (member.ccis_legal_form_id.code, member.ccis_member_kind,
                 member.ccis_sector_id.code, member.ccis_province_id),
                (form, kind, sector, self.env.ref('ccis_base.ccis_province_%s' % province)),
                name)

    def test_close_matches_are_suggested_then_accepted_in_one_click(self):
        rows = [CHAMBER_HEADER,
                ['1', 'Coopérative Argane', 'Cooperatve', '', '', 'Poterie et ceramiques',
                 'Kenitraa', 'Kénitra', ''],
                ['2', 'Ferronnerie Sbai', 'SARL', '', '', 'Ferronerie', 'Rabat', 'Rabat', '']]
        wizard = self._import(rows, self.user_direction)
        self.assertEqual(wizard.state, 'suggest')
        self.assertFalse(self._member('Coopérative Argane'))
        suggestions = wizard.line_ids.filtered(lambda line: line.kind == 'suggestion')
        self.assertEqual(len(suggestions), 4)
        province = suggestions.filtered(lambda line: line.value == 'Kenitraa')
        self.assertEqual(province.suggestion, self.province_kenitra.display_name)
        self.assertEqual(province.column, 'Province (G)')
        self.assertIn('lu(e) comme', province.message)
        wizard.action_accept_suggestions()
        self.assertEqual(wizard.state, 'done')
        member = self._member('Coopérative Argane')
        self.assertEqual(member.ccis_province_id, self.province_kenitra)
        self.assertEqual(member.ccis_legal_form_id, self.form('COOP'))
        self.assertEqual(member.ccis_member_kind, 'cooperative')
        self.assertEqual(member.ccis_sector_id, self.sector_pottery)
        self.assertEqual(self._member('Ferronnerie Sbai').ccis_sector_id, self.sector('ART-DIN'))
        # the import report keeps the applied suggestions
        self.assertEqual(set(wizard.line_ids.mapped('kind')), {'note'})
        sheet = xlrd.open_workbook(
            file_contents=base64.b64decode(wizard.report_file)).sheet_by_index(0)
        self.assertEqual(sheet.nrows, 5)
        self.assertIn('Kenitraa', sheet.col_values(3))

    def test_ambiguous_or_far_values_stay_errors(self):
        rows = [CHAMBER_HEADER,
                ['1', 'Forme Ambiguë', 'SARLU', '', '', '', 'Rabat', '', ''],
                ['2', 'Province Inconnue', 'SARL', '', '', '', 'Atlantide', '', '']]
        wizard = self._import(rows, self.user_direction)
        self.assertEqual(wizard.state, 'error')
        ambiguous = wizard.line_ids.filtered(lambda line: line.row == 2)
        self.assertEqual(ambiguous.kind, 'error')
        self.assertIn('SARL', ambiguous.suggestion)
        self.assertIn('SARL à associé unique', ambiguous.suggestion)
        self.assertFalse(self._member('Forme Ambiguë') | self._member('Province Inconnue'))

    def test_an_error_elsewhere_blocks_accepting(self):
        rows = [CHAMBER_HEADER,
                ['1', 'Suggestion', 'SARL', '', '', '', 'Kenitraa', '', ''],
                ['2', '', 'SARL', '', '', '', 'Rabat', '', '']]
        wizard = self._import(rows, self.user_direction)
        self.assertEqual(wizard.state, 'error')
        self.assertEqual(wizard.error_count, 1)
        self.assertEqual(wizard.suggestion_count, 1)

    def test_aliases_are_data_an_administrator_edits(self):
        Alias = self.env['ccis.member.alias']
        rows = [CHAMBER_HEADER, ['1', 'Ets Bennani', 'Etablissement', '', '', '', 'Rabat', '',
                                 '']]
        self.assertEqual(self._import(rows, self.user_direction).state, 'error')
        Alias.create({'name': 'Établissement', 'category': 'legal_form',
                      'legal_form_id': self.form('EI').id})
        wizard = self._import(rows, self.user_direction)
        self.assertEqual(wizard.state, 'done')
        self.assertEqual(self._member('Ets Bennani').ccis_legal_form_id, self.form('EI'))
        self.assertEqual(self._member('Ets Bennani').ccis_member_kind, 'trader')

    def test_alias_checks(self):
        Alias = self.env['ccis.member.alias']
        with self.assertRaisesRegex(ValidationError, 'Forme juridique'):
            Alias.create({'name': 'X', 'category': 'legal_form',
                          'sector_id': self.sector_textile.id})
        with self.assertRaisesRegex(ValidationError, 'au moins une lettre'):
            Alias.create({'name': '...', 'category': 'kind', 'member_kind': 'company'})
        alias = Alias.create({'name': 'Province de Tiflet', 'category': 'province',
                              'province_id': self.province_khemisset.id})
        self.assertEqual(alias.key, 'tiflet')
        self.assertEqual(alias.target_name, self.province_khemisset.display_name)

    def test_staff_read_aliases_but_only_administrators_edit_them(self):
        Alias = self.env['ccis.member.alias']
        self.assertTrue(Alias.sudo(self.user_agent).search_count([]))
        with self.assertRaises(AccessError):
            Alias.sudo(self.user_direction).create({
                'name': 'Sarl Maroc', 'category': 'legal_form',
                'legal_form_id': self.form_sarl.id})

from odoo.exceptions import AccessError, UserError

from .common import EconomicWatchCommon, xlsx


class TestImport(EconomicWatchCommon):
    """XLSX import: every row is checked first; one bad row and nothing is written, with a
    French message naming each bad row and column."""

    def _import(self, rows, user=None, header=None):
        wizard = self.env['ccis.economic.value.import'].sudo(user or self.staff).create({
            'file': xlsx(rows, header), 'file_name': 'series.xlsx'})
        return wizard, wizard.action_import()

    def _test_values(self):
        return self.Value.search([('indicator_id', 'in', (self.creations | self.exports).ids)])

    def test_good_file_is_imported(self):
        rows = [
            ['TVE_CREA', self.el_jadida.code, 2031, None, 1520, None],
            ['TVE_CREA', self.settat.code, 2031, '', '1 234,5', 'OMPIC Settat'],
            ['TVE_CREA', self.region.code, 2031, None, 2754.5, None],
            [None, None, None, None, None, None],
            ['TVE_EXP', self.region.code, '2032', 'T2', 10410.7, None],
            ['TVE_EXP', self.region.code, 2032, 3, 9120.4, None],
        ]
        wizard, action = self._import(rows)
        self.assertEqual(wizard.value_count, 5)
        values = self._test_values()
        self.assertEqual(set(action['domain'][0][2]), set(values.ids))
        by_key = {(v.indicator_id.code, v.territory_code, v.period_code): v for v in values}
        self.assertEqual(set(by_key), {
            ('TVE_CREA', self.el_jadida.code, '2031'), ('TVE_CREA', self.settat.code, '2031'),
            ('TVE_CREA', self.region.code, '2031'), ('TVE_EXP', self.region.code, '2032-T2'),
            ('TVE_EXP', self.region.code, '2032-T3')})
        settat = by_key[('TVE_CREA', self.settat.code, '2031')]
        self.assertEqual((settat.value, settat.source, settat.region_id),
                         (1234.5, 'OMPIC Settat', self.region))
        jadida = by_key[('TVE_CREA', self.el_jadida.code, '2031')]
        self.assertEqual((jadida.source, jadida.date, jadida.theme_id),
                         ('OMPIC', '2031-01-01', self.theme))
        regional = by_key[('TVE_CREA', self.region.code, '2031')]
        self.assertFalse(regional.province_id)
        self.assertEqual(regional.territory_name, 'Casablanca-Settat')
        self.assertEqual(by_key[('TVE_EXP', self.region.code, '2032-T3')].date, '2032-07-01')

    def test_bad_rows_are_named_and_nothing_is_written(self):
        rows = [
            ['TVE_CREA', self.el_jadida.code, 2031, None, 1520, None],      # row 2: good
            ['TVE_CREA', self.settat.code, 2031, None, 'n.d.', None],       # row 3
            ['TVE_XXX', self.settat.code, 2031, None, 12, None],            # row 4
            ['TVE_EXP', '99.99', 2032, 'T5', 12, None],                     # row 5
            ['TVE_CREA', self.el_jadida.code, 2031, None, 1600, None],      # row 6: duplicate
        ]
        with self.assertRaises(UserError) as caught:
            self._import(rows)
        message = caught.exception.name
        self.assertIn("aucune valeur enregistrée", message)
        self.assertIn("Ligne 3, colonne « valeur » : « n.d. » n'est pas un nombre.", message)
        self.assertIn("Ligne 4, colonne « code indicateur » : aucun indicateur n'a le code "
                      "« TVE_XXX ».", message)
        self.assertIn("Ligne 5, colonne « territoire » : aucune région ni province n'a le code "
                      "« 99.99 »", message)
        self.assertIn("Ligne 5, colonne « trimestre/mois » : « T5 » n'est pas un trimestre",
                      message)
        self.assertIn("Ligne 6, colonne « code indicateur » : même indicateur, territoire et "
                      "période que la ligne 2.", message)
        self.assertNotIn('Ligne 2,', message)
        self.assertFalse(self._test_values())

    def test_value_already_stored_is_refused(self):
        self._value(year=2031)
        with self.assertRaisesRegex(UserError, 'Ligne 2, colonne « code indicateur » : une '
                                               'valeur existe déjà .* la période 2031'):
            self._import([['TVE_CREA', self.el_jadida.code, 2031, None, 5, None]])
        self.assertEqual(len(self._test_values()), 1)

    def test_missing_column(self):
        with self.assertRaisesRegex(UserError, 'colonne\\(s\\) manquante\\(s\\) en ligne 1 : '
                                               'année'):
            self._import([['TVE_CREA', self.el_jadida.code, 5]],
                         header=['Code indicateur', 'Territoire', 'Valeur'])

    def _queries_to_import(self, count, year):
        territories = [self.region.code, self.el_jadida.code, self.settat.code,
                       self.marrakech.code]
        rows = [['TVE_EXP', territories[index % 4], year + index // 16, index // 4 % 4 + 1,
                 index, None] for index in range(count)]
        wizard = self.env['ccis.economic.value.import'].sudo(self.staff).create({
            'file': xlsx(rows), 'file_name': 'series.xlsx'})
        before = self.env.cr.sql_log_count
        wizard.action_import()
        self.assertEqual(wizard.value_count, count)
        return self.env.cr.sql_log_count - before

    def test_queries_do_not_grow_with_rows(self):
        small = self._queries_to_import(8, 2031)
        large = self._queries_to_import(400, 2041)
        self.assertLessEqual(large, small + 5, 'queries: %s for 8 rows, %s for 400 rows'
                             % (small, large))

    def test_audit_and_bureau_cannot_import(self):
        for user in (self.auditor, self.bureau):
            with self.assertRaises(AccessError):
                self._import([['TVE_CREA', self.el_jadida.code, 2031, None, 5, None]],
                             user=user)
            self.env.clear()
        self.assertFalse(self._test_values())

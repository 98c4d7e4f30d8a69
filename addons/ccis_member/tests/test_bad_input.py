"""Bad input, everywhere it enters the member registry: a corpus of small generated files
(and one of 100,000 rows), each either stored safely or refused with a French message naming
the row and the column, never a traceback, never a partial write. README.md, section
"Bad input", lists the cases and their outcomes."""
import base64
import datetime
import io
import zipfile

import xlsxwriter
from lxml import etree

from odoo.exceptions import UserError

from ..tools.identifiers import make_ice
from .common import MemberCase, csv_file, new_ice

HEADER = ['Raison sociale', 'ICE', 'IF', 'RC', 'Tribunal', 'Province', "Date d'inscription",
          'Femmes']
ARABIC_DIGITS = str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩')
FORMULAS = ['=HYPERLINK("http://exemple.ma";"Cliquez")', '+212 537 00 00 00', '-1+1',
            '@SUM(A1:A9)']


# template -> expressions it may print raw: server-built markup that escapes its data
RAW_MARKUP = {
    # SVG charts of ccis_activity/tools/chart.py (every label goes through escape())
    'ccis_activity.report_activity_review_document': ('chart[',),
}


def row(name, ice='', if_='', rc='', court='', province='Rabat', date='', women=''):
    return [name, ice, if_, rc, court, province, date, women]


class TestBadInput(MemberCase):

    def setUp(self):
        super().setUp()
        self.before = self.Partner.with_context(active_test=False).search_count([])

    def _import(self, rows, name='ressortissants.csv', builder=csv_file, **kwargs):
        wizard = self.env['ccis.member.import.wizard'].create({
            'file': builder(rows, **kwargs), 'file_name': name})
        wizard.action_import()
        return wizard

    def _raw(self, content, name):
        return self.env['ccis.member.import.wizard'].create({
            'file': base64.b64encode(content), 'file_name': name})

    def _member(self, name):
        return self.Partner.search([('name', '=', name)])

    def assertNothingWritten(self):
        self.assertEqual(self.Partner.with_context(active_test=False).search_count([]),
                         self.before)

    def assertRefused(self, wizard, line_no, column, text):
        """The import is refused, nothing is written, and the line ``line_no`` names
        ``column`` and says ``text``."""
        self.assertEqual(wizard.state, 'error')
        self.assertNothingWritten()
        lines = wizard.line_ids.filtered(lambda line: line.row == line_no)
        self.assertTrue(lines, 'no problem reported on row %s' % line_no)
        self.assertIn(column, lines.mapped('column'))
        self.assertIn(text, ' '.join(lines.mapped('message')))

    # ------------------------------------------------------------------ identifiers
    def test_identifiers_with_spaces_dots_and_arabic_digits_are_cleaned(self):
        ices = [new_ice() for _i in range(3)]
        spaced = ' '.join(ices[0][i:i + 3] for i in range(0, 15, 3))
        dotted = '.'.join(ices[1][i:i + 3] for i in range(0, 15, 3))
        wizard = self._import([HEADER,
                               row('Ident Espaces', spaced, '12 345 67'),
                               row('Ident Points', dotted, '1.234.568'),
                               row('Ident Arabe', ices[2].translate(ARABIC_DIGITS),
                                   '1234569'.translate(ARABIC_DIGITS),
                                   '4455'.translate(ARABIC_DIGITS), 'TC-RABAT')])
        self.assertEqual(wizard.state, 'done', wizard.line_ids.mapped('message'))
        self.assertEqual(self._member('Ident Espaces').ccis_ice, ices[0])
        self.assertEqual(self._member('Ident Espaces').ccis_if, '1234567')
        self.assertEqual(self._member('Ident Points').ccis_ice, ices[1])
        arabic = self._member('Ident Arabe')
        self.assertEqual((arabic.ccis_ice, arabic.ccis_if, arabic.ccis_rc),
                         (ices[2], '1234569', '4455'))

    def test_arabic_digits_do_not_bypass_ice_uniqueness(self):
        ice = self.member_rabat.ccis_ice
        wizard = self._import([HEADER, row('Doublon Arabe', ice.translate(ARABIC_DIGITS),
                                           province='Rabat')])
        # the same ICE written with other digits is the same member: updated, not duplicated
        self.assertEqual((wizard.state, wizard.update_count), ('done', 1))
        self.assertEqual(self.Partner.search_count([('ccis_ice', '=', ice)]), 1)

    def test_wrong_check_key_names_row_and_column(self):
        ice = new_ice()
        wrong = ice[:-1] + str((int(ice[-1]) + 1) % 10)
        wizard = self._import([HEADER, row('Clé Juste', new_ice()), row('Clé Fausse', wrong)])
        self.assertRefused(wizard, 3, 'ICE (B)', "n'est pas valide (clé de contrôle")

    def test_letters_in_numeric_identifiers(self):
        wizard = self._import([HEADER, row('IF Lettres', if_='12A4567')])
        self.assertRefused(wizard, 2, 'IF (C)', "identifiant fiscal 12A4567")

    def test_rc_without_court(self):
        wizard = self._import([HEADER, row('RC Seul', rc='12345')])
        self.assertRefused(wizard, 2, 'Tribunal (E)', 'accompagné du tribunal')

    # ------------------------------------------------------------------ dates
    def test_dates_in_every_spelling(self):
        expected = '2021-03-15'
        spellings = ['44270', '15/03/21', '2021-03-15', '١٥/٠٣/٢٠٢١', '15.03.2021',
                     '2021-03-15 00:00:00']
        rows = [HEADER] + [row('Date %d' % i, date=value) for i, value in enumerate(spellings)]
        wizard = self._import(rows)
        self.assertEqual(wizard.state, 'done', wizard.line_ids.mapped('message'))
        for i in range(len(spellings)):
            self.assertEqual(self._member('Date %d' % i).ccis_registration_date, expected,
                             spellings[i])

    def test_dates_of_a_workbook(self):
        output = io.BytesIO()
        book = xlsxwriter.Workbook(output, {'in_memory': True})
        sheet = book.add_worksheet()
        sheet.write_row(0, 0, HEADER)
        sheet.write_row(1, 0, row('Date Cellule'))
        sheet.write_datetime(1, 6, datetime.datetime(2021, 3, 15),
                             book.add_format({'num_format': 'dd/mm/yyyy'}))
        sheet.write_row(2, 0, row('Date Nombre'))
        sheet.write_number(2, 6, 44270)
        book.close()
        wizard = self._raw(output.getvalue(), 'classeur.xlsx')
        wizard.action_import()
        self.assertEqual(wizard.state, 'done', wizard.line_ids.mapped('message'))
        self.assertEqual(self._member('Date Cellule').ccis_registration_date, '2021-03-15')
        self.assertEqual(self._member('Date Nombre').ccis_registration_date, '2021-03-15')

    def test_impossible_date_names_row_and_column(self):
        wizard = self._import([HEADER, row('Date OK', date='01/02/2021'),
                               row('Date Impossible', date='31/02/2021')])
        self.assertRefused(wizard, 3, "Date d'inscription (G)", 'Date illisible « 31/02/2021 »')

    def test_whole_numbers(self):
        wizard = self._import([HEADER, row('Femmes Arabe', women='١٢'),
                               row('Femmes Texte', women='douze')])
        self.assertRefused(wizard, 3, 'Femmes (H)', 'Nombre entier positif attendu')
        wizard = self._import([HEADER, row('Femmes Arabe', women='١٢')])
        self.assertEqual(self._member('Femmes Arabe').ccis_members_women, 12)

    # ------------------------------------------------------------------ encodings, separators
    def test_encodings_and_separators(self):
        rows = [HEADER, row('ÉTABLISSEMENTS ÇA VA Hôtel', province='Salé'),
                row('Société Générale Agroalimentaire', province='Kénitra')]
        arabic_rows = [HEADER, row('شركة الأمل للنسيج', province='الرباط'),
                       row('تعاونية البركة', province='القنيطرة')]
        for encoding, sep, data in (
                ('utf-8', ';', rows), ('utf-8-sig', ';', rows), ('utf-8', ',', rows),
                ('latin-1', ';', rows), ('cp1252', ',', rows), ('cp1256', ';', arabic_rows),
                ('utf-8-sig', ',', arabic_rows), ('utf-16', '\t', arabic_rows)):
            with self.subTest(encoding=encoding, separator=sep):
                wizard = self._import(data, sep=sep, encoding=encoding)
                self.assertEqual(wizard.state, 'done', wizard.line_ids.mapped('message'))
                # found by their exact names: decoded right
                first, second = self._member(data[1][0]), self._member(data[2][0])
                self.assertTrue(first and second, (encoding, sep))
                self.assertEqual(second.ccis_province_id, self.province_kenitra)
                (first | second).unlink()

    def test_separator_inside_quoted_names(self):
        text = 'Raison sociale,Province\n"Dupont, Fils et Cie",Rabat\n'
        wizard = self._raw(text.encode(), 'virgules.csv')
        wizard.action_import()
        self.assertEqual(wizard.state, 'done')
        self.assertTrue(self._member('Dupont, Fils et Cie'))

    # ------------------------------------------------------------------ empty and broken files
    def test_empty_header_only_and_unreadable_files(self):
        cases = [
            (b'', 'vide.csv', 'est vide'),
            (b'\n  \n;;\n', 'blanc.csv', 'est vide'),
            ('Raison sociale;ICE\n'.encode(), 'entete.csv', "ne contient que la ligne d'en-tête"),
            ('ICE;Ville\n001;Rabat\n'.encode(), 'sansnom.csv', "pas de colonne « Raison sociale »"),
            (b'%PDF-1.4\x00\x01\x02binaire', 'faux.csv', "n'est pas lisible"),
            (b'PK\x03\x04pas un classeur', 'abime.xlsx', "n'est pas lisible"),
            (b'Raison sociale;Ville\nA;B\n', 'image.png', "n'est pas lisible"),
        ]
        for content, name, message in cases:
            with self.subTest(file=name):
                with self.assertRaisesRegex(UserError, message):
                    self._raw(content, name).action_import()
        self.assertNothingWritten()

    def test_ragged_rows_and_repeated_columns(self):
        text = 'Raison sociale;Ville;Ville;Colonne inconnue\nCourte\nLongue;Rabat;Salé;x;y;z\n'
        wizard = self._raw(text.encode(), 'irregulier.csv')
        wizard.action_import()
        self.assertEqual(wizard.state, 'done')
        self.assertEqual(self._member('Longue').city, 'Rabat')
        self.assertIn('Colonne inconnue', wizard.mapping)

    # ------------------------------------------------------------------ markup in names
    def test_markup_in_names_is_stored_as_text_and_escaped(self):
        name = '<script>alert("x")</script><b>Gras</b> & Fils'
        wizard = self._import([HEADER, row(name)])
        self.assertEqual(wizard.state, 'done')
        member = self._member(name)
        self.assertEqual(member.name, name)
        member._ccis_set_state('active', '<img src=x onerror=alert(1)> reprise')
        body = member.message_ids[0].body
        self.assertIn('&lt;img src=x onerror=alert(1)&gt;', body)
        self.assertNotIn('<img', body)
        # the directory (PDF) shows the name as text
        wizard = self.env['ccis.member.export.wizard'].create({'report': 'directory'})
        html = self.env.ref('ccis_member.ccis_member_directory_report').render_qweb_html(
            wizard.ids)[0].decode()
        self.assertIn('&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;', html.replace(
            '&quot;', '&#34;'))
        self.assertNotIn('<script>alert', html)

    def test_suite_templates_never_print_raw_markup(self):
        """Kanban and QWeb templates of the suite print values with t-esc or t-field
        (escaped); t-raw would print a member's name as markup. Only markup the server
        builds itself, escaping what it embeds, is printed raw (RAW_MARKUP)."""
        views = self.env['ir.ui.view'].search([('type', 'in', ('qweb', 'kanban'))])
        xmlids = views.get_external_id()
        offenders = []
        for view in views:
            xmlid = xmlids.get(view.id, '')
            if not xmlid.startswith('ccis_'):
                continue
            for node in etree.fromstring(view.arch_db.encode()).xpath('//*[@t-raw]'):
                expression = node.get('t-raw')
                if not expression.startswith(RAW_MARKUP.get(xmlid, ())):
                    offenders.append('%s: t-raw="%s"' % (xmlid, expression))
        self.assertFalse(offenders, 'templates with t-raw: %s' % offenders)

    # ------------------------------------------------------------------ formula injection
    def _sheet_xml(self, content):
        archive = zipfile.ZipFile(io.BytesIO(content))
        return ''.join(archive.read(name).decode() for name in archive.namelist()
                       if name.startswith('xl/worksheets/'))

    def test_xlsx_exports_hold_no_formula(self):
        members = self.Partner
        for index, payload in enumerate(FORMULAS):
            members |= self.create_member(
                name='%s %d' % (payload, index), ccis_state='active', phone=payload,
                city=payload, street=payload, ccis_activity=payload)
        for report in ('registry', 'distribution', 'directory'):
            with self.subTest(report=report):
                wizard = self.env['ccis.member.export.wizard'].create({'report': report})
                xml = self._sheet_xml(wizard._xlsx_content())
                self.assertNotIn('<f>', xml)
        import_report = self._import([HEADER] + [row(payload, ice='123') for payload in FORMULAS])
        self.assertEqual(import_report.state, 'error')
        xml = self._sheet_xml(base64.b64decode(import_report.report_file))
        self.assertNotIn('<f>', xml)

    # ------------------------------------------------------------------ size
    def test_100000_rows_validated_in_batches(self):
        """A 100,000-row file is checked entirely with a number of queries independent of
        its size (no query per row); its one bad row, the last, stops everything."""
        lines = ['Raison sociale;ICE;Province;Ville']
        for i in range(99999):
            lines.append('Masse %d;%s;Rabat;Rabat' % (i, make_ice(700000000 + i)))
        lines.append('Masse fin;001561191000065;Rabat;Rabat')
        wizard = self.env['ccis.member.import.wizard'].sudo(self.user_direction).create({
            'file': base64.b64encode('\n'.join(lines).encode()), 'file_name': 'masse.csv'})
        queries = self.env.cr.sql_log_count
        wizard.action_import()
        queries = self.env.cr.sql_log_count - queries
        self.assertEqual(wizard.row_count, 100000)
        self.assertEqual((wizard.state, wizard.error_count), ('error', 1))
        self.assertEqual(wizard.line_ids.row, 100001)
        self.assertLess(queries, 1000)
        self.assertNothingWritten()

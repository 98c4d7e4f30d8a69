"""The member registry's XLSX exports (registry, distribution tables, directory), printed
from the export wizard by the report action ``ccis_member.ccis_member_export_xlsx_report``
(OCA report_xlsx, through ``report.ccis_base.xlsx_abstract``: text cells stay text)."""
import datetime
from collections import OrderedDict

from odoo import _, models

CHUNK = 5000

REGISTRY_COLUMNS = [
    # (field, header)
    ('name', 'Raison sociale'),
    ('ccis_name_ar', 'Raison sociale (arabe)'),
    ('ccis_member_kind', 'Type'),
    ('ccis_legal_form_id', 'Forme juridique'),
    ('ccis_ice', 'ICE'),
    ('ccis_rc', 'RC'),
    ('ccis_court_id', 'Tribunal'),
    ('ccis_if', 'IF'),
    ('ccis_tp', 'Taxe professionnelle'),
    ('ccis_cnss', 'CNSS'),
    ('ccis_sector_id', 'Secteur'),
    ('ccis_category', 'Catégorie'),
    ('ccis_region_id', 'Région'),
    ('ccis_province_id', 'Province'),
    ('ccis_commune_id', 'Commune'),
    ('ccis_site_id', 'Site'),
    ('street', 'Adresse'),
    ('city', 'Ville'),
    ('phone', 'Téléphone'),
    ('email', 'Email'),
    ('ccis_staff_band', 'Effectif'),
    ('ccis_revenue_band', "Chiffre d'affaires"),
    ('ccis_state', 'Statut'),
    ('ccis_registration_date', "Date d'inscription"),
]


class ReportMemberExportXlsx(models.AbstractModel):
    """The workbook of the export chosen in ccis.member.export.wizard, with its filters."""

    _name = 'report.ccis_member.report_member_export_xlsx'
    _inherit = 'report.ccis_base.xlsx_abstract'
    _description = 'Exports du registre des ressortissants (XLSX)'

    def _get_workbook_options(self, wizards):
        # constant_memory: the registry's rows are flushed to disk as they are written
        return {'constant_memory': wizards[:1].report == 'registry'}

    def generate_xlsx_report(self, workbook, data, wizards):
        wizard = wizards.ensure_one()
        getattr(self, '_build_%s' % wizard.report)(wizard, workbook, self._formats(workbook))

    def _formats(self, book):
        return {
            'title': book.add_format({'bold': True, 'font_size': 14}),
            'header': book.add_format({'bold': True, 'bg_color': '#1F4E79',
                                       'font_color': '#FFFFFF', 'border': 1}),
            'bold': book.add_format({'bold': True}),
            'total': book.add_format({'bold': True, 'top': 1}),
            'date': book.add_format({'num_format': 'dd/mm/yyyy'}),
        }

    def _selections(self):
        Partner = self.env['res.partner']
        result = {}
        for fname, _label in REGISTRY_COLUMNS:
            field = Partner._fields[fname]
            if field.type == 'selection':
                result[fname] = dict(field._description_selection(self.env))
        return result

    # registry rows are read in SQL (ids come from an ORM search, so access rules apply):
    # many2one columns joined to their labels instead of one name_get per chunk and field
    _REGISTRY_JOINS = {
        'ccis_legal_form_id': ('ccis_member_legal_form', 'name'),
        'ccis_court_id': ('ccis_member_court', 'name'),
        'ccis_sector_id': ('ccis_member_sector', 'complete_name'),
        'ccis_region_id': ('ccis_region', 'name'),
        'ccis_province_id': ('ccis_province', 'name'),
        'ccis_commune_id': ('ccis_commune', 'name'),
        'ccis_site_id': ('ccis_site', 'name'),
    }

    def _registry_query(self):
        select, joins = [], []
        for index, (fname, _header) in enumerate(REGISTRY_COLUMNS):
            if fname in self._REGISTRY_JOINS:
                table, column = self._REGISTRY_JOINS[fname]
                alias = 'j%d' % index
                joins.append('LEFT JOIN %s %s ON %s.id = p.%s' % (table, alias, alias, fname))
                select.append('%s.%s' % (alias, column))
            else:
                select.append('p.%s' % fname)
        return 'SELECT %s FROM res_partner p %s WHERE p.id = ANY(%%s) ORDER BY p.name, p.id' % (
            ', '.join(select), ' '.join(joins))

    def _build_registry(self, wizard, book, fmt):
        sheet = book.add_worksheet(_('Registre'))
        for col, (_fname, header) in enumerate(REGISTRY_COLUMNS):
            sheet.write(0, col, _(header), fmt['header'])
        sheet.freeze_panes(1, 0)
        sheet.set_column(0, 1, 32)
        sheet.set_column(2, len(REGISTRY_COLUMNS) - 1, 18)
        Partner = self.env['res.partner']
        ids = Partner.search(wizard._domain(), order='name, id').ids
        selections = self._selections()
        query = self._registry_query()
        text_columns = {i for i, (f, _h) in enumerate(REGISTRY_COLUMNS) if f in (
            'ccis_ice', 'ccis_rc', 'ccis_if', 'ccis_tp', 'ccis_cnss', 'phone')}
        select_columns = {i: selections[f] for i, (f, _h) in enumerate(REGISTRY_COLUMNS)
                          if f in selections}
        row = 1
        for start in range(0, len(ids), CHUNK):
            self.env.cr.execute(query, (ids[start:start + CHUNK],))
            for values in self.env.cr.fetchall():
                for col, value in enumerate(values):
                    if col in select_columns:
                        value = select_columns[col].get(value, value)
                    if value is None or value is False:
                        continue
                    if col in text_columns:
                        sheet.write_string(row, col, value)
                    elif isinstance(value, datetime.date):
                        sheet.write_datetime(row, col, value, fmt['date'])
                    else:
                        sheet.write(row, col, value)
                row += 1
        sheet.autofilter(0, 0, max(row - 1, 1), len(REGISTRY_COLUMNS) - 1)
        return row - 1

    def _crosstab(self, wizard, sheet, fmt, top, title, row_field, col_field):
        """Write a table of member counts ``row_field`` x ``col_field``; return next row."""
        Partner = self.env['res.partner']
        groups = Partner.read_group(wizard._domain(), [row_field, col_field],
                                    [row_field, col_field], lazy=False)

        def label(fname, value):
            field = Partner._fields[fname]
            if field.type == 'selection':
                return dict(field._description_selection(self.env)).get(value, value) \
                    or _('Non renseigné')
            return value[1] if value else _('Non renseigné')
        table, cols = OrderedDict(), OrderedDict()
        for group in groups:
            r, c = label(row_field, group[row_field]), label(col_field, group[col_field])
            cols[c] = True
            table.setdefault(r, {})[c] = table.get(r, {}).get(c, 0) + group['__count']
        sheet.write(top, 0, title, fmt['title'])
        headers = [Partner._fields[row_field].get_description(self.env)['string']] + \
            list(cols) + [_('Total')]
        for col, header in enumerate(headers):
            sheet.write(top + 1, col, header, fmt['header'])
        row = top + 2
        totals = dict.fromkeys(cols, 0)
        for r in sorted(table):
            sheet.write(row, 0, r, fmt['bold'])
            for col, c in enumerate(cols, start=1):
                count = table[r].get(c, 0)
                totals[c] += count
                sheet.write_number(row, col, count)
            sheet.write_number(row, len(cols) + 1, sum(table[r].values()), fmt['bold'])
            row += 1
        sheet.write(row, 0, _('Total'), fmt['total'])
        for col, c in enumerate(cols, start=1):
            sheet.write_number(row, col, totals[c], fmt['total'])
        sheet.write_number(row, len(cols) + 1, sum(totals.values()), fmt['total'])
        return row + 3

    def _build_distribution(self, wizard, book, fmt):
        sheet = book.add_worksheet(_('Répartitions'))
        sheet.set_column(0, 0, 36)
        sheet.set_column(1, 12, 14)
        row = 0
        for title, row_field, col_field in (
                (_('Répartition par région et par statut'), 'ccis_region_id', 'ccis_state'),
                (_('Répartition par catégorie et par type'), 'ccis_category',
                 'ccis_member_kind'),
                (_('Répartition par province et par catégorie'), 'ccis_province_id',
                 'ccis_category'),
                (_('Répartition par site et par statut'), 'ccis_site_id', 'ccis_state'),
                (_('Répartition par type et par statut'), 'ccis_member_kind', 'ccis_state')):
            row = self._crosstab(wizard, sheet, fmt, row, title, row_field, col_field)
        return row

    def _build_directory(self, wizard, book, fmt):
        sheet = book.add_worksheet(_('Annuaire'))
        headers = [_('Raison sociale'), _('Raison sociale (arabe)'), _('Activité'),
                   _('Adresse'), _('Ville'), _('Téléphone'), _('Email'), _('Site web')]
        sheet.set_column(0, 1, 34)
        sheet.set_column(2, 7, 22)
        row = 0
        count = 0
        for sector, members in wizard._directory_groups():
            sheet.write(row, 0, sector, fmt['title'])
            row += 1
            for col, header in enumerate(headers):
                sheet.write(row, col, header, fmt['header'])
            row += 1
            for rec in members:
                values = [rec['name'], rec['ccis_name_ar'], rec['ccis_activity'], rec['street'],
                          rec['city'], rec['phone'], rec['email'], rec['website']]
                for col, value in enumerate(values):
                    sheet.write_string(row, col, value or '')
                row += 1
                count += 1
            row += 1
        return count

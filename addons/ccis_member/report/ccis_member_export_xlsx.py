"""The member registry's XLSX exports (registry, distribution tables, directory), printed
from the export wizard by the report action ``ccis_member.ccis_member_export_xlsx_report``
(OCA report_xlsx, through ``report.ccis_base.xlsx_abstract``: text cells stay text). The
registry is streamed by ``tools/xlsx_stream.py`` (text cells stay text there too)."""
import tempfile
from collections import OrderedDict

from odoo import _, models

from ..tools import xlsx_stream

# the registry's columns (their headers: ReportMemberExportXlsx._registry_headers)
REGISTRY_COLUMNS = [
    'name', 'ccis_name_ar', 'ccis_member_kind', 'ccis_legal_form_id', 'ccis_ice', 'ccis_rc',
    'ccis_court_id', 'ccis_if', 'ccis_tp', 'ccis_cnss', 'ccis_sector_id', 'ccis_category_id',
    'ccis_region_id', 'ccis_province_id', 'ccis_commune_id', 'ccis_site_id', 'street', 'city',
    'phone', 'email', 'ccis_staff_band', 'ccis_revenue_band', 'ccis_state', 'ccis_registration_date',
]


class ReportMemberExportXlsx(models.AbstractModel):
    """The workbook of the export chosen in ccis.member.export.wizard, with its filters."""

    _name = 'report.ccis_member.report_member_export_xlsx'
    _inherit = 'report.ccis_base.xlsx_abstract'
    _description = 'Member Register Exports (XLSX)'

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
        for fname in REGISTRY_COLUMNS:
            field = Partner._fields[fname]
            if field.type == 'selection':
                result[fname] = dict(field._description_selection(self.env))
        return result

    # The registry is streamed (tools/xlsx_stream.py): its rows are read in SQL by a
    # server-side cursor, in the order of the export, from the query Odoo's search would run
    # (the wizard's filters and the user's record rules), with the many2one columns joined to
    # their labels; nothing is kept of the rows once written. A million members: < 1 min,
    # and the same memory as a thousand.
    _REGISTRY_JOINS = {
        'ccis_legal_form_id': ('ccis_member_legal_form', 'name'),
        'ccis_court_id': ('ccis_member_court', 'name'),
        'ccis_sector_id': ('ccis_member_sector', 'complete_name'),
        'ccis_category_id': ('ccis_member_category', 'name'),
        'ccis_region_id': ('ccis_region', 'name'),
        'ccis_province_id': ('ccis_province', 'name'),
        'ccis_commune_id': ('ccis_commune', 'name'),
        'ccis_site_id': ('ccis_site', 'name'),
    }

    def _registry_query(self, wizard):
        """``(query, params)`` of the registry's rows that the user may read, as
        ``res.partner.search(wizard._domain(), order='name, id')`` selects them: the same
        where clause (``_where_calc`` and ``_apply_ir_rules``), read in SQL."""
        Partner = self.env['res.partner']
        Partner.check_access_rights('read')
        query = Partner._where_calc(wizard._domain())
        Partner._apply_ir_rules(query, 'read')
        from_clause, where_clause, params = query.get_sql()
        table = '"%s"' % Partner._table
        # the table keeps its name (the where clause and its subqueries name it); the
        # columns' labels are joined beside it
        select, joins = [], []
        for index, fname in enumerate(REGISTRY_COLUMNS):
            if fname in self._REGISTRY_JOINS:
                join_table, column = self._REGISTRY_JOINS[fname]
                alias = 'ccis_j%d' % index
                joins.append('LEFT JOIN "%s" %s ON %s.id = %s."%s"' % (
                    join_table, alias, alias, table, fname))
                select.append('%s."%s"' % (alias, column))
            else:
                select.append('%s."%s"' % (table, fname))
        if from_clause != table:
            # (joined domains or rules): the ids selected as search does
            where_clause = '%s.id IN (SELECT %s.id FROM %s%s)' % (
                table, table, from_clause, ' WHERE %s' % where_clause if where_clause else '')
            params = list(params)
        return 'SELECT %s FROM %s %s WHERE %s ORDER BY %s.name, %s.id' % (
            ', '.join(select), table, ' '.join(joins), where_clause or 'TRUE', table,
            table), params

    def _registry_rows(self, wizard, size=2000):
        """The registry's rows (tuples of the values of ``REGISTRY_COLUMNS``, selections as
        their labels), read by a server-side cursor ``size`` rows at a time."""
        query, params = self._registry_query(wizard)
        selections = [self._selections().get(fname) for fname in REGISTRY_COLUMNS]
        mapped = [(index, labels) for index, labels in enumerate(selections) if labels]
        cursor = self.env.cr._cnx.cursor('ccis_member_export_%d' % id(wizard))
        try:
            cursor.itersize = size
            cursor.execute(query, params)
            while True:
                batch = cursor.fetchmany(size)
                if not batch:
                    break
                for values in batch:
                    if mapped:
                        values = list(values)
                        for index, labels in mapped:
                            value = values[index]
                            if value is not None:
                                values[index] = labels.get(value, value)
                    yield values
        finally:
            cursor.close()

    def _registry_headers(self):
        """The headers of ``REGISTRY_COLUMNS``, in the user's language."""
        return [_('Corporate Name'), _('Corporate Name (Arabic)'), _('Type'), _('Legal Form'),
                _('ICE'), _('RC'), _('Court'), _('IF'), _('Professional Tax'), _('CNSS'),
                _('Sector'), _('Category'), _('Region'), _('Province'), _('Commune'), _('Site'),
                _('Address'), _('City'), _('Phone'), _('Email'), _('Headcount'), _('Revenue'),
                _('Standing'), _('Registration Date')]

    def _write_registry(self, wizard, fileobj):
        """Write the registry's workbook to ``fileobj`` (a binary file, seekable), streamed;
        return the number of members written."""
        wizard.ensure_one()
        widths = [32, 32] + [18] * (len(REGISTRY_COLUMNS) - 2)
        return xlsx_stream.write_table(
            fileobj, _('Registry'), self._registry_headers(),
            self._registry_rows(wizard), widths=widths)

    def create_xlsx_report(self, docids, data):
        wizards = self._get_objs_for_report(docids, data)
        if len(wizards) != 1 or wizards.report != 'registry':
            return super(ReportMemberExportXlsx, self).create_xlsx_report(docids, data)
        with tempfile.TemporaryFile() as output:
            self._write_registry(wizards, output)
            output.seek(0)
            return output.read(), 'xlsx'

    def _crosstab(self, wizard, sheet, fmt, top, title, row_field, col_field):
        """Write a table of member counts ``row_field`` x ``col_field``; return next row."""
        Partner = self.env['res.partner']
        groups = Partner.read_group(wizard._domain(), [row_field, col_field],
                                    [row_field, col_field], lazy=False)

        def label(fname, value):
            field = Partner._fields[fname]
            if field.type == 'selection':
                return dict(field._description_selection(self.env)).get(value, value) \
                    or _('Not Specified')
            return value[1] if value else _('Not Specified')
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
        sheet = book.add_worksheet(_('Breakdowns'))
        sheet.set_column(0, 0, 36)
        sheet.set_column(1, 12, 14)
        row = 0
        for title, row_field, col_field in (
                (_('Breakdown by Region and Status'), 'ccis_region_id', 'ccis_state'),
                (_('Breakdown by Category and Type'), 'ccis_category_id',
                 'ccis_member_kind'),
                (_('Breakdown by Province and Category'), 'ccis_province_id',
                 'ccis_category_id'),
                (_('Breakdown by Site and Status'), 'ccis_site_id', 'ccis_state'),
                (_('Breakdown by Type and Status'), 'ccis_member_kind', 'ccis_state')):
            row = self._crosstab(wizard, sheet, fmt, row, title, row_field, col_field)
        return row

    def _build_directory(self, wizard, book, fmt):
        sheet = book.add_worksheet(_('Directory'))
        headers = [_('Corporate Name'), _('Corporate Name (Arabic)'), _('Activity'),
                   _('Address'), _('City'), _('Phone'), _('Email'), _('Website')]
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

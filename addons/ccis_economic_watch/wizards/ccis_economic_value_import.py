import base64

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..tools import series

# errors listed in the message, at most (the count says how many there are)
MAX_ERRORS = 50


class CcisEconomicValueImport(models.TransientModel):
    """Import the values of economic series from an XLSX file: every row is checked first;
    when one is wrong, the message names every bad row and column and nothing is written;
    otherwise all the values are created at once."""
    _name = 'ccis.economic.value.import'
    _description = 'Economic Series Value Import'

    file = fields.Binary('XLSX File', required=True)
    file_name = fields.Char('File Name')
    value_count = fields.Integer('Imported Values', readonly=True)
    state = fields.Selection([('draft', 'To Import'), ('done', 'Imported')], default='draft')

    def _column_labels(self):
        return {
            'indicator': _('indicator code'),
            'territory': _('territory'),
            'year': _('year'),
            'sub': _('quarter/month'),
            'value': _('value'),
            'source': _('source'),
            'note': _('note'),
        }

    def _error_message(self, code, value):
        messages = {
            'required': _('required value missing'),
            'unknown_indicator': _('no indicator has the code "%s"') % value,
            'unknown_territory': _(
                'no region or province has the code "%s" (region codes: 06; province codes: 06.01)') % value,
            'year': _('"%s" is not a year (from 1900 to 2100)') % value,
            'sub_forbidden': _(
                '"%s": an annual series takes neither a quarter nor a month') % value,
            'sub_missing': _('quarter or month required for this series'),
            'quarter': _('"%s" is not a quarter (1 to 4, or Q1 to Q4)') % value,
            'month': _('"%s" is not a month (1 to 12, or its name)') % value,
            'frequency': _('unknown frequency'),
            'number': _('"%s" is not a number') % value,
            'existing': _('a value already exists for this indicator, this territory and period %s') % value,
            'duplicate_row': _(
                'same indicator, territory and period as row %s') % value,
        }
        return messages[code]

    def _format_errors(self, errors):
        labels = self._column_labels()
        lines = [_('Row %s, column "%s": %s.')
                 % (row, labels[column], self._error_message(code, value))
                 for row, column, code, value in errors[:MAX_ERRORS]]
        if len(errors) > MAX_ERRORS:
            lines.append(_('… and %s more errors.') % (len(errors) - MAX_ERRORS))
        return _('File "%s" was not imported (no '
                 'value saved): %s error(s).\n%s') % (self.file_name or '', len(errors), '\n'.join(lines))

    def _reference_data(self, rows, mapping):
        """The indicators and territories the rows name ({code: ...}), and the keys of the
        values already stored for them: three queries, whatever the number of rows."""
        def codes(column):
            index = mapping[column]
            return {series.text(cells[index]) for _row, cells in rows if index < len(cells)}

        indicators = {
            rec['code']: (rec['id'], rec['frequency'], rec['source'])
            for rec in self.env['ccis.economic.indicator'].search_read(
                [('code', 'in', list(codes('indicator')))], ['code', 'frequency', 'source'])}
        territory_codes = list(codes('territory'))
        territories = {
            rec['code']: (rec['id'], False) for rec in self.env['ccis.region'].search_read(
                [('code', 'in', territory_codes)], ['code'])}
        territories.update({
            rec['code']: (rec['region_id'][0], rec['id'])
            for rec in self.env['ccis.province'].search_read(
                [('code', 'in', territory_codes)], ['code', 'region_id'])})
        existing = {
            (rec['indicator_id'][0], rec['territory_code'], rec['period_code'])
            for rec in self.env['ccis.economic.value'].search_read(
                [('indicator_id', 'in', [ind[0] for ind in indicators.values()]),
                 ('territory_code', 'in', territory_codes)],
                ['indicator_id', 'territory_code', 'period_code'])}
        return indicators, territories, existing

    @api.multi
    def action_import(self):
        self.ensure_one()
        content = base64.b64decode(self.file or b'')
        name = self.file_name or ''
        if not content:
            raise UserError(_('File "%s" is empty.') % name)
        try:
            rows = series.read_xlsx(content)
        except ValueError:
            raise UserError(_('File "%s" is not a readable XLSX workbook.') % name)
        if not rows:
            raise UserError(_('File "%s" is empty.') % name)
        header_row, header = rows[0]
        mapping, missing = series.map_header(header)
        if missing:
            labels = self._column_labels()
            raise UserError(_(
                'File "%s": missing column(s) in row %s: %s. Expected columns: indicator code, territory, '
                'year, quarter/month, value, source.') % (name, header_row, ', '.join(labels[key] for key in missing)))
        rows = rows[1:]
        if not rows:
            raise UserError(_('File "%s" only contains the header row: no values to import.') % name)
        indicators, territories, existing = self._reference_data(rows, mapping)
        values, errors = series.validate_rows(rows, mapping, indicators, territories, existing)
        if errors:
            raise UserError(self._format_errors(errors))
        records = self.env['ccis.economic.value']._bulk_create(values)
        self.write({'value_count': len(records), 'state': 'done'})
        action = self.env.ref('ccis_economic_watch.ccis_economic_value_action').read()[0]
        action['domain'] = [('id', 'in', records.ids)]
        action['context'] = {}
        return action

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
    _description = 'Import de valeurs de séries économiques'

    file = fields.Binary('Fichier XLSX', required=True)
    file_name = fields.Char('Nom du fichier')
    value_count = fields.Integer('Valeurs importées', readonly=True)
    state = fields.Selection([('draft', 'À importer'), ('done', 'Importé')], default='draft')

    def _column_labels(self):
        return {
            'indicator': _('code indicateur'),
            'territory': _('territoire'),
            'year': _('année'),
            'sub': _('trimestre/mois'),
            'value': _('valeur'),
            'source': _('source'),
            'note': _('note'),
        }

    def _error_message(self, code, value):
        messages = {
            'required': _('valeur obligatoire manquante'),
            'unknown_indicator': _("aucun indicateur n'a le code « %s »") % value,
            'unknown_territory': _(
                "aucune région ni province n'a le code « %s » (codes des régions : 06 ; des "
                "provinces : 06.01)") % value,
            'year': _("« %s » n'est pas une année (de 1900 à 2100)") % value,
            'sub_forbidden': _(
                "« %s » : une série annuelle ne prend ni trimestre ni mois") % value,
            'sub_missing': _('trimestre ou mois obligatoire pour cette série'),
            'quarter': _("« %s » n'est pas un trimestre (1 à 4, ou T1 à T4)") % value,
            'month': _("« %s » n'est pas un mois (1 à 12, ou son nom)") % value,
            'frequency': _('périodicité inconnue'),
            'number': _("« %s » n'est pas un nombre") % value,
            'existing': _("une valeur existe déjà pour cet indicateur, ce territoire et la "
                          "période %s") % value,
            'duplicate_row': _(
                'même indicateur, territoire et période que la ligne %s') % value,
        }
        return messages[code]

    def _format_errors(self, errors):
        labels = self._column_labels()
        lines = [_('Ligne %s, colonne « %s » : %s.')
                 % (row, labels[column], self._error_message(code, value))
                 for row, column, code, value in errors[:MAX_ERRORS]]
        if len(errors) > MAX_ERRORS:
            lines.append(_('… et %s autres erreurs.') % (len(errors) - MAX_ERRORS))
        return _("Le fichier « %s » n'a pas été importé (aucune valeur enregistrée) : "
                 "%s erreur(s).\n%s") % (self.file_name or '', len(errors), '\n'.join(lines))

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
            raise UserError(_('Le fichier « %s » est vide.') % name)
        try:
            rows = series.read_xlsx(content)
        except ValueError:
            raise UserError(_("Le fichier « %s » n'est pas un classeur XLSX lisible.") % name)
        if not rows:
            raise UserError(_('Le fichier « %s » est vide.') % name)
        header_row, header = rows[0]
        mapping, missing = series.map_header(header)
        if missing:
            labels = self._column_labels()
            raise UserError(_(
                "Le fichier « %s » : colonne(s) manquante(s) en ligne %s : %s. Colonnes "
                "attendues : code indicateur, territoire, année, trimestre/mois, valeur, "
                "source.") % (name, header_row, ', '.join(labels[key] for key in missing)))
        rows = rows[1:]
        if not rows:
            raise UserError(_("Le fichier « %s » ne contient que la ligne d'en-tête : aucune "
                              "valeur à importer.") % name)
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

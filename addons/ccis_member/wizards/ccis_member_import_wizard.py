"""Import members from an XLSX/XLS or CSV file.

The file is validated entirely before anything is written. With any error, nothing is
written and the wizard lists every bad row (also downloadable as XLSX); without errors,
all rows are written in the same transaction. Rows matching an existing member (on ICE,
then on RC with its court) update it: re-importing a file never duplicates members.
"""
import base64
import difflib
import io
import logging

import psycopg2
import xlsxwriter

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..models.res_partner import MEMBER_KINDS, REVENUE_BANDS, STAFF_BANDS
from ..tools import normalize, spreadsheet

_logger = logging.getLogger(__name__)

# target key -> header aliases (compared after normalize.header_key)
COLUMNS = {
    'name': ['raison sociale', 'nom', 'denomination', 'nom du ressortissant', 'entreprise',
             'nom ou raison sociale', 'الاسم', 'الاسم التجاري'],
    'name_ar': ['raison sociale arabe', 'raison sociale en arabe', 'nom arabe',
                'nom en arabe', 'denomination arabe', 'الاسم بالعربية', 'الاسم بالعربي'],
    'kind': ['type', 'type de ressortissant', 'nature', 'categorie de ressortissant'],
    'legal_form': ['forme juridique', 'forme'],
    'ice': ['ice', 'identifiant commun de l entreprise', 'n ice', 'numero ice'],
    'rc': ['rc', 'n rc', 'numero rc', 'registre du commerce', 'registre de commerce'],
    'court': ['tribunal', 'tribunal du rc', 'tribunal rc', 'greffe'],
    'if': ['if', 'identifiant fiscal', 'n if'],
    'tp': ['taxe professionnelle', 'patente', 'tp', 'n patente'],
    'cnss': ['cnss', 'n cnss', 'affiliation cnss'],
    'manager': ['dirigeant', 'gerant', 'representant legal', 'president'],
    'cin': ['cin', 'cin du dirigeant', 'cin dirigeant'],
    'coop_register': ['n registre des cooperatives', 'registre des cooperatives',
                      'n odco', 'registre cooperative'],
    'declaration': ['n recepisse', 'recepisse', 'recepisse de declaration', 'declaration'],
    'sector': ['secteur', 'secteur d activite', 'code secteur', 'metier', 'القطاع'],
    'activity': ['activite', 'activite exercee', 'النشاط'],
    'province': ['province', 'prefecture', 'province prefecture', 'province ou prefecture',
                 'الإقليم', 'العمالة'],
    'commune': ['commune', 'الجماعة'],
    'street': ['adresse', 'العنوان'],
    'city': ['ville', 'localite', 'المدينة'],
    'phone': ['telephone', 'tel', 'téléphone fixe', 'الهاتف'],
    'mobile': ['gsm', 'portable', 'mobile'],
    'email': ['email', 'e mail', 'courriel', 'mail'],
    'website': ['site web', 'site internet', 'web'],
    'creation_date': ['date de creation', 'creation'],
    'registration_date': ['date d inscription', 'inscription', 'date inscription'],
    'founding_date': ['date de constitution', 'constitution'],
    'women': ['adherents femmes', 'femmes', 'nombre de femmes'],
    'men': ['adherents hommes', 'hommes', 'nombre d hommes'],
    'staff': ['effectif', 'tranche d effectif'],
    'revenue': ['chiffre d affaires', 'ca', 'tranche de chiffre d affaires'],
    'state': ['statut', 'etat', 'situation'],
}
KIND_ALIASES = {
    'societe': 'company', 'entreprise': 'company', 'ste': 'company',
    'commercant': 'trader', 'artisan': 'trader', 'personne physique': 'trader',
    'commercant ou artisan': 'trader', 'maitre artisan': 'trader',
    'auto entrepreneur': 'auto_entrepreneur', 'autoentrepreneur': 'auto_entrepreneur',
    'cooperative': 'cooperative', 'association': 'association', 'federation': 'federation',
}
STATE_ALIASES = {
    'prospect': 'prospect', 'actif': 'active', 'active': 'active', 'en sommeil': 'dormant',
    'sommeil': 'dormant', 'dormant': 'dormant', 'inactif': 'dormant', 'radie': 'struck_off',
    'radiee': 'struck_off',
}
BATCH = 1000


def _key(value):
    return normalize.header_key(value)


class CcisMemberImportWizard(models.TransientModel):
    _name = 'ccis.member.import.wizard'
    _description = 'Import de ressortissants'

    file = fields.Binary(string='Fichier (XLSX, XLS ou CSV)', required=True)
    file_name = fields.Char(string='Nom du fichier')
    state = fields.Selection(
        [('draft', 'Fichier'), ('error', 'Erreurs'), ('done', 'Importé')],
        string='Étape', default='draft')
    mapping = fields.Text(string='Colonnes reconnues', readonly=True)
    row_count = fields.Integer(string='Lignes lues', readonly=True)
    create_count = fields.Integer(string='Ressortissants créés', readonly=True)
    update_count = fields.Integer(string='Ressortissants mis à jour', readonly=True)
    error_count = fields.Integer(string='Lignes en erreur', readonly=True)
    line_ids = fields.One2many(
        'ccis.member.import.line', 'wizard_id', string='Anomalies', readonly=True)
    report_file = fields.Binary(string='Rapport des anomalies', readonly=True)
    report_name = fields.Char(string='Nom du rapport', readonly=True)

    # ------------------------------------------------------------------
    # reading and mapping
    # ------------------------------------------------------------------
    def _map_header(self, header):
        aliases = {}
        for target, names in COLUMNS.items():
            for alias in names:
                aliases[_key(alias)] = target
        mapping, unknown = {}, []
        for index, title in enumerate(header):
            target = aliases.get(_key(title))
            if target and target not in mapping:
                mapping[target] = index
            elif str(title).strip():
                unknown.append(str(title))
        return mapping, unknown

    def _read_file(self):
        try:
            header, rows = spreadsheet.read_rows(
                base64.b64decode(self.file or b''), self.file_name)
        except spreadsheet.SpreadsheetError:
            raise UserError(_(
                "Le fichier « %s » n'est pas lisible : utilisez un classeur XLSX ou XLS "
                "ou un fichier CSV avec une ligne d'en-tête.") % (self.file_name or ''))
        if not header:
            raise UserError(_("Le fichier « %s » est vide.") % (self.file_name or ''))
        mapping, unknown = self._map_header(header)
        if 'name' not in mapping:
            raise UserError(_(
                "Le fichier « %s » n'a pas de colonne « Raison sociale » (ou « Nom »). "
                "Colonnes lues : %s") % (self.file_name or '', ", ".join(map(str, header))))
        return header, rows, mapping, unknown

    # ------------------------------------------------------------------
    # reference data lookups
    # ------------------------------------------------------------------
    def _lookup_table(self, model, fields_list, domain=None):
        table = {}
        for rec in self.env[model].search_read(domain or [], ['id'] + fields_list):
            for fname in fields_list:
                value = rec.get(fname)
                if value:
                    table.setdefault(_key(value), rec['id'])
        return table

    @staticmethod
    def _suggest(value, table, labels):
        matches = difflib.get_close_matches(_key(value), list(table), n=3, cutoff=0.6)
        return ", ".join(labels[table[m]] for m in matches)

    def _references(self):
        refs = {}
        for key, model, names in (
                ('province', 'ccis.province', ['name', 'name_ar', 'code']),
                ('sector', 'ccis.member.sector', ['code', 'name', 'complete_name', 'name_ar']),
                ('court', 'ccis.member.court', ['name', 'code', 'city', 'name_ar']),
                ('legal_form', 'ccis.member.legal.form', ['code', 'name', 'name_ar'])):
            refs[key] = self._lookup_table(model, names)
            refs[key + '_labels'] = dict(self.env[model].search([]).name_get())
        communes = {}
        for rec in self.env['ccis.commune'].search_read([], ['name', 'name_ar', 'province_id']):
            province_id = rec['province_id'] and rec['province_id'][0]
            for value in (rec['name'], rec['name_ar']):
                if value:
                    communes.setdefault((province_id, _key(value)), rec['id'])
        refs['commune'] = communes
        return refs

    # ------------------------------------------------------------------
    # validation
    # ------------------------------------------------------------------
    def _parse_row(self, row, mapping, refs):
        """Return ``(vals, errors, state)`` for one row; errors are (column, value,
        message, suggestion)."""
        def cell(target):
            index = mapping.get(target)
            if index is None or index >= len(row):
                return ''
            value = row[index]
            return value if not isinstance(value, str) else value.strip()

        Partner = self.env['res.partner']
        vals, errors = {'ccis_is_member': True}, []
        name = str(cell('name') or '')
        if not name:
            errors.append(('Raison sociale', '', _("La raison sociale est obligatoire."), ''))
        vals['name'] = name
        simple = {'name_ar': 'ccis_name_ar', 'manager': 'ccis_manager_name',
                  'activity': 'ccis_activity', 'street': 'street', 'city': 'city',
                  'phone': 'phone', 'mobile': 'mobile', 'email': 'email', 'website': 'website',
                  'coop_register': 'ccis_coop_register',
                  'declaration': 'ccis_association_declaration'}
        for target, field_name in simple.items():
            if target in mapping and cell(target):
                vals[field_name] = str(cell(target))
        for target, field_name in (('ice', 'ccis_ice'), ('rc', 'ccis_rc'), ('if', 'ccis_if'),
                                   ('tp', 'ccis_tp'), ('cnss', 'ccis_cnss'),
                                   ('cin', 'ccis_manager_cin')):
            if target in mapping and cell(target):
                vals[field_name] = str(cell(target))
        Partner._ccis_clean_vals(vals)

        def reference(target, field_name, label):
            value = cell(target)
            if not value:
                return
            rec_id = refs[target].get(_key(value))
            if rec_id:
                vals[field_name] = rec_id
            else:
                errors.append((label, value, _("%s inconnu(e) : « %s ».") % (label, value),
                               self._suggest(value, refs[target], refs[target + '_labels'])))

        reference('province', 'ccis_province_id', _('Province'))
        reference('sector', 'ccis_sector_id', _('Secteur'))
        reference('court', 'ccis_court_id', _('Tribunal'))
        reference('legal_form', 'ccis_legal_form_id', _('Forme juridique'))
        commune = cell('commune')
        if commune:
            commune_id = refs['commune'].get((vals.get('ccis_province_id'), _key(commune)))
            if commune_id:
                vals['ccis_commune_id'] = commune_id
            else:
                candidates = {k[1]: v for k, v in refs['commune'].items()
                              if k[0] == vals.get('ccis_province_id')}
                matches = difflib.get_close_matches(_key(commune), list(candidates), n=3)
                errors.append((_('Commune'), commune, _(
                    "Commune inconnue dans la province : « %s ».") % commune,
                    ", ".join(matches)))
        for target, field_name, options, label in (
                ('kind', 'ccis_member_kind', KIND_ALIASES, _('Type')),
                ('state', 'ccis_state', STATE_ALIASES, _('Statut'))):
            value = cell(target)
            if value:
                code = options.get(_key(value))
                if not code:
                    labels = {_key(label): code for code, label in (
                        MEMBER_KINDS if target == 'kind' else
                        Partner._fields['ccis_state'].selection)}
                    code = labels.get(_key(value))
                if code:
                    vals[field_name] = code
                else:
                    errors.append((label, value, _("%s inconnu : « %s ».") % (label, value),
                                   ", ".join(difflib.get_close_matches(
                                       _key(value), list(options), n=3))))
        for target, field_name, bands, label in (
                ('staff', 'ccis_staff_band', STAFF_BANDS, _('Effectif')),
                ('revenue', 'ccis_revenue_band', REVENUE_BANDS, _("Chiffre d'affaires"))):
            value = cell(target)
            if value:
                table = {}
                for code, band_label in bands:
                    table[_key(code)] = code
                    table[_key(band_label)] = code
                code = table.get(_key(value))
                if code:
                    vals[field_name] = code
                else:
                    errors.append((label, value, _("Tranche inconnue : « %s ».") % value,
                                   ", ".join(b[1] for b in bands)))
        for target, field_name, label in (
                ('creation_date', 'ccis_creation_date', _('Date de création')),
                ('registration_date', 'ccis_registration_date', _("Date d'inscription")),
                ('founding_date', 'ccis_founding_date', _('Date de constitution'))):
            value = cell(target)
            date = spreadsheet.parse_date(value)
            if date is False:
                errors.append((label, value, _("Date illisible « %s » (attendu : JJ/MM/AAAA).")
                               % value, ''))
            elif date:
                vals[field_name] = fields.Date.to_string(date)
        for target, field_name, label in (('women', 'ccis_members_women', _('Femmes')),
                                          ('men', 'ccis_members_men', _('Hommes'))):
            value = str(cell(target) or '')
            if value:
                if value.isdigit():
                    vals[field_name] = int(value)
                else:
                    errors.append((label, value, _("Nombre entier attendu."), ''))
        court_name = refs['court_labels'].get(vals.get('ccis_court_id'), '')
        for message in Partner._ccis_check_identifier_values(name, vals, court_name):
            errors.append((_('Identifiants'), '', message, ''))
        state = vals.pop('ccis_state', False)
        return vals, errors, state

    def _existing(self, parsed):
        """Existing members matching the parsed rows, by ICE and by (RC, court)."""
        Partner = self.env['res.partner'].with_context(active_test=False)
        ices = list({v['ccis_ice'] for v, _e, _s in parsed if v.get('ccis_ice')})
        rcs = list({v['ccis_rc'] for v, _e, _s in parsed if v.get('ccis_rc')})
        by_ice, by_rc = {}, {}
        for start in range(0, len(ices), BATCH):
            for rec in Partner.search_read(
                    [('ccis_ice', 'in', ices[start:start + BATCH])], ['ccis_ice', 'ccis_state']):
                by_ice[rec['ccis_ice']] = rec
        for start in range(0, len(rcs), BATCH):
            for rec in Partner.search_read(
                    [('ccis_rc', 'in', rcs[start:start + BATCH]), ('ccis_is_member', '=', True)],
                    ['ccis_rc', 'ccis_court_id', 'ccis_ice', 'ccis_state']):
                court = rec['ccis_court_id'] and rec['ccis_court_id'][0]
                by_rc[(rec['ccis_rc'], court)] = rec
        return by_ice, by_rc

    def _validate_rows(self, rows, mapping):
        refs = self._references()
        parsed = [self._parse_row(row, mapping, refs) for row in rows]
        by_ice, by_rc = self._existing(parsed)
        seen_ice, seen_rc = {}, {}
        plan, problems = [], []
        for index, (vals, errors, state) in enumerate(parsed):
            line_no = index + 2  # 1-based, after the header row
            ice, rc = vals.get('ccis_ice'), vals.get('ccis_rc')
            rc_key = (rc, vals.get('ccis_court_id')) if rc else None
            if ice and ice in seen_ice:
                errors.append(('ICE', ice, _("ICE en double dans le fichier (déjà ligne %s).")
                               % seen_ice[ice], ''))
            elif ice:
                seen_ice[ice] = line_no
            if rc_key and rc_key in seen_rc:
                errors.append(('RC', rc, _("RC et tribunal en double dans le fichier "
                                           "(déjà ligne %s).") % seen_rc[rc_key], ''))
            elif rc_key:
                seen_rc[rc_key] = line_no
            match = by_ice.get(ice) if ice else None
            rc_match = by_rc.get(rc_key) if rc_key else None
            if match and rc_match and rc_match['id'] != match['id']:
                errors.append(('RC', rc, _(
                    "L'ICE %s et le RC %s désignent deux ressortissants différents de la base.")
                    % (ice, rc), ''))
            if not match and rc_match:
                if ice and rc_match['ccis_ice'] and rc_match['ccis_ice'] != ice:
                    errors.append(('ICE', ice, _(
                        "Le RC %s est celui d'un ressortissant de la base dont l'ICE est %s.")
                        % (rc, rc_match['ccis_ice']), ''))
                match = rc_match
            for column, value, message, suggestion in errors:
                problems.append({'row': line_no, 'column': column, 'value': str(value or ''),
                                 'message': message, 'suggestion': suggestion,
                                 'name': vals.get('name', '')})
            if not errors:
                plan.append((line_no, vals, state, match and match['id'], match))
        return plan, problems

    # ------------------------------------------------------------------
    # report
    # ------------------------------------------------------------------
    def _build_report(self, problems):
        output = io.BytesIO()
        book = xlsxwriter.Workbook(output, {'in_memory': True})
        sheet = book.add_worksheet(_('Anomalies'))
        bold = book.add_format({'bold': True, 'bg_color': '#DDDDDD'})
        headers = [_('Ligne'), _('Raison sociale'), _('Colonne'), _('Valeur'), _('Motif'),
                   _('Suggestion')]
        for col, title in enumerate(headers):
            sheet.write(0, col, title, bold)
        for row, problem in enumerate(problems, start=1):
            sheet.write_number(row, 0, problem['row'])
            sheet.write(row, 1, problem['name'])
            sheet.write(row, 2, problem['column'])
            sheet.write_string(row, 3, problem['value'])
            sheet.write(row, 4, problem['message'])
            sheet.write(row, 5, problem['suggestion'])
        sheet.set_column(1, 1, 35)
        sheet.set_column(4, 5, 60)
        book.close()
        return base64.b64encode(output.getvalue())

    # ------------------------------------------------------------------
    # writing
    # ------------------------------------------------------------------
    def _write_plan(self, plan):
        """Update the matched members one by one, create the new ones in bulk."""
        Partner = self.env['res.partner'].with_context(
            tracking_disable=True, mail_create_nolog=True, mail_notrack=True)
        reason = _("Import du fichier %s") % (self.file_name or '')
        updated, to_create = 0, []
        for line_no, vals, state, partner_id, match in plan:
            if not partner_id:
                if state:
                    vals['ccis_state'] = state
                to_create.append(vals)
                continue
            try:
                partner = Partner.browse(partner_id)
                partner.write(vals)
                if state and state != match['ccis_state']:
                    partner._ccis_set_state(state, reason)
            except (ValidationError, UserError) as exc:
                raise UserError(_("Ligne %s : %s") % (line_no, exc.name))
            updated += 1
        Partner._ccis_bulk_create(to_create, reason=reason)
        return len(to_create), updated

    @api.multi
    def action_check(self):
        """Validate only."""
        self.ensure_one()
        return self._run(write=False)

    @api.multi
    def action_import(self):
        self.ensure_one()
        return self._run(write=True)

    def _run(self, write):
        header, rows, mapping, unknown = self._read_file()
        labels = {v: k for k, v in mapping.items()}
        self.mapping = "\n".join(
            ['%s → %s' % (header[i], labels[i]) for i in sorted(labels)]
            + ([_("Colonnes ignorées : %s") % ", ".join(unknown)] if unknown else []))
        plan, problems = self._validate_rows(rows, mapping)
        self.line_ids.unlink()
        values = {'row_count': len(rows), 'create_count': 0, 'update_count': 0,
                  'error_count': len({p['row'] for p in problems}),
                  'report_file': False, 'report_name': False}
        if problems:
            values.update(
                state='error',
                line_ids=[(0, 0, {k: p[k] for k in ('row', 'name', 'column', 'value', 'message',
                                                    'suggestion')}) for p in problems],
                report_file=self._build_report(problems),
                report_name='anomalies_%s.xlsx' % (
                    (self.file_name or 'import').rsplit('.', 1)[0]))
        elif write:
            try:
                with self.env.cr.savepoint():
                    created, updated = self._write_plan(plan)
            except (UserError, ValidationError, psycopg2.IntegrityError) as exc:
                message = getattr(exc, 'name', None) or str(exc)
                problems = [{'row': 0, 'name': '', 'column': '', 'value': '',
                             'message': message, 'suggestion': ''}]
                values.update(state='error', error_count=1,
                              line_ids=[(0, 0, problems[0])])
            else:
                values.update(state='done', create_count=created, update_count=updated)
        else:
            values.update(state='draft')
        self.write(values)
        return {
            'type': 'ir.actions.act_window',
            'res_model': self._name,
            'res_id': self.id,
            'view_mode': 'form',
            'target': 'new',
            'context': self.env.context,
        }


class CcisMemberImportLine(models.TransientModel):
    _name = 'ccis.member.import.line'
    _description = "Anomalie d'import de ressortissants"
    _order = 'row, id'

    wizard_id = fields.Many2one(
        'ccis.member.import.wizard', required=True, ondelete='cascade', index=True)
    row = fields.Integer(string='Ligne')
    name = fields.Char(string='Raison sociale')
    column = fields.Char(string='Colonne')
    value = fields.Char(string='Valeur')
    message = fields.Char(string='Motif')
    suggestion = fields.Char(string='Suggestion')

"""Import members from an XLSX/XLS or CSV file.

The file is validated entirely before anything is written. With any error, nothing is
written and the wizard lists every bad row (also downloadable as XLSX); without errors,
all rows are written in the same transaction. Rows matching an existing member (on ICE,
then on RC with its court) update it: re-importing a file never duplicates members.

Every row is checked as the user who imports: the record rules decide which members the
user may create (the site serving the row's province) and which existing members they may
update; a row outside them is a bad row, with the reason.

Reference values (legal forms, kinds, sectors, provinces, courts) are read through their
names, codes and the aliases an administrator keeps (``ccis.member.alias``); a value that is
one close match of a known value is a suggestion: the user accepts all of them in one click,
and the import report keeps them as notes. Reading is done once per distinct value: the
validation makes no query per row.
"""
import base64
import io
import logging

import psycopg2
from xlsxwriter.utility import xl_col_to_name

from odoo import _, api, fields, models
from odoo.addons.ccis_base.tools import xlsx
from odoo.exceptions import AccessError, UserError, ValidationError

from ..models.res_partner import REVENUE_BANDS, STAFF_BANDS
from ..tools import matching, normalize, spreadsheet

_logger = logging.getLogger(__name__)

# target key -> header aliases (compared after normalize.header_key)
COLUMNS = {
    'name': ['raison sociale', 'nom', 'denomination', 'nom du ressortissant', 'entreprise',
             'nom ou raison sociale', 'الاسم', 'الاسم التجاري'],
    'name_ar': ['raison sociale arabe', 'raison sociale en arabe', 'nom arabe',
                'nom en arabe', 'denomination arabe', 'الاسم بالعربية', 'الاسم بالعربي'],
    'kind': ['type', 'type de ressortissant', 'nature', 'categorie de ressortissant'],
    'legal_form': ['forme juridique', 'forme', 'statut juridique', 'الشكل القانوني'],
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
# statuses are the lifecycle's codes, not data: their spellings stay here
STATE_ALIASES = {
    'prospect': 'prospect', 'actif': 'active', 'active': 'active', 'en sommeil': 'dormant',
    'sommeil': 'dormant', 'dormant': 'dormant', 'inactif': 'dormant', 'radie': 'struck_off',
    'radiee': 'struck_off', 'نشيط': 'active', 'مشطب': 'struck_off',
}
# field of res.partner -> column of the file, to name the column of a problem
FIELD_COLUMNS = {
    'name': 'name', 'ccis_ice': 'ice', 'ccis_rc': 'rc', 'ccis_court_id': 'court',
    'ccis_if': 'if', 'ccis_tp': 'tp', 'ccis_cnss': 'cnss', 'ccis_manager_cin': 'cin',
    'ccis_province_id': 'province',
}
# reference columns -> field of res.partner
REFERENCE_FIELDS = [
    ('province', 'ccis_province_id'), ('sector', 'ccis_sector_id'),
    ('court', 'ccis_court_id'), ('legal_form', 'ccis_legal_form_id'),
    ('kind', 'ccis_member_kind'), ('staff', 'ccis_staff_band'),
    ('revenue', 'ccis_revenue_band'),
]
LINE_KINDS = [
    ('error', 'Anomaly'),
    ('suggestion', 'Suggestion'),
    ('note', 'Suggestion Applied'),
]
BATCH = 1000
# problems kept as wizard lines (all of them are in the XLSX report)
MAX_LINES = 1000


class CcisMemberImportWizard(models.TransientModel):
    _name = 'ccis.member.import.wizard'
    _description = 'Member Import'

    # required in the view: an empty upload reaches _read_file, which says so
    file = fields.Binary(string='File (XLSX, XLS or CSV)')
    file_name = fields.Char(string='File Name')
    state = fields.Selection(
        [('draft', 'File'), ('error', 'Errors'), ('suggest', 'Suggestions'),
         ('done', 'Imported')],
        string='Step', default='draft')
    accept_suggestions = fields.Boolean(
        string='Accepted Suggestions',
        help='Close values that are recognized ("Kenitraa" for "Kénitra") are applied.')
    mapping = fields.Text(string='Recognized Columns', readonly=True)
    row_count = fields.Integer(string='Rows Read', readonly=True)
    create_count = fields.Integer(string='Members Created', readonly=True)
    update_count = fields.Integer(string='Members Updated', readonly=True)
    error_count = fields.Integer(string='Rows in Error', readonly=True)
    suggestion_count = fields.Integer(string='Suggestions', readonly=True)
    line_ids = fields.One2many(
        'ccis.member.import.line', 'wizard_id', string='Anomalies', readonly=True)
    more_lines = fields.Integer(string='Other Anomalies (in the Report)', readonly=True)
    report_file = fields.Binary(string='Import Report', readonly=True)
    report_name = fields.Char(string='Report Name', readonly=True)

    @api.onchange('file')
    def _onchange_file(self):
        self.accept_suggestions = False

    # ------------------------------------------------------------------
    # reading and mapping
    # ------------------------------------------------------------------
    def _map_header(self, header):
        aliases = {}
        for target, names in COLUMNS.items():
            for alias in names:
                aliases[normalize.header_key(alias)] = target
        mapping, unknown = {}, []
        for index, title in enumerate(header):
            target = aliases.get(normalize.header_key(title))
            if target and target not in mapping:
                mapping[target] = index
            elif str(title).strip():
                unknown.append(str(title))
        return mapping, unknown

    def _read_file(self):
        name = self.file_name or ''
        content = base64.b64decode(self.file or b'')
        if not content.strip():
            raise UserError(_('File "%s" is empty.') % name)
        try:
            header, rows = spreadsheet.read_rows(content, name)
        except spreadsheet.SpreadsheetError:
            raise UserError(_(
                'File "%s" cannot be read: use an XLSX or XLS workbook or a CSV file (UTF-8, Windows-1256 or '
                'ISO-8859-1, separator ; or ,) with a header row.') % name)
        if not header:
            raise UserError(_('File "%s" is empty.') % name)
        header = [str(title) for title in header]
        mapping, unknown = self._map_header(header)
        if 'name' not in mapping:
            raise UserError(_(
                'File "%s" has no "Raison sociale" (or "Nom") '
                'column on its first row. Columns read: %s') % (name, ", ".join(header)))
        if not rows:
            raise UserError(_(
                'File "%s" only contains the header row: no members to import.') % name)
        return header, rows, mapping, unknown

    # ------------------------------------------------------------------
    # reference data
    # ------------------------------------------------------------------
    def _resolver(self, model, names, category, prefixes=()):
        records = self.env[model].search_read([], ['display_name'] + names)
        entries = [(rec[fname], rec['id']) for rec in records for fname in names if rec[fname]]
        entries += self.env['ccis.member.alias']._ccis_entries(category)
        return matching.Resolver(entries, {rec['id']: rec['display_name'] for rec in records},
                                 prefixes), records

    def _references(self):
        """Resolvers of every reference column, built with a few queries per import."""
        Partner = self.env['res.partner']
        refs = {}
        refs['province'], _records = self._resolver(
            'ccis.province', ['name', 'name_ar', 'code'], 'province', normalize.PLACE_PREFIXES)
        refs['sector'], _records = self._resolver(
            'ccis.member.sector', ['code', 'name', 'complete_name', 'name_ar'], 'sector')
        refs['court'], _records = self._resolver(
            'ccis.member.court', ['name', 'code', 'city', 'name_ar'], 'court')
        refs['legal_form'], forms = self._resolver(
            'ccis.member.legal.form', ['code', 'name', 'name_ar', 'member_kind'], 'legal_form')
        refs['form_kind'] = {rec['id']: rec['member_kind'] for rec in forms}
        kinds = Partner._fields['ccis_member_kind']._description_selection(self.env)
        # a legal form typed in the kind column gives its usual kind
        form_entries = [(spelling, refs['form_kind'].get(form_id)) for spelling, form_id
                        in refs['legal_form'].keys.items()]
        refs['kind'] = matching.Resolver(
            [(code, code) for code, _label in kinds] + self._selection_spellings('ccis_member_kind')
            + self.env['ccis.member.alias']._ccis_entries('kind') + form_entries, dict(kinds))
        states = Partner._fields['ccis_state']._description_selection(self.env)
        refs['state'] = matching.Resolver(
            list(STATE_ALIASES.items()) + [(code, code) for code, _label in states]
            + self._selection_spellings('ccis_state'), dict(states))
        communes = {}
        for rec in self.env['ccis.commune'].search_read([], ['name', 'name_ar', 'province_id']):
            province_id = rec['province_id'] and rec['province_id'][0]
            entries = communes.setdefault(province_id, ([], {}))
            entries[0].extend((value, rec['id']) for value in (rec['name'], rec['name_ar'])
                              if value)
            entries[1][rec['id']] = rec['name']
        refs['commune'] = communes
        refs['commune_resolvers'] = {}
        # column labels and messages, translated once (not once a row)
        refs['labels'] = {
            'province': _('Province'), 'sector': _('Sector'), 'court': _('Court'),
            'legal_form': _('Legal Form'), 'kind': _('Type'), 'staff': _('Headcount'),
            'revenue': _('Revenue'), 'commune': _('Commune'), 'state': _('Standing'),
        }
        refs['messages'] = {
            'unknown_close': _('Unknown %s "%s", read as "%s".'),
            'unknown': _('Unknown %s: "%s".'),
        }
        for key, bands in (('staff', STAFF_BANDS), ('revenue', REVENUE_BANDS)):
            refs[key] = matching.Resolver(
                [(code, code) for code, _label in bands] + [(label, code) for code, label in bands],
                dict(bands))
        return refs

    def _commune_resolver(self, refs, province_id):
        resolvers = refs['commune_resolvers']
        if province_id not in resolvers:
            entries, labels = refs['commune'].get(province_id, ([], {}))
            resolvers[province_id] = matching.Resolver(entries, labels)
        return resolvers[province_id]

    # ------------------------------------------------------------------
    # validation
    # ------------------------------------------------------------------
    @staticmethod
    def _problem(target, value, message, suggestion='', kind='error'):
        return {'target': target, 'value': str(value or ''), 'message': message,
                'suggestion': suggestion, 'kind': kind}

    def _selection_spellings(self, field_name):
        """``[(label, code)]`` of a member selection field in every installed language: a
        file typed in French, Arabic or English reads the same, whatever the user's own."""
        field = self.env['res.partner']._fields[field_name]
        spellings = []
        for lang, _name in self.env['res.lang'].get_installed():
            env = self.env(context=dict(self.env.context, lang=lang))
            spellings += [(label, code) for code, label in field._description_selection(env)]
        return spellings

    def _parse_row(self, row, mapping, refs):
        """Return ``(vals, problems, state, typed identifiers)`` for one row (see
        ``_problem``); its identifiers are checked with the other rows'."""
        def cell(target):
            index = mapping.get(target)
            if index is None or index >= len(row):
                return ''
            value = row[index]
            return value if not isinstance(value, str) else value.strip()

        problem = self._problem
        Partner = self.env['res.partner']
        vals, problems = {'ccis_is_member': True}, []
        name = str(cell('name') or '')
        if not name:
            problems.append(problem('name', '', _('The corporate name is required.')))
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

        unknown_close, unknown = refs['messages']['unknown_close'], refs['messages']['unknown']

        def resolve(target, resolver=None):
            """The value of a reference column, a suggestion or an error."""
            value = cell(target)
            if not value:
                return False
            found, how, suggestions = (resolver or refs[target]).resolve(value)
            label = refs['labels'][target]
            if how == matching.CLOSE:
                problems.append(problem(target, value, unknown_close % (
                    label, value, suggestions[0]), suggestions[0], 'suggestion'))
            elif not how:
                problems.append(problem(target, value, unknown % (label, value), ", ".join(suggestions)))
            return found or False

        for target, field_name in REFERENCE_FIELDS:
            found = resolve(target)
            if found:
                vals[field_name] = found
        if not vals.get('ccis_member_kind') and vals.get('ccis_legal_form_id'):
            kind = refs['form_kind'].get(vals['ccis_legal_form_id'])
            if kind:
                vals['ccis_member_kind'] = kind
        commune = resolve('commune', self._commune_resolver(
            refs, vals.get('ccis_province_id') or False))
        if commune:
            vals['ccis_commune_id'] = commune
        state = resolve('state')
        for target, field_name in (('creation_date', 'ccis_creation_date'),
                                   ('registration_date', 'ccis_registration_date'),
                                   ('founding_date', 'ccis_founding_date')):
            value = cell(target)
            date = spreadsheet.parse_date(value)
            if date is False:
                problems.append(problem(target, value, _(
                    'Unreadable date "%s" (expected: DD/MM/YYYY).') % value))
            elif date:
                vals[field_name] = fields.Date.to_string(date)
        for target, field_name in (('women', 'ccis_members_women'),
                                   ('men', 'ccis_members_men')):
            value = cell(target)
            number = spreadsheet.parse_integer(value)
            if number is False:
                problems.append(problem(target, value, _(
                    'Positive whole number expected: "%s".') % value))
            elif number is not None:
                vals[field_name] = number
        # the identifiers as typed, for the messages of _validate_rows
        typed = {target: cell(target) for target in FIELD_COLUMNS.values()}
        return vals, problems, state, typed

    def _existing(self, parsed):
        """Existing members the user can see matching the parsed rows, by ICE and by
        (RC, court)."""
        Partner = self.env['res.partner'].with_context(active_test=False)
        ices = list({entry[0]['ccis_ice'] for entry in parsed if entry[0].get('ccis_ice')})
        rcs = list({entry[0]['ccis_rc'] for entry in parsed if entry[0].get('ccis_rc')})
        read = ['name', 'ccis_ice', 'ccis_rc', 'ccis_court_id', 'ccis_state', 'ccis_site_id']
        by_ice, by_rc = {}, {}
        for start in range(0, len(ices), BATCH):
            for rec in Partner.search_read(
                    [('ccis_ice', 'in', ices[start:start + BATCH])], read):
                by_ice[rec['ccis_ice']] = rec
        for start in range(0, len(rcs), BATCH):
            for rec in Partner.search_read(
                    [('ccis_rc', 'in', rcs[start:start + BATCH]), ('ccis_is_member', '=', True)],
                    read):
                court = rec['ccis_court_id'] and rec['ccis_court_id'][0]
                by_rc[(rec['ccis_rc'], court)] = rec
        return by_ice, by_rc

    def _check_access(self, plan, problems):
        """Add a problem to each row of ``plan`` the user's rights or record rules refuse: a
        new member served by a site where the user may not create members, an existing
        member the user may not modify or would move out of their sites. Return the rows
        left, and ``(new rows' values, their prepared rows)`` for ``_ccis_bulk_create``."""
        Partner = self.env['res.partner']
        sites = dict(self.env['ccis.site'].search([]).name_get())
        refused_rows = set()

        def refuse(line_no, vals, target, message, value=''):
            refused_rows.add(line_no)
            problems.append(dict(self._problem(target, value, message), row=line_no,
                                 name=vals['name']))

        no_site = _('no site')

        def site_label(site_id):
            return sites.get(site_id) or no_site

        new = [entry for entry in plan if not entry[3]]
        updates = [entry for entry in plan if entry[3]]
        for operation, entries, message in (
                ('create', new, _('Your role does not allow creating members.')),
                ('write', updates, _('Your role does not allow modifying members.'))):
            if entries and not Partner.check_access_rights(operation, raise_exception=False):
                for line_no, vals in (entry[:2] for entry in entries):
                    refuse(line_no, vals, 'name', message, vals['name'])
        if refused_rows:
            return [], None
        # new members: the create rules on the values as they would be stored
        rows = Partner._ccis_bulk_prepare([entry[1] for entry in new], check=False)[0]
        for index, site_id in Partner._ccis_bulk_refused(rows, 'create').items():
            line_no, vals = new[index][:2]
            refuse(line_no, vals, 'province', _(
                'Row outside your sites: this member would be served '
                'by "%s", where you cannot create members.') % site_label(site_id))
        # existing members: the write rules on the member, then on its new province
        refused_ids = Partner._ccis_refused_ids([entry[3] for entry in updates], 'write')
        moving = []
        for line_no, vals, _state, partner_id, match in updates:
            if partner_id in refused_ids:
                refuse(line_no, vals, 'name', _(
                    'Member "%s" in the database is served '
                    'by "%s": you cannot modify it.') % (match['name'], site_label(
                        match['ccis_site_id'] and match['ccis_site_id'][0])), vals['name'])
            elif vals.get('ccis_province_id'):
                moving.append((line_no, vals))
        moved = Partner._ccis_bulk_prepare(
            [vals for _l, vals in moving], check=False)[0] if moving else []
        for index, site_id in Partner._ccis_bulk_refused(moved, 'write').items():
            line_no, vals = moving[index]
            refuse(line_no, vals, 'province', _(
                'Row outside your sites: this member would move to '
                'site "%s", where you cannot modify members.') % site_label(site_id))
        prepared = None if refused_rows else ([entry[1] for entry in new], rows)
        return [entry for entry in plan if entry[0] not in refused_rows], prepared

    def _validate_rows(self, rows, mapping):
        refs = self._references()
        parsed = [self._parse_row(row, mapping, refs) for row in rows]
        by_ice, by_rc = self._existing(parsed)
        seen_ice, seen_rc = {}, {}
        plan, problems, matches = [], [], []
        for index, (vals, row_problems, _state, _typed) in enumerate(parsed):
            line_no = index + 2  # 1-based, after the header row
            ice, rc = vals.get('ccis_ice'), vals.get('ccis_rc')
            rc_key = (rc, vals.get('ccis_court_id')) if rc else None
            if ice and ice in seen_ice:
                row_problems.append(self._problem('ice', ice, _(
                    'Duplicate ICE in the file (already on row %s).') % seen_ice[ice]))
            elif ice:
                seen_ice[ice] = line_no
            if rc_key and rc_key in seen_rc:
                row_problems.append(self._problem('rc', rc, _(
                    'Duplicate RC and court in the file (already on row %s).')
                    % seen_rc[rc_key]))
            elif rc_key:
                seen_rc[rc_key] = line_no
            match = by_ice.get(ice) if ice else None
            rc_match = by_rc.get(rc_key) if rc_key else None
            if match and rc_match and rc_match['id'] != match['id']:
                row_problems.append(self._problem('rc', rc, _(
                    'ICE %s and RC %s designate two different members in the database.') % (ice, rc)))
            if not match and rc_match:
                if ice and rc_match['ccis_ice'] and rc_match['ccis_ice'] != ice:
                    row_problems.append(self._problem('ice', ice, _(
                        'RC %s belongs to a member in the database whose ICE is %s.')
                        % (rc, rc_match['ccis_ice'])))
                match = rc_match
            matches.append(match)
        # the identifiers of every row, in one go: a row matching a member is that member
        Partner = self.env['res.partner']
        for index, field_name, message in Partner._ccis_identifier_problems([
                dict(entry[0], id=match and match['id'])
                for entry, match in zip(parsed, matches)]):
            row_problems, typed = parsed[index][1], parsed[index][3]
            target = FIELD_COLUMNS.get(field_name, 'name')
            if field_name == 'ccis_ice' and any(p['target'] == 'ice' for p in row_problems):
                continue  # already told: twice in the file
            row_problems.append(self._problem(target, typed.get(target), message))
        for index, (vals, row_problems, state, _typed) in enumerate(parsed):
            line_no, match = index + 2, matches[index]
            for row_problem in row_problems:
                row_problem.update(row=line_no, name=vals.get('name', ''))
                problems.append(row_problem)
            if not any(p['kind'] == 'error' for p in row_problems):
                if not match and state:
                    vals['ccis_state'] = state
                plan.append((line_no, vals, state, match and match['id'], match))
        plan, prepared = self._check_access(plan, problems)
        problems.sort(key=lambda p: (p['row'], p['kind'] != 'error'))
        return plan, problems, prepared

    # ------------------------------------------------------------------
    # report
    # ------------------------------------------------------------------
    def _build_report(self, problems):
        output = io.BytesIO()
        book = xlsx.workbook(output, {'in_memory': True})
        sheet = book.add_worksheet(_('Anomalies'))
        bold = book.add_format({'bold': True, 'bg_color': '#DDDDDD'})
        headers = [_('Row'), _('Corporate Name'), _('Column'), _('Value'), _('Reason'),
                   _('Suggestion'), _('Kind')]
        kinds = dict(self.env['ccis.member.import.line']._fields['kind']._description_selection(
            self.env))
        for col, title in enumerate(headers):
            sheet.write(0, col, title, bold)
        for row, problem in enumerate(problems, start=1):
            sheet.write_number(row, 0, problem['row'])
            sheet.write(row, 1, problem['name'])
            sheet.write(row, 2, problem['column'])
            sheet.write(row, 3, problem['value'])
            sheet.write(row, 4, problem['message'])
            sheet.write(row, 5, problem['suggestion'])
            sheet.write(row, 6, kinds.get(problem['kind'], ''))
        sheet.set_column(1, 1, 35)
        sheet.set_column(4, 5, 60)
        book.close()
        return base64.b64encode(output.getvalue())

    # ------------------------------------------------------------------
    # writing
    # ------------------------------------------------------------------
    def _write_plan(self, plan, prepared=None):
        """Update the matched members one by one, create the new ones in bulk (with the
        values ``_check_access`` prepared for them)."""
        Partner = self.env['res.partner'].with_context(
            tracking_disable=True, mail_create_nolog=True, mail_notrack=True)
        reason = _('Import of file %s') % (self.file_name or '')
        updated, to_create = 0, []
        for line_no, vals, state, partner_id, match in plan:
            if not partner_id:
                to_create.append(vals)
                continue
            try:
                partner = Partner.browse(partner_id)
                partner.write(vals)
                if state and state != match['ccis_state']:
                    partner._ccis_set_state(state, reason)
            except (ValidationError, UserError, AccessError) as exc:
                raise UserError(_('Row %s: %s') % (line_no, exc.name))
            updated += 1
        if prepared and prepared[0] == to_create:
            prepared = (prepared[1], [])
        else:
            prepared = None
        # the identifiers were checked by _validate_rows (_ccis_identifier_problems)
        Partner._ccis_bulk_create(to_create, reason=reason, prepared=prepared, checked=True)
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

    @api.multi
    def action_accept_suggestions(self):
        """Apply every suggestion of the last check and import."""
        self.ensure_one()
        self.accept_suggestions = True
        return self._run(write=True)

    def _column_label(self, header, mapping, target):
        index = mapping.get(target)
        if index is None:
            return ''
        return '%s (%s)' % (header[index], xl_col_to_name(index))

    def _run(self, write):
        header, rows, mapping, unknown = self._read_file()
        labels = {v: k for k, v in mapping.items()}
        self.mapping = "\n".join(
            ['%s → %s' % (header[i], labels[i]) for i in sorted(labels)]
            + ([_('Ignored columns: %s') % ", ".join(unknown)] if unknown else []))
        plan, problems, prepared = self._validate_rows(rows, mapping)
        for problem in problems:
            problem['column'] = self._column_label(header, mapping, problem.pop('target'))
        errors = [p for p in problems if p['kind'] == 'error']
        suggestions = [p for p in problems if p['kind'] == 'suggestion']
        self.line_ids.unlink()
        values = {'row_count': len(rows), 'create_count': 0, 'update_count': 0,
                  'error_count': len({p['row'] for p in errors}),
                  'suggestion_count': len(suggestions),
                  'report_file': False, 'report_name': False, 'more_lines': 0}
        if errors:
            values['state'] = 'error'
        elif suggestions and not self.accept_suggestions:
            values['state'] = 'suggest'
        elif write:
            try:
                with self.env.cr.savepoint():
                    created, updated = self._write_plan(plan, prepared)
            except (UserError, ValidationError, AccessError, psycopg2.IntegrityError) as exc:
                message = getattr(exc, 'name', None) or str(exc)
                problems = [{'row': 0, 'name': '', 'column': '', 'value': '', 'kind': 'error',
                             'message': message, 'suggestion': ''}]
                values.update(state='error', error_count=1)
            else:
                values.update(state='done', create_count=created, update_count=updated)
                for problem in suggestions:
                    problem['kind'] = 'note'
        else:
            values['state'] = 'draft'
        if problems:
            values.update(
                line_ids=[(0, 0, {k: p[k] for k in (
                    'row', 'name', 'column', 'value', 'message', 'suggestion', 'kind')})
                    for p in problems[:MAX_LINES]],
                more_lines=max(len(problems) - MAX_LINES, 0),
                report_file=self._build_report(problems),
                report_name='rapport_import_%s.xlsx' % (
                    (self.file_name or 'import').rsplit('.', 1)[0]))
        self.write(values)
        return {
            'type': 'ir.actions.act_window',
            'res_model': self._name,
            'res_id': self.id,
            'view_mode': 'form',
            'target': 'new',
            'context': dict(self.env.context),
        }


class CcisMemberImportLine(models.TransientModel):
    _name = 'ccis.member.import.line'
    _description = 'Member Import Anomaly'
    _order = 'row, id'

    wizard_id = fields.Many2one(
        'ccis.member.import.wizard', required=True, ondelete='cascade', index=True)
    row = fields.Integer(string='Row')
    name = fields.Char(string='Corporate Name')
    column = fields.Char(string='Column')
    value = fields.Char(string='Value')
    message = fields.Char(string='Reason')
    suggestion = fields.Char(string='Suggestion')
    kind = fields.Selection(LINE_KINDS, string='Kind', default='error')

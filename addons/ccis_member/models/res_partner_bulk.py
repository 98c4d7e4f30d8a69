"""Members created in bulk (the member import, benchmarks): ``create()`` in a few
statements per 1,000 rows instead of ~100 queries per member.

The columns come from the model's fields, whatever the installed addons add: the
values given (with the defaults, the identifiers cleaned and the lifecycle's dates) fill
the plain columns of one ``COPY``, its text converted while PostgreSQL stores the rows
already sent (``tools/sqlcopy.py``; ``INSERT`` if a value is not plain). Stored computed
and related fields: those of ``_ccis_bulk_computers`` (the registry's own, whose values
follow from the row) are computed in Python into the same rows; one that depends on
one2many/many2many fields only (empty on new members) is computed on the first member and
copied to the others; every other one is computed by its own compute method over the new
members, as the ORM does after ``create()``, and written in one ``UPDATE`` per 1,000 rows,
so no column is left empty whatever addon adds it. The Python constraints then run over the
rows (the identifiers' once only when the caller, the import, has checked them), and the
record rules on the rows as stored.
``tests/test_bulk.py`` compares the records with ``create()``'s, field by field. Not
done: the default avatar image, followers and the "created" chatter note.
"""
import re

from psycopg2.extras import execute_values

from odoo import SUPERUSER_ID, _, api, fields, models
from odoo.exceptions import AccessError, UserError

from ..tools import normalize, sqlcopy
from .res_partner_identifiers import IDENTIFIER_FIELDS

BATCH = 1000
COMPUTE_BATCH = 1000


class _DryRun(Exception):
    """Rolls back the savepoint of a dry run, carrying its result."""


class ResPartner(models.Model):
    _inherit = 'res.partner'

    @api.model
    def _ccis_bulk_fields(self):
        """``(columns, computed)``: the names of the stored fields given by the values
        and of the stored computed (or related) fields, from the model's fields."""
        columns, computed = [], []
        for name, field in self._fields.items():
            if not (field.store and field.column_type) or name == 'id' or \
                    name in models.MAGIC_COLUMNS:
                continue
            (computed if field.compute else columns).append(name)
        return columns, computed

    @api.model
    def _ccis_bulk_prepare(self, vals_list, check=True):
        """The rows ``_ccis_bulk_create`` would insert for ``vals_list`` (the plain
        columns: defaults, identifiers as stored, lifecycle dates) and, if ``check``, what
        is wrong with their identifiers, as ``(index in vals_list, field name, French
        message)`` (``_ccis_identifier_problems``). No query per row."""
        columns = self._ccis_bulk_fields()[0]
        defaults = self.default_get(columns)
        today = fields.Date.context_today(self)
        rows = []
        for vals in vals_list:
            if vals.get('parent_id'):
                raise UserError(_('Bulk creation does not handle child contacts.'))
            row = dict(defaults, **self._ccis_clean_vals(dict(vals)))
            row['ccis_is_member'] = True
            if row.get('website'):
                row['website'] = self._clean_website(row['website'])
            rows.append(self._ccis_lifecycle_defaults(row, today))
        problems = self._ccis_identifier_problems(rows) if check else []
        return rows, problems

    @api.model
    def _ccis_bulk_computers(self):
        """``{field name: function(row) -> value as stored}``: the stored computed fields
        of the member registry that the creation in bulk computes itself from the row, as
        their compute methods would, a hundred times faster than the ORM for these
        values of every member. Only a shortcut: a stored computed field missing here is
        computed by the ORM (``_ccis_bulk_compute``), and ``tests/test_bulk.py`` compares
        every stored field with ``create()``'s. ``commercial_partner_id`` is the member
        itself (no parent in bulk)."""
        Province, Sector = self.env['ccis.province'], self.env['ccis.member.sector']
        Site = self.env['ccis.site']
        provinces, sectors = {}, {}

        def province(row):
            province_id = row.get('ccis_province_id') or False
            if province_id not in provinces:
                record = Province.browse(province_id)
                provinces[province_id] = (
                    record.region_id.id, Site.get_site_for_province(record).id
                ) if province_id else (False, False)
            return provinces[province_id]

        def category(row):
            sector_id = row.get('ccis_sector_id') or False
            if sector_id not in sectors:
                sectors[sector_id] = sector_id and Sector.browse(sector_id).category_id.id
            return sectors[sector_id]

        def display_name(row):
            # res.partner's name_get without parent
            name = row.get('name') or ''
            if row.get('company_name') and not row.get('is_company'):
                name = '%s, %s' % (row['company_name'], name)
            return name.replace('\n\n', '\n')

        return {
            'display_name': display_name,
            'commercial_partner_id': lambda row: row['id'],  # the member itself
            'commercial_company_name': lambda row: (
                row.get('is_company') and row.get('name') or row.get('company_name') or None),
            'commercial_partner_country_id': lambda row: row.get('country_id') or None,
            'partner_share': lambda row: True,  # no user yet
            'activity_date_deadline': lambda row: None,  # no activity yet
            'ccis_name_key': lambda row: normalize.name_key(row.get('name')) or None,
            'ccis_name_skeleton': lambda row: normalize.name_skeleton(row.get('name')) or None,
            'ccis_name_ar_skeleton': lambda row: normalize.name_skeleton(
                row.get('ccis_name_ar')) or None,
            'ccis_region_id': lambda row: province(row)[0] or None,
            'ccis_site_id': lambda row: province(row)[1] or None,
            'ccis_category_id': lambda row: category(row) or None,
            'ccis_members_total': lambda row: (
                (row.get('ccis_members_women') or 0) + (row.get('ccis_members_men') or 0)),
        }

    @api.model
    def _ccis_bulk_insert(self, rows, computed=None):
        """Insert ``rows`` (as prepared) with their stored computed fields (or those of
        ``computed``); return the new members. Neither constraints nor record rules are
        checked here."""
        columns, all_computed = self._ccis_bulk_fields()
        computed = all_computed if computed is None else computed
        computers = self._ccis_bulk_computers()
        fast = [name for name in computed if name in computers]
        slow = [name for name in computed if name not in computers]
        now = fields.Datetime.now()
        # the ids are taken first: the member itself is its commercial partner
        self._cr.execute("SELECT nextval('res_partner_id_seq') FROM generate_series(1, %s)",
                         (len(rows),))
        ids = [row[0] for row in self._cr.fetchall()]
        computers = [computers[name] for name in fast]
        names = ', '.join('"%s"' % name for name in ['id'] + columns + fast + [
            'create_uid', 'write_uid', 'create_date', 'write_date'])
        query = 'INSERT INTO res_partner (%s) VALUES %%s' % names
        copy = 'COPY res_partner (%s) FROM STDIN' % names
        position = {name: index for index, name in enumerate(columns)}
        converters = [self._fields[name].convert_to_column for name in columns]
        magic = (self.env.uid, self.env.uid, now, now)
        # the computed values first: they may read the database, which the COPY below
        # holds while it runs
        extras = [tuple(compute(dict(vals, id=member_id)) for compute in computers)
                  for member_id, vals in zip(ids, rows)]

        def lines(empty, convert):
            # a member fills a tenth of the columns: the others stay as the empty row has them
            for member_id, vals, extra in zip(ids, rows, extras):
                line = list(empty)
                for name, value in vals.items():
                    index = position.get(name)
                    if index is not None and value is not None:
                        line[index] = convert(converters[index](value, self))
                yield [convert(member_id)] + line + [convert(value) for value in extra + magic]

        # by one COPY, the rows converted while PostgreSQL stores the previous ones (no
        # statement of a thousand rows to parse); by INSERT if a value is not one COPY's
        # text format takes as it is (a binary, say). The new ids are in no cache: nothing
        # to invalidate (Odoo's invalidation by ids walks every field for every id)
        texts = ('\t'.join(line) + '\n'
                 for line in lines([sqlcopy.NULL] * len(columns), sqlcopy.copy_value))
        if not sqlcopy.copy_lines(self._cr, copy, texts):
            execute_values(self._cr, query, [tuple(line) for line in lines(
                [None] * len(columns), lambda value: value)], page_size=BATCH)
        members = self.browse(ids)
        # a field that depends only on lines (empty on new members) has the same value on
        # each: computed by the ORM on the first member, copied to the others in SQL
        constant = [name for name in slow if self._ccis_bulk_on_lines_only(name)]
        slow = [name for name in slow if name not in constant]
        if constant and ids:
            members[:1]._ccis_bulk_compute(constant)
            self._cr.execute('SELECT %s FROM res_partner WHERE id = %%s' % ', '.join(
                '"%s"' % name for name in constant), (ids[0],))
            # (an empty value is the NULL inserted: nothing to copy)
            if len(ids) > 1 and any(value is not None for value in self._cr.fetchone()):
                self._cr.execute('UPDATE res_partner SET %s FROM res_partner AS first '
                                 'WHERE first.id = %%s AND res_partner.id IN %%s' % ', '.join(
                                     '"%s" = first."%s"' % (name, name) for name in constant),
                                 (ids[0], tuple(ids[1:])))
        # the others by the ORM, by slices: its computation slows down with their size
        for start in range(0, len(ids), COMPUTE_BATCH):
            members[start:start + COMPUTE_BATCH]._ccis_bulk_compute(slow)
        return members

    @api.model
    def _ccis_bulk_on_lines_only(self, name):
        """True when the stored computed field ``name`` depends on one2many or many2many
        fields only (``ccis_is_elected``: the member's mandates): fields a member created in
        bulk has empty, so that its value is the same for all of them."""
        depends = self._fields[name].depends
        if not depends:
            return False
        for path in depends:
            field = self._fields.get(path.split('.')[0])
            if not field or field.type not in ('one2many', 'many2many') or field.compute or \
                    field.related:
                return False
        return True

    @api.multi
    def _ccis_bulk_compute(self, names):
        """Compute the stored fields ``names`` of ``self`` (members ``_ccis_bulk_insert`` has
        just inserted) with their compute methods, over
        all of ``self`` at once as the ORM does after ``create()``, and store the values
        that are not empty in one ``UPDATE``. As superuser: the rows are checked against
        the rules afterwards."""
        if not self or not names:
            return
        # the compute methods read only what they need, not the whole row
        records = self.sudo().with_context(prefetch_fields=False)
        # members just inserted have no lines yet (ids new in this transaction, nothing
        # else written): the one2many and many2many fields the computations depend on are
        # empty, not to be read
        cache = records.env.cache
        for fname in {path.split('.')[0] for name in names
                      for path in records._fields[name].depends}:
            field = records._fields.get(fname)
            if field and field.type in ('one2many', 'many2many') and not field.compute and \
                    not field.related:
                for record in records:
                    cache.set(record, field, ())
        todo = [records._fields[name] for name in names]
        for field in todo:
            records.env.add_todo(field, records)
        lines = []
        for record in records:
            values = record._convert_to_write({name: record[name] for name in names})
            line = tuple(field.convert_to_column(values[field.name], record) for field in todo)
            # an empty value is read as the NULL inserted: no need to write the row again
            if any(value not in (None, False) for value in line):
                lines.append((record.id,) + line)
        for field in todo:
            records._recompute_done(field)
        if not lines:
            return
        execute_values(self._cr, 'UPDATE res_partner SET %s FROM (VALUES %%s) AS v (%s) '
                       'WHERE res_partner.id = v.id' % (
                           ', '.join('"%s" = v."%s"::%s' % (field.name, field.name,
                                                            field.column_type[1])
                                     for field in todo),
                           ', '.join(['id'] + ['"%s"' % field.name for field in todo])),
                       lines, page_size=BATCH)

    @api.model
    def _ccis_bulk_refused(self, rows, operation='create'):
        """``{index: serving site id}`` of the ``rows`` (as prepared) that the user's
        record rules for ``operation`` refuse, with nothing written: the rows are inserted
        in a savepoint, with the computed fields the rules name (and the site), for the
        rules to be asked on them, then rolled back."""
        if not rows or self.env.uid == SUPERUSER_ID:
            return {}
        where = self.env['ir.rule'].domain_get(self._name, operation)[0]
        if not where:
            return {}
        # only the computed columns the rules name are needed
        named = set(re.findall(r'"(\w+)"', ' '.join(where))) | {'ccis_site_id'}
        computed = [name for name in self._ccis_bulk_fields()[1] if name in named]
        try:
            with self._cr.savepoint():
                members = self._ccis_bulk_insert(rows, computed)
                denied = self._ccis_refused_ids(members.ids, operation)
                raise _DryRun({index: member.ccis_site_id.id
                               for index, member in enumerate(members.sudo())
                               if member.id in denied})
        except _DryRun as dry_run:
            refused = dry_run.args[0]
        self.invalidate_cache()
        return refused

    @api.model
    def _ccis_bulk_create(self, vals_list, reason=None, prepared=None, checked=False):
        """Create many members at once (imports, benchmarks): the same records as
        ``create()`` gives, with the same checks (access rights, constraints, record
        rules on the rows as stored) and the status history. Contacts with a parent go
        through ``create()``. ``prepared``: what ``_ccis_bulk_prepare`` returned for
        ``vals_list`` in this transaction, when the caller has it already. ``checked``:
        the caller has found nothing wrong with the rows' identifiers by
        ``_ccis_identifier_problems`` in this transaction (the import's validation, which
        also names the row): their constraint ``_check_ccis_identifiers``, the same check,
        is not run twice."""
        if not vals_list:
            return self.browse()
        self.check_access_rights('create')
        rows = prepared[0] if prepared else self._ccis_bulk_prepare(vals_list, check=False)[0]
        columns, computed = self._ccis_bulk_fields()
        # the constraints of the fields given, as create() checks those of its values
        given = set().union(*rows) & set(columns)
        try:
            with self._cr.savepoint():
                members = self._ccis_bulk_insert(rows)
                refused = self._ccis_refused_ids(members.ids, 'create')
                if refused:
                    outside = _('Member "%s": served by "%s", outside the sites where you can create members.')
                    raise AccessError("\n".join(
                        outside % (member.name, member.ccis_site_id.name or '-')
                        for member in members.browse(sorted(refused)[:50]).sudo()))
                # the constraints read the rows' values from the cache, not from the table
                records = members.with_context(prefetch_fields=False)
                validated = self._ccis_bulk_validated(given | set(computed), checked)
                constrained = {name for check in self._constraint_methods
                               if set(check._constrains) & validated
                               for name in check._constrains} & set(columns)
                for member, row in zip(records, rows):
                    member._cache.update(member._convert_to_cache(
                        {name: row.get(name) or False for name in constrained},
                        validate=False))
                records._validate_fields(validated)
        except Exception:
            # nothing was written: forget what the cache holds of the rows
            self.invalidate_cache()
            raise
        now = fields.Datetime.now()
        reason = reason or _('Member registration')
        history = [(member_id, vals['ccis_state_date'], vals['ccis_state'], reason,
                    self.env.uid, self.env.uid, self.env.uid, now, now)
                   for member_id, vals in zip(members.ids, rows)]
        columns = ('partner_id, date, new_state, reason, user_id, create_uid, write_uid, '
                   'create_date, write_date')
        if not sqlcopy.copy_rows(
                self._cr, 'COPY ccis_member_status_history (%s) FROM STDIN' % columns, history):
            execute_values(self._cr, 'INSERT INTO ccis_member_status_history (%s) VALUES %%s'
                           % columns, history, page_size=BATCH)
        self.invalidate_cache()
        members._ccis_bulk_created()
        return members

    @api.model
    def _ccis_bulk_validated(self, names, checked):
        """The fields whose constraints ``_ccis_bulk_create`` runs: ``names``, less the
        identifiers that only ``_check_ccis_identifiers`` checks when the caller has checked
        them already (``checked``)."""
        if not checked:
            return names
        others = set()
        for check in self._constraint_methods:
            if check.__name__ != '_check_ccis_identifiers':
                others.update(check._constrains)
        for _func, _msg, fnames in self._constraints:
            others.update(fnames or ())
        return set(names) - (set(IDENTIFIER_FIELDS) - others)

    @api.multi
    def _ccis_bulk_created(self):
        """Called by ``_ccis_bulk_create`` on the members it has just inserted in SQL: what
        other addons keep of a creation that the ORM's ``create`` would have done for them
        (``ccis_audit``: the audit trail), in batch."""
        return True

import io
from collections import OrderedDict

from psycopg2.extras import execute_values

from odoo import api, fields, models
from odoo.fields import DATE_LENGTH, DATETIME_LENGTH

from odoo.addons.auditlog.models.rule import FIELDS_BLACKLIST
from odoo.addons.ccis_base.models.ccis_lock_mixin import CHATTER_PREFIXES
from odoo.addons.ccis_member.tools.sqlcopy import copy_value

# what a creation log leaves out: the fields left empty
EMPTY = (False, None, '', [])


class AuditlogRule(models.Model):
    """The suite's use of the OCA audit log: what a log line holds, and the rules of the
    suite's models (data/auditlog_rule_data.xml), subscribed at each update and their "View
    logs" action shown to the audit service only."""

    _inherit = 'auditlog.rule'

    @api.model
    def get_auditlog_fields(self, model):
        """Stored fields, but not the chatter and activities (they keep their own history),
        binaries (images and files would be copied in the log), one-to-many lists (their
        records have rules of their own when they matter) nor fields restricted to groups
        (``signup_token``: a secret; the OCA addon reads them as the user who creates, who may
        not see them)."""
        return [name for name in super(AuditlogRule, self).get_auditlog_fields(model)
                if not name.startswith(CHATTER_PREFIXES) and not model._fields[name].groups
                and model._fields[name].type not in ('binary', 'one2many')]

    def _create_log_line_on_create(self, log, fields_list, new_values):
        """A creation logs the values given, not every empty field of the model."""
        values = new_values.get(log.res_id, {})
        filled = [name for name in fields_list if values.get(name) not in EMPTY]
        return super(AuditlogRule, self)._create_log_line_on_create(log, filled, new_values)

    @api.model
    def _ccis_subscribe(self, xmlids):
        """Subscribe the rules ``xmlids`` (once), their "View logs" action for the audit
        service only."""
        rules = self.browse([self.env.ref(xmlid).id for xmlid in xmlids])
        rules.filtered(lambda rule: rule.state != 'subscribed').subscribe()
        rules.mapped('action_id').write({
            'name': 'Journal d\'audit',
            'groups_id': [(6, 0, self.env.ref('ccis_base.group_ccis_audit').ids)],
        })
        return True

    @api.model
    def _ccis_log_bulk_create(self, records):
        """The creation logs of ``records``, inserted in SQL by a bulk path (the member
        import) that the OCA addon's patched ``create`` does not see: one log per record and
        one line per filled field, as ``create`` writes them, when a subscribed rule logs
        the creations of their model. A few statements per 1,000 records, none per record."""
        if not records or self.env.context.get('auditlog_disabled'):
            return False
        rule = self.sudo().search([('model_id.model', '=', records._name),
                                   ('state', '=', 'subscribed'), ('log_create', '=', True)],
                                  limit=1)
        if not rule:
            return False
        uid, now = self.env.uid, fields.Datetime.now()
        Rule = self.sudo()
        Model = records.sudo().with_context(prefetch_fields=False)
        fields_info = OrderedDict()
        for name in Rule.get_auditlog_fields(Model):
            info = name not in FIELDS_BLACKLIST and Rule._get_field(rule.model_id, name)
            if info:
                fields_info[name] = info
        request_id = Rule.env['auditlog.http.request'].current_http_request() or None
        session_id = Rule.env['auditlog.http.session'].current_http_session() or None
        query = """
            INSERT INTO auditlog_log (name, model_id, res_id, method, user_id, http_request_id,
                http_session_id, log_type, create_uid, write_uid, create_date, write_date)
            VALUES %s RETURNING id, res_id"""
        magic = '\t'.join(copy_value(value) for value in (uid, uid, now, now))
        for ids in self.env.cr.split_for_in_conditions(records.ids, size=1000):
            # the records' names, once: also those of a many2one to themselves
            # (commercial_partner_id)
            names = Rule._ccis_names(Model, ids)
            rows = Rule._ccis_read_values(
                Model, ids, Rule._ccis_filled_fields(Model, ids, fields_info),
                known={records._name: names})
            logs = execute_values(self.env.cr, query, [
                ((names.get(row['id']) or '')[:64] or None, rule.model_id.id, row['id'],
                 'create', uid, request_id, session_id, rule.log_type, uid, uid, now, now)
                for row in rows], page_size=1000, fetch=True)
            log_ids = dict((res_id, log_id) for log_id, res_id in logs)
            texts = Rule._ccis_many_names(rows, fields_info)
            # the lines (a score a record) by COPY: several times faster than INSERT
            lines = io.StringIO()
            for row in rows:
                log_id = log_ids[row['id']]
                for name, info in fields_info.items():
                    value = row.get(name)
                    if value in EMPTY:
                        continue
                    text = texts.get(name, {}).get(tuple(value), value) \
                        if isinstance(value, list) else value
                    value = copy_value(str(value))
                    lines.write('%d\t%d\t%s\t%s\t%s\n' % (
                        info['id'], log_id, value,
                        value if text is row.get(name) else copy_value(str(text)), magic))
            lines.seek(0)
            self.env.cr.copy_expert(
                "COPY auditlog_log_line (field_id, log_id, new_value, new_value_text, "
                "create_uid, write_uid, create_date, write_date) FROM STDIN", lines)
        self.env['auditlog.log'].invalidate_cache()
        return True

    def _ccis_names(self, Model, ids):
        """``{id: name}`` of the records ``ids``, as ``name_get`` gives them: a partner's
        from its stored ``display_name`` (what its ``name_get`` gave, without the context
        flags that change it), in one query instead of reading every partner."""
        flags = ('show_address', 'show_address_only', 'show_email', 'html_format')
        field = Model._fields.get('display_name')
        if Model._name == 'res.partner' and field.store and \
                not any(Model.env.context.get(flag) for flag in flags):
            self.env.cr.execute('SELECT id, display_name FROM res_partner WHERE id IN %s',
                                [tuple(ids)])
            return dict(self.env.cr.fetchall())
        return dict(Model.browse(ids).name_get())

    def _ccis_filled_fields(self, Model, ids, names):
        """The fields among ``names`` that hold a value in one of the records ``ids`` at
        least, in one query: a creation log leaves the empty ones out, and reading only the
        others is several times faster (a bulk-created member fills a tenth of them)."""
        columns, filled = [], []
        for name in names:
            field = Model._fields[name]
            if field.type == 'many2many' and field.store and not field.compute and \
                    field.relation:
                # (a new record's many2many are mostly empty: not read when so)
                self.env.cr.execute('SELECT 1 FROM "%s" WHERE "%s" IN %%s LIMIT 1' % (
                    field.relation, field.column1), [tuple(ids)])
                if self.env.cr.fetchone():
                    filled.append(name)
            elif not (field.store and field.column_type):
                filled.append(name)  # (read)
            elif field.type == 'boolean':
                columns.append((name, 'bool_or("%s")' % name))
            elif field.type in ('integer', 'float', 'monetary'):
                columns.append((name, 'bool_or(COALESCE("%s", 0) <> 0)' % name))
            elif field.type in ('char', 'text', 'selection', 'html'):
                columns.append((name, 'bool_or(COALESCE("%s"::text, \'\') <> \'\')' % name))
            else:
                columns.append((name, 'bool_or("%s" IS NOT NULL)' % name))
        if columns:
            self.env.cr.execute('SELECT %s FROM "%s" WHERE id IN %%s' % (
                ', '.join(expression for _name, expression in columns), Model._table),
                [tuple(ids)])
            found = self.env.cr.fetchone()
            filled += [name for (name, _expression), value in zip(columns, found) if value]
        return filled

    def _ccis_read_values(self, Model, ids, names, known=None):
        """``Model.browse(ids).read(names)``, the values as ``read`` gives them (what the
        ORM's creation log holds), with the stored columns selected in SQL: ``read`` builds
        the records' cache field by field, several times slower on thousands of records.
        ``known``: ``{model: {id: name}}`` of names the caller has already."""
        known = known or {}
        columns = [name for name in names
                   if Model._fields[name].store and Model._fields[name].column_type]
        others = [name for name in names if name not in columns]
        rows = {row['id']: row for row in Model.browse(ids).read(others)} if others else {
            record_id: {'id': record_id} for record_id in ids}
        if columns:
            self.env.cr.execute('SELECT id, %s FROM "%s" WHERE id IN %%s' % (
                ', '.join('"%s"' % name for name in columns), Model._table), [tuple(ids)])
            fetched = self.env.cr.fetchall()
            names_of = {}
            for name in columns:
                field = Model._fields[name]
                if field.type == 'many2one':
                    linked = {row[columns.index(name) + 1] for row in fetched} - {None}
                    given = known.get(field.comodel_name, {})
                    missing = [record_id for record_id in linked if record_id not in given]
                    names_of[name] = dict(given)
                    if missing:
                        names_of[name].update(self.env[field.comodel_name].with_context(
                            prefetch_fields=False).browse(missing).name_get())
            for row in fetched:
                values = rows[row[0]]
                for name, value in zip(columns, row[1:]):
                    values[name] = self._ccis_read_value(Model._fields[name], value,
                                                         names_of.get(name))
        return [rows[record_id] for record_id in ids]

    @staticmethod
    def _ccis_read_value(field, value, names):
        """A column's ``value`` as ``read`` gives it (``names``: {id: name} of a
        many2one's records)."""
        if value is None:
            return False
        if field.type == 'many2one':
            return (value, names.get(value))
        if field.type == 'float' or field.type == 'monetary':
            return float(value)
        if field.type in ('date', 'datetime'):
            # (Odoo reads them as text: a date, a datetime without its microseconds)
            return value[:DATE_LENGTH if field.type == 'date' else DATETIME_LENGTH]
        return value

    def _ccis_many_names(self, rows, fields_info):
        """{field name: {ids: name_get of ids}} for the to-many fields of ``rows``, one
        ``name_get`` per field: the text of a to-many value in a creation log."""
        texts = {}
        for name, info in fields_info.items():
            if not (info['relation'] and '2many' in info['ttype']):
                continue
            ids = {record_id for row in rows for record_id in row.get(name) or ()}
            if not ids:
                continue
            names = dict(self.env[info['relation']].browse(list(ids)).name_get())
            texts[name] = {tuple(row[name]): [(record_id, names.get(record_id))
                                              for record_id in row[name]]
                           for row in rows if row.get(name)}
        return texts

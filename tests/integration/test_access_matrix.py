"""The declared access matrix (``access_matrix.csv``, format in its header), walked with real
users: for every model of the suite, every role and every operation (read, create, write,
unlink), what the role may do, and on unit- or site-scoped models on which records: those of
the user's own unit, of another unit of the same site, of another site.

Each check is a real operation in a savepoint rolled back afterwards: ``read()``, ``create()``
of a copy of a sample record, ``write()`` of a field with its own value, ``unlink()``. An
``AccessError`` means refused, success means allowed. When the operation fails for another
reason (a business rule: a validated record cannot be deleted, a unique code...), the access
rights and record rules are asked instead (``check_access_rights`` and ``check_access_rule``),
and the summary counts these checks apart.

The table is ``access_matrix.csv`` beside this file, and the ``tests/access_matrix.csv`` of
every addon (same header; rows for the addon's own models, so that a new addon declares its
models next to its tests). A model of the suite missing from every table fails: a new model
must be declared.

``CCIS_MATRIX_DISCOVER=path`` writes what the walk finds in the table's format instead of
comparing (to review, never to copy blindly: the table says what must be, not what is).
``CCIS_MATRIX_MODELS=model,model`` and ``CCIS_MATRIX_ROLES=role,role`` restrict the walk to
those models and roles (a targeted run while changing their security; the whole walk is what
counts).
"""
import csv
import glob
import io
import os
import re
import tempfile
from collections import OrderedDict
from contextlib import contextmanager

from odoo.exceptions import AccessError
from odoo.models import MAGIC_COLUMNS
from odoo.tests.common import SavepointCase
from odoo.tools import mute_logger
from odoo.tools.safe_eval import safe_eval

MATRIX = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'access_matrix.csv')
ADDONS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), 'addons')
KEY_COLUMNS = ('model', 'scope', 'sample', 'operation')
OPERATIONS = ('read', 'create', 'write', 'unlink')
# the records a role's user is tested on, for scoped models: one of the user's own unit,
# one of another unit of the user's site, one of another site
LOCATIONS = ('unit', 'site', 'other')
SCOPES = OrderedDict([
    ('all', {'unit', 'site', 'other'}),
    ('own_site', {'unit', 'site'}),
    ('own_units', {'unit'}),
    ('none', set()),
])
# the roles (the table's columns): a demo user, or a user built with the group in the unit; a
# demo user of no unit (an elected member) has the records placed around ``unit`` instead
ROLES = OrderedDict([
    ('agent', {'user': 'ccis_base.user_agent_appui_demo'}),
    ('chef', {'user': 'ccis_base.user_manager_appui_demo'}),
    ('annexe', {'user': 'ccis_base.user_director_kenitra_demo'}),
    ('direction', {'user': 'ccis_base.user_direction_demo'}),
    ('audit', {'user': 'ccis_base.user_audit_demo'}),
    ('president', {'user': 'ccis_base.user_bureau_demo'}),
    ('elected', {'user': 'ccis_governance.user_elected_demo',
                 'unit': 'ccis_base.ccis_unit_direction_demo'}),
    ('admin', {'group': 'ccis_base.group_ccis_admin', 'unit': 'ccis_base.ccis_unit_direction_demo'}),
])
# models a scope path may end on, and how a location (a unit) gives their value
LOCATION_MODELS = ('hr.department', 'ccis.site', 'ccis.province')
QUIET = dict(tracking_disable=True, mail_notrack=True, mail_create_nolog=True,
             mail_create_nosubscribe=True, no_reset_password=True)


def matrix_paths():
    """The tables: the suite's, then those of the addons (``addons/*/tests/access_matrix.csv``)."""
    return [MATRIX] + sorted(glob.glob(os.path.join(ADDONS, '*', 'tests', 'access_matrix.csv')))


def read_matrix(paths=None):
    """The tables as one OrderedDict {(model, scope, sample): {operation: {role: value}}}, the
    list of their roles (the columns after the key columns, the same in every table) and
    {(model, scope, sample): the addon whose table declares it, None for the suite's}.
    Lines starting with # are comments."""
    blocks, roles, origins = OrderedDict(), None, {}
    for path in paths or matrix_paths():
        name = os.path.relpath(path, os.path.dirname(ADDONS))
        addon = os.path.basename(os.path.dirname(os.path.dirname(path))) \
            if os.path.abspath(path) != MATRIX else None
        with open(path, encoding='utf-8') as matrix:
            text = ''.join(line for line in matrix if line.strip() and not line.startswith('#'))
        reader = csv.DictReader(io.StringIO(text))
        file_roles = [column for column in reader.fieldnames or () if column not in KEY_COLUMNS]
        if roles is None:
            roles = file_roles
        elif file_roles != roles or list(reader.fieldnames[:len(KEY_COLUMNS)]) != list(
                KEY_COLUMNS):
            raise ValueError('%s: the header must be %s' % (
                name, ','.join(list(KEY_COLUMNS) + roles)))
        for row in reader:
            key = (row['model'].strip(), row['scope'].strip(), row['sample'].strip())
            block = blocks.setdefault(key, OrderedDict())
            if origins.setdefault(key, addon) != addon:
                raise ValueError('%s: %s is declared in another table too' % (name, key))
            operation = row['operation'].strip()
            if operation in block:
                raise ValueError('%s: %s %s declared twice' % (name, key, operation))
            block[operation] = OrderedDict((role, (row[role] or '').strip()) for role in roles)
    return blocks, roles or [], origins


class _Rollback(Exception):
    pass


class TestAccessMatrix(SavepointCase):

    @classmethod
    def setUpClass(cls):
        super(TestAccessMatrix, cls).setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **QUIET))
        cls.blocks, cls.roles, origins = read_matrix()
        # the tables of addons that are not installed do not count
        installed = set(cls.env['ir.module.module'].search(
            [('state', '=', 'installed')]).mapped('name'))
        cls.blocks = OrderedDict((key, block) for key, block in cls.blocks.items()
                                 if origins[key] is None or origins[key] in installed)
        cls.users = OrderedDict((role, cls._role_user(role)) for role in ROLES)
        # the unit the records are placed around for a user of no unit
        cls.home_units = {cls.users[role]: cls.env.ref(spec['unit'])
                          for role, spec in ROLES.items() if spec.get('user') and spec.get('unit')}
        # a unit outside every hierarchy on each site: "another unit of the same site"
        Unit = cls.env['hr.department']
        cls.loose_units = {
            site: Unit.create({'name': 'Unité de contrôle de la matrice (%s)' % site.code,
                               'site_id': site.id, 'ccis_kind': 'department'})
            for site in cls.env['ccis.site'].search([])}

    @classmethod
    def _role_user(cls, role):
        spec = ROLES[role]
        if spec.get('user'):
            return cls.env.ref(spec['user'])
        unit = cls.env.ref(spec['unit'])
        user = cls.env['res.users'].create({
            'name': 'Matrice %s' % role, 'login': 'matrix_%s' % role,
            'email': 'matrix_%s@example.ma' % role,
            'groups_id': [(6, 0, cls.env.ref(spec['group']).ids)],
        })
        cls.env['hr.employee'].create({'name': user.name, 'user_id': user.id,
                                       'department_id': unit.id})
        return user

    # ------------------------------------------------------------------
    # the table
    # ------------------------------------------------------------------
    def _suite_models(self):
        """Models the table must declare: those the suite's addons define (not wizards, not
        abstract), and the standard models the suite gives access rows or record rules."""
        modules = self.env['ir.module.module'].search(
            [('name', '=like', 'ccis\\_%'), ('state', '=', 'installed')]).mapped('name')
        models = set()
        for model in self.env['ir.model'].search([]):
            names = set((model.modules or '').replace(' ', '').split(','))
            Model = self.env.get(model.model)
            if (Model is not None and names and names <= set(modules)
                    and not Model._abstract and not Model._transient):
                models.add(model.model)
        data = self.env['ir.model.data'].search(
            [('module', 'in', modules), ('model', 'in', ('ir.model.access', 'ir.rule'))])
        for xmlid in data:
            record = self.env[xmlid.model].browse(xmlid.res_id).exists()
            models.update(record.mapped('model_id.model'))
        return models

    def test_every_suite_model_is_declared(self):
        declared = {model for model, _scope, _sample in self.blocks}
        missing = sorted(self._suite_models() - declared)
        self.assertFalse(missing, 'models of the suite missing from access_matrix.csv: %s'
                         % ', '.join(missing))

    def test_matrix_is_well_formed(self):
        self.assertEqual(self.roles, list(ROLES), 'the roles of access_matrix.csv')
        for (model, scope, sample), block in self.blocks.items():
            with self.subTest(model=model, scope=scope):
                self.assertIn(model, self.env, 'unknown model')
                self.assertEqual(list(block), list(OPERATIONS), 'one row per operation')
                values = {value for roles in block.values() for value in roles.values()}
                allowed = set(SCOPES) if scope else {'all', 'none'}
                self.assertFalse(values - allowed, 'values allowed: %s' % sorted(allowed))
                for path in scope.split():
                    self._path_target_field(self.env[model], path)
                self._sample(model, sample, bool(scope))

    def test_addon_tables_are_read_with_the_suites(self):
        header = ','.join(list(KEY_COLUMNS) + self.roles)
        row = ','.join(['ccis.test.model', '', '', 'read'] + ['none'] * len(self.roles))
        with tempfile.TemporaryDirectory() as root:
            path = os.path.join(root, 'ccis_test_addon', 'tests', 'access_matrix.csv')
            os.makedirs(os.path.dirname(path))
            with open(path, 'w', encoding='utf-8') as table:
                table.write('# the test addon\n%s\n%s\n' % (header, row))
            blocks, roles, origins = read_matrix([MATRIX, path])
            self.assertEqual(roles, self.roles)
            self.assertIn(('ccis.test.model', '', ''), blocks)
            self.assertEqual(origins[('ccis.test.model', '', '')], 'ccis_test_addon')
            self.assertEqual(origins[('res.partner', 'ccis_province_id',
                                      "[('ccis_is_member', '=', True)]")], None)
            with open(path, 'w', encoding='utf-8') as table:
                table.write('%s\n%s\n' % (header.replace(',admin', ''), row))
            with self.assertRaisesRegex(ValueError, 'the header must be'):
                read_matrix([MATRIX, path])
            with open(path, 'w', encoding='utf-8') as table:
                table.write('%s\n%s\n' % (header, ','.join(
                    ['ccis.region', '', '', 'read'] + ['all'] * len(self.roles))))
            with self.assertRaisesRegex(ValueError, 'another table'):
                read_matrix([MATRIX, path])

    # ------------------------------------------------------------------
    # the walk
    # ------------------------------------------------------------------
    def test_access_matrix(self):
        self._checks, self._fallbacks, differences, discovered = 0, OrderedDict(), [], []
        model_paths = {}
        for model, scope, _sample in self.blocks:
            model_paths.setdefault(model, set()).update(scope.split())
        only_models = set(filter(None, os.environ.get('CCIS_MATRIX_MODELS', '').split(',')))
        only_roles = set(filter(None, os.environ.get('CCIS_MATRIX_ROLES', '').split(',')))
        blocks = [(key, block) for key, block in self.blocks.items() if key[0] in self.env
                  and (not only_models or key[0] in only_models)]
        users = OrderedDict((role, user) for role, user in self.users.items()
                            if not only_roles or role in only_roles)
        for (model, scope, sample_domain), block in blocks:
            # the scopes of the model's other blocks point elsewhere (another site)
            others = sorted(model_paths[model] - set(scope.split()))
            for role, user in users.items():
                found = self._walk(model, scope, sample_domain, others, user)
                for operation in OPERATIONS:
                    declared = block[operation][role]
                    for location in (LOCATIONS if scope else ('unit',)):
                        allowed = location in found[operation]
                        if declared in SCOPES and allowed != (location in SCOPES[declared]):
                            differences.append('%s%s %s %s on a record of %s: declared %s, %s' % (
                                model, ' [%s]' % scope if scope else '', role, operation,
                                self._location_label(location), declared,
                                'allowed' if allowed else 'refused'))
                    discovered.append((model, scope, sample_domain, operation, role,
                                       self._scope_of(found[operation], bool(scope))))
        print('\naccess matrix: %d models (%d blocks) x %d roles x %d operations = %d cells; '
              '%d checks, %d decided by the rules after a business error: %s' % (
                  len({key[0] for key, _block in blocks}), len(blocks), len(users),
                  len(OPERATIONS), len(blocks) * len(users) * len(OPERATIONS), self._checks,
                  sum(self._fallbacks.values()),
                  ', '.join('%s: %d' % item for item in self._fallbacks.items())))
        if os.environ.get('CCIS_MATRIX_DISCOVER'):
            self._write_discovered(os.environ['CCIS_MATRIX_DISCOVER'], discovered, users)
            return
        if differences:
            self.fail('%d differences with access_matrix.csv:\n%s' % (
                len(differences), '\n'.join(differences)))

    def _walk(self, model, scope, sample_domain, others, user):
        """{operation: locations where ``user`` may do it} on ``model``'s sample, put in turn
        on each location through the paths of ``scope`` (``others`` on another site)."""
        paths = scope.split()
        sample = self._sample(model, sample_domain, bool(paths)) or self.env[model]
        found = {operation: set() for operation in OPERATIONS}
        for location in (LOCATIONS if paths else ('unit',)):
            with self._rolled_back():
                for path in others:
                    self._place(sample, path, self._location_unit(user, 'other'))
                for path in paths:
                    self._place(sample, path, self._location_unit(user, location))
                self._location = location
                for operation in OPERATIONS:
                    allowed, how = self._probe(sample, paths, sample_domain, user, operation)
                    self._checks += 1
                    if how != 'real':
                        key = '%s %s (%s)' % (model, operation, how)
                        self._fallbacks[key] = self._fallbacks.get(key, 0) + 1
                    if allowed:
                        found[operation].add(location)
        return found

    @contextmanager
    def _rolled_back(self):
        try:
            with self.env.cr.savepoint():
                yield
                raise _Rollback()
        except _Rollback:
            pass
        finally:
            self.env.clear()

    def _probe(self, sample, paths, domain, user, operation):
        """Whether ``user`` may do ``operation`` on ``sample`` (create: a copy of it), and how
        it was decided: 'real' (the operation itself) or the business error met."""
        record = sample.sudo(user).with_context(**QUIET)
        if not sample:
            return record.check_access_rights(operation, raise_exception=False), 'no record'
        field = self._probe_field(sample, paths)
        if operation == 'create':
            values = self._copy_values(sample, domain)
        elif operation == 'write':
            values = {field: sample._fields[field].convert_to_write(sample.sudo()[field], sample)}
        try:
            with self._rolled_back(), mute_logger('odoo.sql_db', 'odoo.models'):
                if operation == 'read':
                    record.read([field])
                elif operation == 'create':
                    record.create(values)
                elif operation == 'write':
                    record.write(values)
                else:
                    record.unlink()
            return True, 'real'
        except AccessError as error:
            self._debug('refused', sample, user, operation, error)
            return False, 'real'
        except Exception as error:  # pylint: disable=broad-except
            if self._caused_by_access_error(error):
                # a constraint met a record the user may not read (Odoo wraps the error)
                self._debug('refused', sample, user, operation, error)
                return False, 'real'
            # refused for another reason than access: ask the access rights and rules
            self._debug('business error', sample, user, operation, error)
            allowed = record.check_access_rights(operation, raise_exception=False)
            if allowed:
                try:
                    record.check_access_rule(operation)
                except AccessError:
                    allowed = False
            return allowed, type(error).__name__

    def _debug(self, what, sample, user, operation, error):
        """With CCIS_MATRIX_DEBUG=1, print why an operation failed (to read with pytest -s)."""
        if os.environ.get('CCIS_MATRIX_DEBUG'):
            print('%s: %s %s by %s on a record of %s: %s' % (
                what, sample._name, operation, user.login, self._location_label(self._location),
                str(error)[:300].replace('\n', ' ')))

    @staticmethod
    def _caused_by_access_error(error):
        while error is not None:
            if isinstance(error, AccessError):
                return True
            error = error.__cause__ or error.__context__
        return False

    @staticmethod
    def _copy_values(sample, domain):
        """Values of a copy of ``sample``: it matches the sample domain's equalities, and
        its text columns under a unique constraint are changed so that it is no duplicate."""
        values = sample.sudo().copy_data()[0]
        for term in safe_eval(domain or '[]'):
            if isinstance(term, (list, tuple)) and len(term) == 3 and term[1] == '=' \
                    and '.' not in term[0]:
                values[term[0]] = term[2]
        for _name, definition, _message in sample._sql_constraints:
            match = re.match(r'\s*unique\s*\((.*)\)', definition, re.IGNORECASE)
            for column in (match.group(1).split(',') if match else ()):
                column = column.strip()
                field = sample._fields.get(column)
                if field and field.type == 'char' and values.get(column):
                    values[column] = '%s (matrice)' % values[column]
                    break
        return values

    @staticmethod
    def _probe_field(record, paths):
        """A stored field read, and written with its own value: the record's name if it is a
        plain field, else its first plain field (a date, a number, a text...), else the
        first field of its scope."""
        fields = record._fields

        def plain(name, types=('char', 'text', 'selection', 'date', 'datetime', 'integer',
                               'float', 'monetary', 'boolean', 'html')):
            field = fields.get(name)
            return (field and field.store and not field.compute and not field.related
                    and field.type in types and name not in MAGIC_COLUMNS
                    and name not in ('parent_left', 'parent_right', 'active'))

        for name in [record._rec_name] + sorted(fields):
            if plain(name):
                return name
        for path in paths:
            return path.split('.')[0]
        return 'id'

    def _sample(self, model, domain, scoped=True):
        """The record the checks work on. A scoped model must have one; without one, an
        unscoped model is checked on its access rights only."""
        sample = self.env[model].sudo().search(safe_eval(domain or '[]'), limit=1, order='id')
        self.assertTrue(sample or not scoped, '%s: no record matches the sample domain %s in '
                        'the database' % (model, domain or '[]'))
        return sample

    @staticmethod
    def _path_target_field(record, path):
        names = path.split('.')
        Model = record
        for name in names[:-1]:
            Model = Model.env[Model._fields[name].comodel_name]
        field = Model._fields[names[-1]]
        if field.comodel_name not in LOCATION_MODELS:
            raise AssertionError('scope %s must end on %s' % (path, ', '.join(LOCATION_MODELS)))
        return field

    def _place(self, sample, path, unit):
        """Put ``sample`` at ``unit`` (or its site, or a province of that site) through ``path``."""
        names = path.split('.')
        target = sample.sudo()
        for name in names[:-1]:
            target = target.mapped(name)
        if not target:
            return  # the sample has no such parent (an optional link)
        field = target._fields[names[-1]]
        value = unit
        if field.comodel_name == 'ccis.site':
            value = unit.site_id
        elif field.comodel_name == 'ccis.province':
            value = unit.site_id.province_ids.filtered(
                lambda p: self.env['ccis.site'].get_site_for_province(p) == unit.site_id)[:1]
            self.assertTrue(value, 'site %s serves no province' % unit.site_id.name)
        target.write({field.name: [(6, 0, value.ids)] if field.type == 'many2many' else value.id})

    def _location_unit(self, user, location):
        own = user._ccis_default_unit() or self.home_units[user]
        if location == 'unit':
            return own
        if location == 'site':
            return self.loose_units[own.site_id]
        other = [site for site in self.loose_units if site != own.site_id]
        return self.loose_units[other[0]]

    @staticmethod
    def _location_label(location):
        return {'unit': "the user's unit", 'site': 'another unit of the same site',
                'other': 'another site'}[location]

    @staticmethod
    def _scope_of(locations, scoped):
        for name, scope in SCOPES.items():
            if locations == scope or (not scoped and name in ('all', 'none')
                                      and bool(locations) == bool(scope)):
                return name
        return '?' + '+'.join(sorted(locations))

    def _write_discovered(self, path, discovered, users):
        cells = OrderedDict()
        for model, scope, sample, operation, role, value in discovered:
            cells.setdefault((model, scope, sample, operation), OrderedDict())[role] = value
        with open(path, 'w', encoding='utf-8') as out:
            writer = csv.writer(out, lineterminator='\n')
            writer.writerow(list(KEY_COLUMNS) + list(users))
            for key, roles in cells.items():
                writer.writerow(list(key) + list(roles.values()))

#!/usr/bin/env python3
"""Access rows a group already gets through an implied group (issue #12: rows only for the
lowest group that needs each permission).

A row (model, group G, perms P) is removable when every permission of P is given, on the same
model, by rows of groups G strictly implies (transitively), or by a row without group, found in
the CSV of the same addon or of the addons it depends on. Removing all such rows at once is
safe: each permission of a removed row is still given by a kept row lower in the hierarchy.

    .venv/bin/python tools/redundant_access_rows.py [addon ...]

prints the removable rows of the addons (default: every addon of ``addons/``), one a line:
addon, xml id, group, permissions. The implied groups are read from the ``implied_ids`` of the
groups in the XML files, the rows from the ``ir.model.access.csv`` files, of the repository's
addons and of Odoo's (Employee, HR officer... give rows too). Exits 1 when it found some.
"""
import ast
import csv
import glob
import importlib.util
import os
import re
import sys
from collections import defaultdict

from lxml import etree

PERMS = ('perm_read', 'perm_write', 'perm_create', 'perm_unlink')


def full(ref, module):
    return ref if '.' in ref else '%s.%s' % (module, ref)


def implied(paths):
    graph = defaultdict(set)
    files = [(addons, path) for addons in paths
             for path in glob.glob(os.path.join(addons, '*', '**', '*.xml'), recursive=True)]
    for addons, path in files:
        module = os.path.relpath(path, addons).split(os.sep)[0]
        try:
            tree = etree.parse(path)
        except etree.XMLSyntaxError:
            continue
        for rec in tree.iter('record'):
            if rec.get('model') != 'res.groups':
                continue
            group = full(rec.get('id'), module)
            for field in rec.iter('field'):
                if field.get('name') == 'implied_ids' and field.get('eval'):
                    for ref in re.findall(r"ref\('([^']+)'\)", field.get('eval')):
                        graph[group].add(full(ref, module))
    closure = {}

    def walk(group):
        if group not in closure:
            closure[group] = set()
            for sub in graph[group]:
                closure[group] |= {sub} | walk(sub)
        return closure[group]
    for group in list(graph):
        walk(group)
    return closure


def depends(paths, module, seen=None):
    seen = set() if seen is None else seen
    if module in seen:
        return seen
    seen.add(module)
    for addons in paths:
        manifest = os.path.join(addons, module, '__manifest__.py')
        if os.path.exists(manifest):
            with open(manifest) as f:
                for dep in ast.literal_eval(f.read()).get('depends', []) or ['base']:
                    depends(paths, dep, seen)
            break
    return seen


def _row(row, module):
    group = row.get('group_id:id') or row.get('group_id') or ''
    model = row.get('model_id:id') or row.get('model_id') or '?'
    return dict(row, group=full(group, module) if group else '', model=full(model, module),
                perms={perm for perm in PERMS if (row.get(perm) or '').strip() in ('1', 'True')})


def rows(paths):
    result = {}
    files = [path for addons in paths
             for path in sorted(glob.glob(os.path.join(addons, '*', 'security', '*.csv')))
             if os.path.basename(path) == 'ir.model.access.csv']
    for path in files:
        module = path.split(os.sep)[-3]
        with open(path, encoding='utf-8') as f:
            result[module] = [_row(row, module) for row in csv.DictReader(f)]
    return result


def removable(addons, modules):
    closure = implied(addons)
    all_rows = rows(addons)
    found = []
    for module in modules:
        visible = [row for dep in depends(addons, module) for row in all_rows.get(dep, [])]
        for row in all_rows.get(module, []):
            if not row['group']:
                continue
            lower = closure.get(row['group'], set())
            given = set()
            for other in visible:
                if other['model'] == row['model'] and other is not row and (
                        not other['group'] or other['group'] in lower):
                    given |= other['perms']
            if row['perms'] <= given:
                found.append((module, row['id'], row['group'], sorted(row['perms'])))
    return found


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    spec = importlib.util.find_spec('odoo')
    paths = [os.path.join(root, 'addons'),
             os.path.join(list(spec.submodule_search_locations)[0], 'addons')]
    found = removable(paths, argv or sorted(rows(paths[:1])))
    for module, xmlid, group, perms in found:
        print(module, xmlid, group, ','.join(perm[5:] for perm in perms))
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

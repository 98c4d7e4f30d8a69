"""The addons' manifests as Odoo stores them: a new database starts from base.sql, whose
ir_module_module.summary holds 256 characters; a longer summary stops the creation of the
database with the suite before any addon is loaded (seen twice: ccis_portal, ccis_mediation)."""
import ast
import glob
import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MANIFESTS = sorted(glob.glob(os.path.join(ROOT, 'addons', '*', '__manifest__.py')))


@pytest.mark.parametrize('path', MANIFESTS, ids=lambda path: path.split(os.sep)[-2])
def test_manifest_fits_odoo_module_table(path):
    with open(path, encoding='utf-8') as manifest:
        values = ast.literal_eval(manifest.read())
    for key in ('name', 'summary'):
        assert len(values.get(key, '')) <= 256, '%s: %s longer than 256 characters' % (
            path, key)
    assert values.get('license') == 'AGPL-3'
    assert values.get('version', '').startswith('11.0.')

"""Access rows only for the lowest group that needs each permission (issue #12): no row of
the suite gives a group what an implied group (the suite's or Odoo's) already has on the same
model (tools/redundant_access_rows.py)."""
import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _tool():
    spec = importlib.util.spec_from_file_location(
        'redundant_access_rows', os.path.join(ROOT, 'tools', 'redundant_access_rows.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _paths():
    odoo_spec = importlib.util.find_spec('odoo')
    return [os.path.join(ROOT, 'addons'),
            os.path.join(list(odoo_spec.submodule_search_locations)[0], 'addons')]


def test_no_access_row_repeats_an_implied_group():
    tool = _tool()
    paths = _paths()
    assert tool.removable(paths, sorted(tool.rows(paths[:1]))) == []


def test_the_check_finds_a_repeated_row(tmp_path):
    """The check sees a row that an implied group already gives (the bureau implies
    Employee, which reads partners)."""
    tool = _tool()
    addon = tmp_path / 'ccis_probe'
    (addon / 'security').mkdir(parents=True)
    (addon / '__manifest__.py').write_text("{'name': 'probe', 'depends': ['ccis_base']}")
    (addon / 'security' / 'ir.model.access.csv').write_text(
        'id,name,model_id:id,group_id:id,perm_read,perm_write,perm_create,perm_unlink\n'
        'access_probe_partner_bureau,probe,base.model_res_partner,'
        'ccis_base.group_ccis_bureau,1,0,0,0\n')
    paths = [str(tmp_path)] + _paths()
    assert tool.removable(paths, ['ccis_probe']) == [
        ('ccis_probe', 'access_probe_partner_bureau', 'ccis_base.group_ccis_bureau',
         ['perm_read'])]

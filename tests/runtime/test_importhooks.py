"""Post-import hooks patch a module once it is imported, without importing it early."""
import sys
import types

from ccis_runtime import importhooks


def test_hook_runs_on_import(tmp_path, monkeypatch):
    (tmp_path / 'ccis_probe_module.py').write_text('VALUE = 1\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    seen = []
    importhooks.register('ccis_probe_module', lambda module: seen.append(module.VALUE))
    assert seen == []
    import ccis_probe_module  # noqa: F401
    assert seen == [1]
    del sys.modules['ccis_probe_module']


def test_hook_runs_at_once_for_a_module_already_imported():
    module = types.ModuleType('ccis_probe_loaded')
    sys.modules['ccis_probe_loaded'] = module
    try:
        seen = []
        importhooks.register('ccis_probe_loaded', seen.append)
        assert seen == [module]
    finally:
        del sys.modules['ccis_probe_loaded']


def test_odoo_modules_are_patched_on_import():
    import importlib
    safe_eval = importlib.import_module('odoo.tools.safe_eval')
    from odoo.addons.base.ir.ir_qweb import qweb
    from ccis_runtime import qweb as qweb_support
    assert safe_eval._ccis_py311
    assert qweb.compile is qweb_support.compile

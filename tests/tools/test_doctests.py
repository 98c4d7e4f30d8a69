"""The doctests of every suite addon's pure functions (addons/*/tools/*.py) run with the suite:
each module that has examples is one test, failing on any example whose output differs."""
import doctest
import glob
import importlib
import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _modules_with_examples():
    modules = []
    for path in sorted(glob.glob(os.path.join(ROOT, 'addons', '*', 'tools', '*.py'))):
        with open(path, encoding='utf-8') as source:
            if '>>>' not in source.read():
                continue
        addon = path.split(os.sep)[-3]
        name = os.path.splitext(os.path.basename(path))[0]
        modules.append('odoo.addons.%s.tools.%s' % (addon, name))
    return modules


MODULES = _modules_with_examples()


def test_tools_have_examples():
    """The suite's rules are documented by examples: at least the identifier and KPI rules."""
    assert 'odoo.addons.ccis_member.tools.identifiers' in MODULES
    assert any(name.startswith('odoo.addons.ccis_activity.tools.') for name in MODULES)


@pytest.mark.parametrize('module_name', MODULES)
def test_doctests(module_name):
    module = importlib.import_module(module_name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted, '%s: no example ran' % module_name
    assert not result.failed, '%s: %d of %d examples failed (see the output above)' % (
        module_name, result.failed, result.attempted)

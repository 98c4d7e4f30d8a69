"""Run a function on a module right after it is first imported (a post-import hook).

Used to adapt Odoo modules without importing them early: ``odoo`` must not be imported before
the standard library is adapted, and Odoo's addons are imported only once its configuration
is read.
"""
import importlib.abc
import sys

_hooks = {}


class _HookedLoader(importlib.abc.Loader):
    """Wraps a module's own loader and runs the hooks once the module has executed."""

    def __init__(self, loader, name):
        self._loader = loader
        self._name = name

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        for hook in _hooks.get(self._name, ()):
            hook(module)

    def __getattr__(self, attr):
        # get_source, get_code, is_package...: the wrapped loader answers
        return getattr(self._loader, attr)


class _PostImportFinder(importlib.abc.MetaPathFinder):

    def find_spec(self, fullname, path, target=None):
        if fullname not in _hooks:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, 'find_spec'):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, 'exec_module'):
                    spec.loader = _HookedLoader(spec.loader, fullname)
                return spec
        return None


_finder = _PostImportFinder()


def register(module_name, hook):
    """Call ``hook(module)`` once ``module_name`` is imported (now, if it already is)."""
    _hooks.setdefault(module_name, []).append(hook)
    if _finder not in sys.meta_path:
        sys.meta_path.insert(0, _finder)
    module = sys.modules.get(module_name)
    if module is not None:
        hook(module)

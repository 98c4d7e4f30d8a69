"""Python 3.11 runtime support for Odoo 11.0.

Odoo 11 was written for Python 3.5/3.6. This package adapts the Python 3.11 runtime (and, once
they are imported, a few Odoo modules) from the outside, without editing installed files.
Every entry point (the ``ccis`` launcher, the pytest plugin) calls :func:`apply` before Odoo is
imported. Each adaptation lives in its own module and has a unit test under ``tests/runtime``.
"""
from . import importhooks, postgres, stdlib, testing

_applied = False


def apply():
    """Install every adaptation once; safe to call several times."""
    global _applied
    if _applied:
        return
    stdlib.apply()
    postgres.apply()
    testing.apply()
    # Odoo's own modules are patched when (and if) they are imported.
    from . import safe_eval, qweb, retry
    importhooks.register('odoo.tools.safe_eval', safe_eval.patch_module)
    importhooks.register('odoo.addons.base.ir.ir_qweb.qweb', qweb.patch_module)
    importhooks.register('odoo.addons.base.ir.ir_qweb.ir_qweb', qweb.patch_module)
    importhooks.register('odoo.service.model', retry.patch_module)
    _applied = True

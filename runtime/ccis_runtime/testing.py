"""unittest.mock on Werkzeug 0.16's proxies (the tests' runtime).

``mock.patch`` asks whether the object it replaces is asynchronous (Python 3.8+,
``_is_async_obj``) by looking up attributes such as ``__func__`` and ``_is_coroutine``,
expecting AttributeError when they are missing. Odoo's ``odoo.http.request`` is a Werkzeug
``LocalProxy``, which outside a request raises RuntimeError ("object unbound") for any
attribute: ``mock.patch('...controllers.main.request')``, as the OCA's password_security tests
do, then fails before the test runs. An unbound proxy is not an asynchronous object: the
question gets False. Applied to ``unittest.mock`` and to its backport ``mock`` (pinned in
requirements.txt, which Odoo 11's and the OCA's tests import), once imported.
"""
import importlib

from . import importhooks

BACKPORT = 'mock.mock'


def _tolerant(is_async_obj):
    def _is_async_obj(obj):
        try:
            return is_async_obj(obj)
        except RuntimeError:
            return False
    _is_async_obj.ccis_original = is_async_obj
    return _is_async_obj


def patch_module(module):
    if hasattr(module, '_is_async_obj') and not hasattr(module._is_async_obj, 'ccis_original'):
        module._is_async_obj = _tolerant(module._is_async_obj)


def apply():
    patch_module(importlib.import_module('unittest.mock'))
    importhooks.register(BACKPORT, patch_module)

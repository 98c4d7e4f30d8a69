"""mock.patch replaces Werkzeug proxies that are unbound (odoo.http.request outside a request),
with unittest.mock and with its backport mock."""
import sys
import types
import unittest.mock

import mock as mock_backport
import pytest
from werkzeug.local import LocalStack

import ccis_runtime


@pytest.fixture
def controllers():
    ccis_runtime.apply()
    module = types.ModuleType('ccis_test_controllers')
    module.request = LocalStack()()  # as odoo.http builds its request proxy
    sys.modules[module.__name__] = module
    yield module
    del sys.modules[module.__name__]


@pytest.mark.parametrize('mock', [unittest.mock, mock_backport], ids=['unittest.mock', 'mock'])
def test_patch_an_unbound_proxy(controllers, mock):
    with mock.patch('ccis_test_controllers.request') as request:
        assert controllers.request is request
        assert not isinstance(request, mock.AsyncMock)
    assert controllers.request is not request


def test_other_errors_still_raise():
    ccis_runtime.apply()

    class Broken(object):
        def __getattr__(self, name):
            raise ValueError(name)
    with pytest.raises(ValueError):
        unittest.mock._is_async_obj(Broken())

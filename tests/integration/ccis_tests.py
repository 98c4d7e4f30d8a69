"""What the integration tests use from tests/conftest.py. Not ``from conftest import``: when
pytest collects tests/browser too, the module named ``conftest`` is tests/browser's."""
import importlib.util
import os
import sys

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'conftest.py')


def _suite_conftest():
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == PATH:
            return module
    spec = importlib.util.spec_from_file_location('ccis_tests_conftest', PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_conftest = _suite_conftest()
ROOT = _conftest.ROOT
OdooServer = _conftest.OdooServer
free_port = _conftest.free_port
suite_database = _conftest.test_database

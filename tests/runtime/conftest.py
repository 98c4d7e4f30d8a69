"""The runtime tests need no database: replace pytest-odoo's session fixture that loads the
registry of the test database (autouse for every test it collects)."""
import pytest


@pytest.fixture(scope='session', autouse=True)
def load_registry():
    yield

"""pytest plugin: loaded with ``-p ccis_runtime.pytest_plugin`` (see pytest.ini) before the
plugins found through entry points, so the runtime support is in place before pytest-odoo
imports odoo.

It also makes the suite's own tests work in the chamber's language: the suite's source strings
are English (Odoo's convention) and its staff read them in French (``fr.po``), so the
environment of each suite test case (``odoo.addons.ccis_*`` and ``tests/``) carries
``lang=fr_FR``, as the web client's context does for a French user. Messages, labels, choices
and reports are then the French a user sees; a test that needs another language says so with
``with_context(lang=...)``. Other addons' tests (Odoo's, the OCA's) keep Odoo's empty context.
"""
import ccis_runtime
from ccis_runtime import importhooks, launcher

TEST_LANG = 'fr_FR'

ccis_runtime.apply()
launcher.setup_environment()


def _suite_test(cls):
    module = cls.__module__ or ''
    return module.startswith('odoo.addons.ccis_') or not module.startswith('odoo.')


def _in_test_lang(env):
    if env.context.get('lang'):
        return env
    return env(context=dict(env.context, lang=TEST_LANG))


def _patch_test_cases(common):
    transaction_setup = common.TransactionCase.setUp
    single_setup_class = common.SingleTransactionCase.setUpClass.__func__

    def setUp(self):
        transaction_setup(self)
        if _suite_test(type(self)):
            self.env = _in_test_lang(self.env)

    @classmethod
    def setUpClass(cls):
        single_setup_class(cls)
        if _suite_test(cls):
            cls.env = _in_test_lang(cls.env)

    common.TransactionCase.setUp = setUp
    common.SingleTransactionCase.setUpClass = setUpClass


importhooks.register('odoo.tests.common', _patch_test_cases)

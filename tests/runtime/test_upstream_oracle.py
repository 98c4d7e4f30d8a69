"""The upstream oracle reads Odoo's test log into counts per module."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, 'tools'))

import upstream_tests  # noqa: E402

LOG = """\
2026-11-22 17:27:55,379 11234 INFO db odoo.addons.base.tests.test_views: test_a (odoo.addons.base.tests.test_views.T.test_a)
2026-11-22 17:27:55,502 11234 ERROR db odoo.addons.base.tests.test_views: FAIL: test_b (odoo.addons.base.tests.test_views.T.test_b)
2026-11-22 17:27:55,502 11234 INFO db odoo.addons.base.tests.test_views: Ran 72 tests in 1.731s
2026-11-22 17:27:56,000 11234 INFO db odoo.addons.mail.tests.test_mail: Ran 1 test in 0.1s
2026-11-22 17:27:56,100 11234 ERROR db odoo.addons.mail.tests.test_x: ERROR: test_c (odoo.addons.mail.tests.test_x.X.test_c)
2026-11-22 17:27:56,100 11234 INFO db odoo.addons.mail.tests.test_x: Ran 3 tests in 0.1s
2026-11-22 17:27:57,000 11234 INFO db odoo.modules.loading: 1 modules loaded in 17.85s
"""


def test_counts_per_module():
    counts, failing, problems = upstream_tests.parse_log(LOG.splitlines())
    assert counts['base'] == {'run': 72, 'failed': 1, 'errored': 0}
    assert counts['mail'] == {'run': 4, 'failed': 0, 'errored': 1}
    assert [name.split()[1] for name in failing] == ['test_b', 'test_c']
    assert problems == []


def test_critical_lines_are_problems():
    line = '2026-11-22 17:27:57,000 1 CRITICAL db odoo.service.server: Failed to initialize database `db`.'
    assert upstream_tests.parse_log([line])[2]


def test_oca_modules_from_the_requirements(tmp_path):
    requirements = tmp_path / 'requirements-oca.txt'
    requirements.write_text('# comment\nodoo11-addon-auditlog==11.0.1.0.1.99.dev9\n'
                            'odoo11-addon-auth-brute-force==11.0.1.2.0.99.dev15  # login\n')
    assert upstream_tests.oca_modules(str(requirements)) == ['auditlog', 'auth_brute_force']
    assert 'password_security' in upstream_tests.oca_modules()

#!/usr/bin/env python3
"""The upstream oracle: Odoo 11's own test suites of the modules the product builds on, run on
this runtime, on a database created for the run.

    bin/upstream-tests                 the default module set (see DEFAULT_MODULES)
    bin/upstream-tests base            only base
    bin/upstream-tests --oca           the OCA addons of requirements-oca.txt
    bin/upstream-tests --log FILE ...  keep Odoo's log there

Prints, per module and in total, tests run, failed and errored, then the names of the failing
tests. Exits 1 when a test failed or errored, when a module failed to install, or when a
module's failures are not the ones listed in KNOWN_FAILURES (none today).
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_MODULES = ['base', 'mail', 'account', 'l10n_ma', 'account_asset', 'account_budget', 'hr',
                   'hr_holidays', 'hr_payroll', 'purchase', 'event', 'membership', 'survey']

# Failures of Odoo 11's own suites that are not the runtime's, with the reason (README.md,
# "Upstream test suites"). Any other failure fails the run.
KNOWN_FAILURES = {
    'test_reports (odoo.addons.base.tests.test_reports.TestReports': (
        "stock's report_location_barcode template calls xrange(), which QWeb resolves from "
        "Python's builtins: Python 3 has none, on 3.6 as on 3.11 (bug of the 11.0.7 snapshot)"),
}

OCA_REQUIREMENTS = os.path.join(ROOT, 'requirements-oca.txt')
OCA_PREFIX = 'odoo11-addon-'

# "<date> <pid> LEVEL db odoo.addons.<module>.tests.<file>: Ran 12 tests in 0.3s"
LINE = re.compile(r'^\S+ \S+ \d+ (?P<level>[A-Z]+) \S+ (?P<logger>[\w.]+): (?P<message>.*)$')
RAN = re.compile(r'^Ran (\d+) tests? in')
FAILED = re.compile(r'^(FAIL|ERROR): (\S+) \(([\w.]+)')
ADDON = re.compile(r'^odoo\.addons\.(\w+)\.')


def oca_modules(path=OCA_REQUIREMENTS):
    """The OCA addons the suite installs: odoo11-addon-auth-brute-force==... is
    auth_brute_force."""
    modules = []
    with open(path) as requirements:
        for line in requirements:
            line = line.split('#')[0].strip()
            if line.startswith(OCA_PREFIX):
                modules.append(line.split('==')[0][len(OCA_PREFIX):].replace('-', '_'))
    return modules


def parse_log(lines):
    """Counts per addon: {'addon': {'run': n, 'failed': n, 'errored': n}} and the failing tests."""
    counts = collections.OrderedDict()
    failing = []
    problems = []
    for line in lines:
        match = LINE.match(line)
        if not match:
            continue
        logger, message = match.group('logger'), match.group('message')
        addon = ADDON.match(logger)
        if addon and '.tests' in logger:
            row = counts.setdefault(addon.group(1), {'run': 0, 'failed': 0, 'errored': 0})
            ran = RAN.match(message)
            if ran:
                row['run'] += int(ran.group(1))
            failed = FAILED.match(message)
            if failed:
                row['failed' if failed.group(1) == 'FAIL' else 'errored'] += 1
                failing.append('%s %s (%s)' % (failed.group(1), failed.group(2), failed.group(3)))
        elif match.group('level') == 'CRITICAL' or 'Failed to load registry' in message:
            problems.append(message)
    return counts, failing, problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('modules', nargs='*', default=DEFAULT_MODULES)
    parser.add_argument('--database', default='ccis_upstream_%d' % os.getpid())
    parser.add_argument('--log', help="file to keep Odoo's log in")
    parser.add_argument('--keep', action='store_true', help='keep the database afterwards')
    parser.add_argument('--oca', action='store_true',
                        help='the OCA addons of requirements-oca.txt (instead of the default set)')
    args = parser.parse_args(argv)
    if args.oca:
        args.modules = oca_modules() + [m for m in args.modules if m not in DEFAULT_MODULES]

    subprocess.run(['dropdb', '--if-exists', args.database], check=True)
    command = [os.path.join(ROOT, 'ccis'), '-d', args.database, '-i', ','.join(args.modules),
               '--test-enable', '--stop-after-init', '--log-level=test', '--without-demo=',
               '--logfile=']
    started = time.time()
    print('upstream: %s' % ', '.join(args.modules), flush=True)
    process = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             universal_newlines=True)
    elapsed = time.time() - started
    if args.log:
        with open(args.log, 'w') as log:
            log.write(process.stdout)
    if not args.keep:
        subprocess.run(['dropdb', '--if-exists', args.database])

    counts, failing, problems = parse_log(process.stdout.splitlines())
    total = {'run': 0, 'failed': 0, 'errored': 0}
    print('%-24s %6s %7s %8s' % ('module', 'run', 'failed', 'errored'))
    for addon, row in counts.items():
        print('%-24s %6d %7d %8d' % (addon, row['run'], row['failed'], row['errored']))
        for key in total:
            total[key] += row[key]
    print('%-24s %6d %7d %8d' % ('TOTAL', total['run'], total['failed'], total['errored']))
    print('upstream: %.0f s' % elapsed)
    unknown = []
    for name in failing:
        reason = next((why for key, why in KNOWN_FAILURES.items() if key in name), None)
        print('  %s%s' % (name, '\n      known, not the runtime: ' + reason if reason else ''))
        if not reason:
            unknown.append(name)
    for problem in problems:
        print('  problem: ' + problem)
    if problems:
        return 1
    if total['run'] == 0:
        print('upstream: no test ran')
        return 1
    # Odoo exits non-zero when a test failed: only failures not listed above fail the run
    return 1 if unknown or (process.returncode and not failing) else 0


if __name__ == '__main__':
    sys.exit(main())

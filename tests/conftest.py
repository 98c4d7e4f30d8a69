"""Fixtures shared by the cross-addon tests: an Odoo server on the test database, started once
per session through the project's launcher, for the browser tests."""
import ctypes
import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _die_with_parent():
    """In the server process: be sent SIGTERM when pytest dies (killed by a timeout, say),
    rather than outlive it with a cursor open on the test database."""
    ctypes.CDLL('libc.so.6', use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(('127.0.0.1', 0))
        return sock.getsockname()[1]


class OdooServer(object):
    """A server process on the test database; its log is kept to find server errors."""

    def __init__(self, database, addons_path, extra_args=()):
        self.database = database
        self.addons_path = addons_path
        self.extra_args = list(extra_args)
        self.port = _free_port()
        self.url = 'http://127.0.0.1:%d' % self.port
        self.log_path = tempfile.mktemp(prefix='ccis-server-', suffix='.log')
        self.process = None

    def start(self, timeout=180):
        command = [os.path.join(ROOT, 'ccis'), '-d', self.database,
                   '--db-filter=^%s$' % self.database, '--addons-path=%s' % self.addons_path,
                   '--http-port=%d' % self.port,
                   '--workers=0', '--max-cron-threads=0',
                   '--log-level=%s' % os.environ.get('CCIS_SERVER_LOG_LEVEL', 'warn'),
                   '--log-handler=odoo.modules.loading:INFO',
                   '--logfile=%s' % self.log_path] + self.extra_args
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.STDOUT, preexec_fn=_die_with_parent)
        deadline = time.time() + timeout
        # No request before the registry is loaded: Odoo 11 serves HTTP while it preloads, and
        # a request then imports every addon in a second thread, racing the preload's imports
        # ("Model 'decimal.precision' does not exist in registry", seen here).
        while 'Modules loaded.' not in self.log():
            if self.process.poll() is not None:
                raise RuntimeError('the Odoo server stopped at start:\n%s' % self.log())
            if time.time() > deadline:
                raise RuntimeError('the Odoo server did not load in %d s:\n%s' % (timeout, self.log()))
            time.sleep(0.2)
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError('the Odoo server stopped at start:\n%s' % self.log())
            try:
                with urllib.request.urlopen(self.url + '/web/login', timeout=5) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.5)
        raise RuntimeError('the Odoo server did not answer in %d s:\n%s' % (timeout, self.log()))

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log(self):
        try:
            with open(self.log_path) as log:
                return log.read()
        except OSError:
            return ''

    def errors(self):
        """Server-side errors logged so far (tracebacks included)."""
        return [line for line in self.log().splitlines() if ' ERROR ' in line or ' CRITICAL ' in line]


def test_database():
    import odoo
    database = odoo.tools.config['db_name']
    if not database:
        pytest.skip('no test database: run through bin/test (or give --odoo-database)')
    return database, odoo.tools.config['addons_path']


@pytest.fixture(scope='session')
def odoo_server(request):
    server = OdooServer(*test_database()).start()
    request.addfinalizer(server.stop)
    return server


@pytest.fixture
def server_factory(request):
    """Start servers with extra Odoo arguments; each is stopped after the test."""
    def start(*extra_args):
        server = OdooServer(*test_database(), extra_args=extra_args)
        request.addfinalizer(server.stop)
        return server.start()
    return start


__all__ = ['OdooServer', 'free_port']
free_port = _free_port

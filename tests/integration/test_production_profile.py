"""The production profile serves in multi-process mode: prefork HTTP workers and the gevent
long-polling process, both started through the launcher."""
import os
import time
import urllib.request

from conftest import ROOT, free_port


def _get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status


def test_production_profile_runs_workers_and_long_polling(server_factory):
    longpolling_port = free_port()
    server = server_factory('-c', os.path.join(ROOT, 'config', 'odoo-production.conf'),
                            '--workers=2', '--longpolling-port=%d' % longpolling_port,
                            '--log-level=info')
    assert _get(server.url + '/web/login') == 200
    # the long-polling process is a second server, evented with gevent
    deadline = time.time() + 60
    while True:
        try:
            assert _get('http://127.0.0.1:%d/web/login' % longpolling_port) == 200
            break
        except OSError:
            assert time.time() < deadline, server.log()[-3000:]
            time.sleep(1)
    log = server.log()
    assert 'Worker WorkerHTTP' in log and 'Evented Service (longpolling)' in log, log[-3000:]
    assert not server.errors(), '\n'.join(server.errors())

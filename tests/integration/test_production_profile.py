"""The production profile serves in multi-process mode: prefork HTTP workers and the gevent
long-polling process, both started through the launcher; it has no database manager and it
throttles failed logins (ccis_audit: OCA auth_brute_force)."""
import base64
import os
import time
import urllib.request
import xmlrpc.client

import psycopg2
import pytest

from ccis_tests import ROOT, OdooServer, free_port, suite_database

# logged by Odoo when the database manager is asked for something: expected here
DB_MANAGER_BLOCKED = 'Database management functions blocked'


def _get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status


@pytest.fixture(scope='module')
def production_server(request):
    longpolling_port = free_port()
    server = OdooServer(*suite_database(), extra_args=(
        '-c', os.path.join(ROOT, 'config', 'odoo-production.conf'), '--workers=2',
        '--longpolling-port=%d' % longpolling_port, '--log-level=info'))
    request.addfinalizer(server.stop)
    server.start()
    server.longpolling_port = longpolling_port
    return server


def _errors(server):
    return [line for line in server.errors() if DB_MANAGER_BLOCKED not in line]


def test_production_profile_runs_workers_and_long_polling(production_server):
    server = production_server
    assert _get(server.url + '/web/login') == 200
    # the long-polling process is a second server, evented with gevent
    deadline = time.time() + 60
    while True:
        try:
            assert _get('http://127.0.0.1:%d/web/login' % server.longpolling_port) == 200
            break
        except OSError:
            assert time.time() < deadline, server.log()[-3000:]
            time.sleep(1)
    log = server.log()
    assert 'Worker WorkerHTTP' in log and 'Evented Service (longpolling)' in log, log[-3000:]
    assert not _errors(server), '\n'.join(_errors(server))


def test_production_profile_has_no_database_manager(production_server):
    db = xmlrpc.client.ServerProxy(production_server.url + '/xmlrpc/2/db')
    for call in (db.list, lambda: db.dump('admin', production_server.database, 'zip'),
                 lambda: db.drop('admin', production_server.database)):
        with pytest.raises(xmlrpc.client.Fault):
            call()
    with urllib.request.urlopen(production_server.url + '/web/login', timeout=30) as page:
        assert b'/web/database/manager' not in page.read()


def test_production_profile_throttles_failed_logins(production_server):
    """Ten wrong passwords for a login from one address: then even the right one is refused
    from that address (the answer does not say so); another login still gets in."""
    server = production_server
    common = xmlrpc.client.ServerProxy(server.url + '/xmlrpc/2/common')
    conn = psycopg2.connect(dbname=server.database)
    conn.autocommit = True
    with conn.cursor() as cr:
        cr.execute('SELECT coalesce(max(id), 0) FROM res_authentication_attempt')
        before = cr.fetchone()[0]
    try:
        assert common.authenticate(server.database, 'audit', 'audit', {})
        for _attempt in range(10):
            assert not common.authenticate(server.database, 'audit', 'not-the-password', {})
        assert not common.authenticate(server.database, 'audit', 'audit', {})
        assert common.authenticate(server.database, 'admin', 'admin', {})
        with conn.cursor() as cr:
            cr.execute('SELECT result, count(*) FROM res_authentication_attempt WHERE id > %s '
                       'AND login = %s AND remote = %s GROUP BY result',
                       (before, 'audit', '127.0.0.1'))
            assert dict(cr.fetchall()) == {'successful': 1, 'failed': 10, 'banned': 1}
    finally:
        # the test database keeps no trace of the attack (and nobody stays banned)
        with conn.cursor() as cr:
            cr.execute('DELETE FROM res_authentication_attempt WHERE id > %s', (before,))
        conn.close()
    assert not _errors(server), '\n'.join(_errors(server))


def test_import_wizard_over_xmlrpc(production_server):
    """An integration imports members over XML-RPC: the wizard works inline (no background
    job for an RPC caller) and answers with an action XML-RPC can carry."""
    from odoo.addons.ccis_member.tools.identifiers import make_ice
    server = production_server
    common = xmlrpc.client.ServerProxy(server.url + '/xmlrpc/2/common')
    models = xmlrpc.client.ServerProxy(server.url + '/xmlrpc/2/object', allow_none=True)
    uid = common.authenticate(server.database, 'admin', 'admin', {})
    ice = make_ice(977000000 + int(time.time()) % 1000000)
    rows = [['Raison sociale', 'Type', 'Forme juridique', 'ICE', 'Secteur', 'Province', 'Statut'],
            ['Charge Import XMLRPC', 'Société', 'SARL', ice, 'IND-TEXT', 'Rabat', 'Actif']]
    content = '\n'.join(';'.join(row) for row in rows).encode('utf-8')

    def call(model, method, *args):
        return models.execute_kw(server.database, uid, 'admin', model, method, list(args))

    wizard_id = call('ccis.member.import.wizard', 'create', {
        'file': base64.b64encode(content).decode(), 'file_name': 'ressortissants.csv'})
    member_ids = []
    try:
        action = call('ccis.member.import.wizard', 'action_import', [wizard_id])
        assert action['res_id'] == wizard_id and action['res_model'] == 'ccis.member.import.wizard'
        assert call('ccis.member.import.wizard', 'read', [wizard_id], ['state'])[0]['state'] == 'done'
        member_ids = call('res.partner', 'search', [('ccis_ice', '=', ice)])
        assert len(member_ids) == 1
    finally:
        if member_ids:
            call('res.partner', 'unlink', member_ids)
    assert not _errors(server), '\n'.join(_errors(server))

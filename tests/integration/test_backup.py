"""bin/backup and bin/restore round-trip the test database: the restored database has the same
records in the suite's tables, and every attached file with its checksum."""
import hashlib
import os
import subprocess
import tempfile

import psycopg2
import pytest

from ccis_tests import ROOT, suite_database

# besides the suite's own tables (ccis_*): members, attachments, users, the audit trail
TABLES = ('res_partner', 'res_users', 'ir_attachment', 'hr_department', 'event_registration',
          'auditlog_log', 'auditlog_log_line', 'mail_message')


def _query(dbname, sql, params=None):
    conn = psycopg2.connect(dbname=dbname)
    try:
        with conn.cursor() as cr:
            cr.execute(sql, params)
            return cr.fetchall()
    finally:
        conn.close()


def _counts(dbname):
    tables = [name for (name,) in _query(
        dbname, "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                "'public' AND table_type = 'BASE TABLE' AND (table_name LIKE 'ccis\\_%%' "
                "OR table_name IN %s)", (TABLES,))]
    return {table: _query(dbname, 'SELECT count(*) FROM "%s"' % table)[0][0]
            for table in tables}


def _files(dbname, filestore):
    """{store_fname: (checksum, sha1 of the file)} of the stored attachments."""
    files = {}
    for fname, checksum in _query(dbname, "SELECT store_fname, checksum FROM ir_attachment "
                                          "WHERE store_fname IS NOT NULL"):
        with open(os.path.join(filestore, fname), 'rb') as stored:
            files[fname] = (checksum, hashlib.sha1(stored.read()).hexdigest())
    return files


def test_backup_restore_round_trip():
    import shutil
    import odoo
    source, _addons = suite_database()
    restored = '%s_restored_%d' % (source, os.getpid())
    filestore = odoo.tools.config.filestore
    with tempfile.TemporaryDirectory(prefix='ccis-backup-test-') as work:
        archive = os.path.join(work, 'backup.zip')
        try:
            subprocess.run([os.path.join(ROOT, 'bin', 'backup'), source, archive], check=True)
            subprocess.run([os.path.join(ROOT, 'bin', 'restore'), archive, restored, '--copy'],
                           check=True)
            counts = _counts(source)
            assert counts['res_partner'] and counts['ccis_member_request'], counts
            assert _counts(restored) == counts
            files = _files(restored, filestore(restored))
            assert files, 'no attachment stored in files'
            assert all(checksum == sha1 for checksum, sha1 in files.values())
            assert files == _files(source, filestore(source))
            uuids = [_query(db, "SELECT value FROM ir_config_parameter WHERE key = "
                                "'database.uuid'")[0][0] for db in (source, restored)]
            assert uuids[0] != uuids[1], 'a copy gets its own identity'
            # a second restore under the same name is refused, nothing is overwritten
            refused = subprocess.run([os.path.join(ROOT, 'bin', 'restore'), archive, restored],
                                     stderr=subprocess.PIPE, universal_newlines=True)
            assert refused.returncode == 1 and 'already exists' in refused.stderr
        finally:
            subprocess.run(['dropdb', '--if-exists', restored], check=True)
            shutil.rmtree(filestore(restored), ignore_errors=True)


@pytest.mark.parametrize('member', ['filestore/../outside', 'filestore/ab/../../../outside',
                                    'filestore/ab\\..\\..\\outside'])
def test_restore_refuses_paths_outside_the_filestore(tmp_path, member):
    """A crafted archive cannot write outside the new database's filestore."""
    import sys
    import zipfile
    sys.path.insert(0, os.path.join(ROOT, 'tools'))
    import backup
    archive = tmp_path / 'evil.zip'
    with zipfile.ZipFile(str(archive), 'w') as evil:
        evil.writestr('dump.sql', '')
        evil.writestr(member, 'x')
    with zipfile.ZipFile(str(archive)) as evil, pytest.raises(backup.BackupError):
        backup._members(evil)

#!/usr/bin/env python3
"""Backups of a database of the suite: its PostgreSQL dump and its filestore (the attached
files), in one zip file in Odoo's own backup format, which Odoo's database manager (development
profile) restores too:

    dump.sql        pg_dump --no-owner, plain SQL
    filestore/      the database's folder of <data_dir>/filestore
    manifest.json   Odoo's manifest: database, Odoo and PostgreSQL versions, installed modules

    bin/backup DB [FILE]     write FILE (default: backups/DB-<date>-<time>.zip)
    bin/restore FILE NEWDB   create the database NEWDB and its filestore from FILE

The data_dir is that of the launcher's configuration (CCIS_ODOO_CONFIG, default
config/odoo.conf; the production profile has the same). PostgreSQL is reached as by the
launcher (PGHOST, PGPORT, PGUSER, PGPASSWORD). A backup is written while the server runs: the
dump is one consistent snapshot; the filestore is copied after it, so every file the dump
refers to is there (files attached after the dump are copied too and harmless).
"""
import argparse
import contextlib
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class BackupError(Exception):
    """A failure explained in one sentence (printed without a traceback)."""


def odoo_config():
    """Odoo's configuration as the launcher reads it (for the data_dir)."""
    sys.path.insert(0, os.path.join(ROOT, 'runtime'))
    import ccis_runtime
    ccis_runtime.apply()
    from ccis_runtime import launcher
    launcher.setup_environment()
    import odoo
    config_file = os.environ.get('CCIS_ODOO_CONFIG', launcher.DEFAULT_CONFIG)
    odoo.tools.config.parse_config(['-c', config_file])
    return odoo


@contextlib.contextmanager
def _cursor(dbname):
    """A cursor on ``dbname``, committed and closed at the end."""
    import psycopg2
    conn = psycopg2.connect(dbname=dbname)
    try:
        with conn, conn.cursor() as cr:
            yield cr
    finally:
        conn.close()


def database_exists(dbname):
    with _cursor('postgres') as cr:
        cr.execute('SELECT 1 FROM pg_database WHERE datname = %s', (dbname,))
        return bool(cr.fetchone())


def _run(command):
    process = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             universal_newlines=True)
    if process.returncode:
        raise BackupError('%s failed: %s' % (command[0], process.stderr.strip()[-2000:]))


def manifest(odoo, dbname):
    """Odoo's manifest.json (odoo.service.db.dump_db_manifest), read with psycopg2."""
    with _cursor(dbname) as cr:
        cr.execute("SELECT name, latest_version FROM ir_module_module WHERE state = 'installed'")
        modules = dict(cr.fetchall())
        server_version = cr.connection.server_version
    return {
        'odoo_dump': '1',
        'db_name': dbname,
        'version': odoo.release.version,
        'version_info': list(odoo.release.version_info),
        'major_version': odoo.release.major_version,
        'pg_version': '%d.%d' % divmod(server_version // 100, 100),
        'modules': modules,
    }


def backup(dbname, path=None):
    """Write the backup of ``dbname`` to ``path``; returns the path."""
    if not database_exists(dbname):
        raise BackupError('the database %s does not exist' % dbname)
    odoo = odoo_config()
    if not path:
        stamp = datetime.datetime.now().strftime('%Y%m%d-%H%M%S')
        path = os.path.join(ROOT, 'backups', '%s-%s.zip' % (dbname, stamp))
    path = os.path.abspath(path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    filestore = odoo.tools.config.filestore(dbname)
    with tempfile.TemporaryDirectory(prefix='ccis-backup-') as work:
        dump = os.path.join(work, 'dump.sql')
        _run(['pg_dump', '--no-owner', '--file=' + dump, dbname])
        partial = path + '.part'
        with zipfile.ZipFile(partial, 'w', zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            archive.write(dump, 'dump.sql')
            archive.writestr('manifest.json', json.dumps(manifest(odoo, dbname), indent=4))
            if os.path.isdir(filestore):
                for folder, _dirs, files in os.walk(filestore):
                    for name in sorted(files):
                        full = os.path.join(folder, name)
                        archive.write(full, os.path.join(
                            'filestore', os.path.relpath(full, filestore)))
        os.replace(partial, path)
    return path


def _members(archive):
    """The archive's dump and filestore entries; refuses anything else that could be written
    outside the target folders."""
    names = archive.namelist()
    if 'dump.sql' not in names:
        raise BackupError('%s is not a backup of the suite (no dump.sql)' % archive.filename)
    files = []
    for name in names:
        if not name.startswith('filestore/') or name.endswith('/'):
            continue
        parts = name.split('/')
        if '..' in parts or name.startswith('/') or '\\' in name:
            raise BackupError('%s holds a suspicious path: %s' % (archive.filename, name))
        files.append(name)
    return files


def restore(path, dbname, copy=False):
    """Create ``dbname`` and its filestore from the backup ``path``. With ``copy``, the
    restored database gets a new identity (database.uuid), as a copy beside the original."""
    if not zipfile.is_zipfile(path):
        raise BackupError('%s is not a zip backup' % path)
    if database_exists(dbname):
        raise BackupError('the database %s already exists: choose a new name' % dbname)
    odoo = odoo_config()
    filestore = odoo.tools.config.filestore(dbname)
    if os.path.exists(filestore) and os.listdir(filestore):
        raise BackupError('the filestore folder %s already exists and is not empty' % filestore)
    with zipfile.ZipFile(path) as archive, \
            tempfile.TemporaryDirectory(prefix='ccis-restore-') as work:
        files = _members(archive)
        archive.extract('dump.sql', work)
        _run(['createdb', '--template=template0', '--encoding=UTF8', dbname])
        try:
            _run(['psql', '--quiet', '--no-psqlrc', '--set=ON_ERROR_STOP=1',
                  '--single-transaction', '--dbname=' + dbname,
                  '--file=' + os.path.join(work, 'dump.sql')])
            os.makedirs(filestore, exist_ok=True)
            for name in files:
                target = os.path.join(filestore, *name.split('/')[1:])
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with archive.open(name) as source, open(target, 'wb') as copy_:
                    shutil.copyfileobj(source, copy_)
            if copy:
                with _cursor(dbname) as cr:
                    cr.execute("UPDATE ir_config_parameter SET value = %s "
                               "WHERE key = 'database.uuid'", (str(uuid.uuid1()),))
        except BaseException:
            subprocess.run(['dropdb', '--if-exists', dbname])
            shutil.rmtree(filestore, ignore_errors=True)
            raise
    return dbname


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest='command', required=True)
    dump = commands.add_parser('backup', help='write a backup of a database')
    dump.add_argument('database')
    dump.add_argument('file', nargs='?', help='default: backups/DB-<date>-<time>.zip')
    load = commands.add_parser('restore', help='restore a backup into a new database')
    load.add_argument('file')
    load.add_argument('database', help='the new database (must not exist)')
    load.add_argument('--copy', action='store_true',
                      help='give the restored database a new identity (a copy, not a move)')
    args = parser.parse_args(argv)
    try:
        if args.command == 'backup':
            print('backup: %s written' % backup(args.database, args.file))
        else:
            restore(args.file, args.database, copy=args.copy)
            print('restore: database %s created from %s' % (args.database, args.file))
    except BackupError as error:
        print('%s: %s' % (args.command, error), file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())

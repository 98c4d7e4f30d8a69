"""docker-compose.yml and the Dockerfile stay consistent with the repo."""
import os
import re
import shutil
import subprocess

import pytest
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _compose_command():
    if shutil.which('docker'):
        plugin = subprocess.run(['docker', 'compose', 'version'], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        if plugin.returncode == 0:
            return ['docker', 'compose']
    if shutil.which('docker-compose'):
        return ['docker-compose']
    return None


def test_compose_file_validates():
    command = _compose_command()
    if command is None:
        pytest.skip('neither "docker compose" nor "docker-compose" is installed')
    result = subprocess.run(command + ['-f', os.path.join(ROOT, 'docker-compose.yml'), 'config', '-q'],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    assert result.returncode == 0, result.stdout


def test_compose_services_volumes_and_mounts():
    with open(os.path.join(ROOT, 'docker-compose.yml')) as compose_file:
        compose = yaml.safe_load(compose_file)
    assert set(compose['services']) == {'db', 'odoo'}
    assert compose['services']['db']['image'] == 'postgres:15'
    odoo = compose['services']['odoo']
    assert odoo['build'] == '.'
    assert odoo['environment']['PGHOST'] == 'db'
    mounts = odoo['volumes']
    assert './addons:/opt/ccis/addons:ro' in mounts and './config:/opt/ccis/config:ro' in mounts
    assert set(compose['volumes']) == {'ccis-db', 'ccis-data'}


def test_dockerfile_copies_what_exists():
    with open(os.path.join(ROOT, 'Dockerfile')) as dockerfile:
        text = dockerfile.read()
    assert text.startswith('#') and 'FROM debian:12' in text
    for line in re.findall(r'^COPY (?:--\S+ )*(.+) \S+$', text, re.M):
        for path in line.split():
            assert os.path.exists(os.path.join(ROOT, path)), path

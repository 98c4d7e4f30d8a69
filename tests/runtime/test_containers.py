"""docker-compose.yml and the Dockerfile stay consistent with the repo."""
import os
import re
import shutil
import tempfile
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
    assert set(compose['services']) == {'db', 'jobs', 'odoo', 'proxy'}
    assert compose['services']['db']['image'] == 'postgres:15'
    for name in ('jobs', 'odoo'):
        odoo = compose['services'][name]
        assert odoo['build'] == '.'
        assert odoo['environment']['PGHOST'] == 'db'
        mounts = odoo['volumes']
        assert './addons:/opt/ccis/addons:ro' in mounts and './config:/opt/ccis/config:ro' in mounts
        # filestore and sessions shared by every node
        assert 'ccis-data:/opt/ccis/.data' in mounts
    # one job runner: the web nodes do not load queue_job server-wide
    assert compose['services']['jobs']['command'][-1] == '--load=base,web,queue_job'
    assert compose['services']['odoo']['command'][-1] == '--load=base,web'
    assert 'ports' not in compose['services']['odoo']  # scalable: only the proxy publishes
    assert set(compose['volumes']) == {'ccis-db', 'ccis-data'}


def test_proxy_balances_the_nodes():
    with open(os.path.join(ROOT, 'docker-compose.yml')) as compose_file:
        proxy = yaml.safe_load(compose_file)['services']['proxy']
    mount = next(volume for volume in proxy['volumes'] if volume.startswith('./config/'))
    conf_path = os.path.join(ROOT, mount.split(':')[0])
    with open(conf_path) as conf_file:
        conf = conf_file.read()
    assert 'server odoo:8069' in conf and 'server odoo:8072' in conf
    assert re.search(r'location /longpolling/ \{\s*proxy_pass http://ccis_longpolling;', conf)
    assert 'proxy_next_upstream error timeout' in conf
    nginx = shutil.which('nginx') or '/usr/sbin/nginx'
    if not os.path.exists(nginx):
        pytest.skip('nginx is not installed')
    # the configuration parses (nginx -t), the nodes' name "odoo" replaced by this machine
    site = conf.replace('odoo:', '127.0.0.1:').replace('listen 80;', 'listen 127.0.0.1:8991;')
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, 'nginx.conf'), 'w') as main:
            main.write('pid %s/nginx.pid; error_log stderr; events {} http { access_log off; %s }'
                       % (tmp, site))
        result = subprocess.run([nginx, '-t', '-q', '-p', tmp, '-c', os.path.join(tmp, 'nginx.conf')],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                universal_newlines=True)
        assert result.returncode == 0, result.stdout


def test_dockerfile_copies_what_exists():
    with open(os.path.join(ROOT, 'Dockerfile')) as dockerfile:
        text = dockerfile.read()
    assert text.startswith('#') and 'FROM debian:12' in text
    for line in re.findall(r'^COPY (?:--\S+ )*(.+) \S+$', text, re.M):
        for path in line.split():
            assert os.path.exists(os.path.join(ROOT, path)), path

"""The launcher runs Odoo's own command line with the project's configuration."""
import os
import subprocess

from ccis_runtime import launcher

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_default_config_is_added():
    assert launcher.odoo_argv(['-d', 'x']) == ['-c', launcher.DEFAULT_CONFIG, '-d', 'x']


def test_config_goes_after_the_command_name():
    assert launcher.odoo_argv(['shell', '-d', 'x']) == ['shell', '-c', launcher.DEFAULT_CONFIG, '-d', 'x']


def test_an_explicit_config_wins(monkeypatch):
    assert launcher.odoo_argv(['-c', 'other.conf']) == ['-c', 'other.conf']
    assert launcher.odoo_argv(['--config=other.conf']) == ['--config=other.conf']
    monkeypatch.setenv('CCIS_ODOO_CONFIG', '/etc/prod.conf')
    assert launcher.odoo_argv([]) == ['-c', '/etc/prod.conf']


def test_config_addons_path_names_the_repo_and_odoo():
    with open(os.path.join(ROOT, 'config', 'odoo.conf')) as conf:
        text = conf.read()
    assert '${CCIS_ROOT}/addons' in text and '${CCIS_ODOO_ADDONS}' in text
    assert os.path.isdir(os.path.join(launcher.odoo_addons_dir(), 'base'))


def test_production_profile_is_multiprocess():
    import configparser
    parser = configparser.ConfigParser()
    parser.read(os.path.join(ROOT, 'config', 'odoo-production.conf'))
    options = parser['options']
    assert int(options['workers']) >= 2
    assert options['longpolling_port'] == '8072'
    assert options['list_db'] == 'False'


def test_the_launcher_runs_odoo_command_line():
    result = subprocess.run([os.path.join(ROOT, 'ccis'), '--version'], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, universal_newlines=True, timeout=120)
    assert result.returncode == 0, result.stdout
    assert 'Odoo Server 11.0' in result.stdout


def test_the_launcher_parses_odoo_options_through_the_runtime():
    # --help imports odoo (with every Python 3.11 adaptation) and lists Odoo's options
    result = subprocess.run([os.path.join(ROOT, 'ccis'), '--help'], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, universal_newlines=True, timeout=120)
    assert result.returncode == 0, result.stdout
    assert '--test-enable' in result.stdout and '--workers' in result.stdout

"""Runs Odoo's own command line with the project's configuration."""
import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_CONFIG = os.path.join(ROOT, 'config', 'odoo.conf')
LAUNCHER = os.path.join(ROOT, 'ccis')


def odoo_addons_dir():
    """Odoo's own addons folder, found without importing odoo."""
    spec = importlib.util.find_spec('odoo')
    return os.path.join(list(spec.submodule_search_locations)[0], 'addons')


def odoo_argv(args):
    """Odoo's argv for ``args``: the default configuration file is added unless one is given,
    after the command name when there is one (``shell``, ``scaffold``...)."""
    args = list(args)
    command = []
    if args and not args[0].startswith('-'):
        command, args = args[:1], args[1:]
    has_config = any(a in ('-c', '--config') or a.startswith('--config=') for a in args)
    if not has_config and command[:1] not in (['scaffold'], ['help']):
        # 'gevent' (the long-polling process) arrives with the parent's arguments, -c included
        args = ['-c', os.environ.get('CCIS_ODOO_CONFIG', DEFAULT_CONFIG)] + args
    return command + args


def setup_environment():
    # config/odoo.conf names these folders through environment variables (Odoo expands them
    # in addons_path), so the same file works in any checkout and in the container
    os.environ.setdefault('CCIS_ROOT', ROOT)
    os.environ.setdefault('CCIS_ODOO_ADDONS', odoo_addons_dir())


def main(args):
    setup_environment()
    # Set before odoo is imported: in multi-process mode Odoo starts its long-polling process
    # as `python <sys.argv[0]> gevent <args>`, and odoo/__init__ looks for 'gevent' at
    # sys.argv[1] (then monkey-patches with gevent); sys.argv[0] must be this launcher.
    sys.argv = [LAUNCHER] + odoo_argv(args)
    import odoo
    return odoo.cli.main()

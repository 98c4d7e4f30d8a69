"""pytest plugin: loaded with ``-p ccis_runtime.pytest_plugin`` (see pytest.ini) before the
plugins found through entry points, so the runtime support is in place before pytest-odoo
imports odoo."""
import ccis_runtime
from ccis_runtime import launcher

ccis_runtime.apply()
launcher.setup_environment()

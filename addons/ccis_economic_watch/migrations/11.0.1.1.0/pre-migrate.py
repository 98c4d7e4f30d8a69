"""Before the update of a database where this addon was installed before it replaced the
typed "Études réalisées" and "Publications diffusées" of ccis_activity: retire them
(archived, code freed for the computed definitions, dated note), as the installation hook
does."""
from odoo.addons.ccis_activity.hooks_tools import ccis_replace_migrations
from odoo.addons.ccis_economic_watch.hooks import REPLACED

migrate = ccis_replace_migrations(REPLACED)[0]

"""Before the update of a database where this addon was installed before it replaced the
typed "Entreprises assistées" of ccis_activity: retire it (archived, code freed for the
computed definition, dated note), as the installation hook does."""
from odoo.addons.ccis_activity.hooks_tools import ccis_replace_migrations
from odoo.addons.ccis_cgc.hooks import REPLACED

migrate = ccis_replace_migrations(REPLACED)[0]

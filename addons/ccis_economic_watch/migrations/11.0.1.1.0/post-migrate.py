"""After the update: carry the lines and values of the retired typed definitions over to the
computed ones (the typed values become their history; none is lost) and measure the lines of
the programmes being run again, as the installation hook does."""
from odoo.addons.ccis_activity.hooks_tools import ccis_replace_migrations
from odoo.addons.ccis_economic_watch.hooks import REPLACED

migrate = ccis_replace_migrations(REPLACED)[1]

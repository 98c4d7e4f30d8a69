"""Before the update of a database where this addon was installed before it replaced
ccis_activity's typed "Études réalisées" and "Publications diffusées": retire them (archived,
code freed for the computed definition, dated note), as the installation hook does."""
from odoo import SUPERUSER_ID, api

from odoo.addons.ccis_economic_watch.hooks import REPLACED


def migrate(cr, version):
    if not version:
        return
    api.Environment(cr, SUPERUSER_ID, {})['ccis.indicator.definition']._ccis_retire_replaced(
        REPLACED)

"""After the update: carry the lines and values of the retired typed definitions over to the
computed ones the data has just created (the typed values become their history; none is
lost), and measure the lines of the programmes being run again."""
from odoo import SUPERUSER_ID, api

from odoo.addons.ccis_cgc.hooks import REPLACED


def migrate(cr, version):
    if not version:
        return
    api.Environment(cr, SUPERUSER_ID, {})['ccis.indicator.definition'] \
        ._ccis_carry_over_replaced(REPLACED)

"""After the update that brings the named periods (OCA ``date_range``, issue #12 point 5):
the programmes already in the database get their year's periods (« Exercice », quarters,
months), as a new programme gets them when it is created."""
from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    env['ccis.activity.programme'].search([])._ensure_date_ranges()

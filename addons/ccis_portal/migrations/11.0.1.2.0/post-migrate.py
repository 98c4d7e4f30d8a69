"""After the update to 11.0.1.2.0: the websites French by default with Arabic (what a new
installation does in its post_init_hook), and the applications for certificates of origin
already made online marked as such (the member may correct them while they are drafts)."""
from odoo import SUPERUSER_ID, api
from odoo.addons.ccis_portal.hooks import mark_online_applications, set_website_languages


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    set_website_languages(env)
    mark_online_applications(env)

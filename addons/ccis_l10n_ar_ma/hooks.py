import logging
import time

from odoo import SUPERUSER_ID, api

_logger = logging.getLogger(__name__)


def post_init_hook(cr, registry):
    """Load the translations of French (unless installed already) and of Moroccan Arabic
    (created active by data/res_lang_data.xml) for the addons installed so far: an addon
    installed later loads them itself, as it does for every active language. Both languages
    are offered on the websites' pages too (the login page among them)."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    codes = ['ar_MA']
    if not env['res.lang'].search([('code', '=', 'fr_FR')]):
        codes.insert(0, 'fr_FR')
    for code in codes:
        started = time.time()
        env['base.language.install'].create({'lang': code}).lang_install()
        _logger.info("language %s loaded in %.1f s", code, time.time() - started)
    if 'website' in env:
        langs = env['res.lang'].search([('code', 'in', ['fr_FR', 'ar_MA'])])
        env['website'].search([]).write({'language_ids': [(4, lang.id) for lang in langs]})

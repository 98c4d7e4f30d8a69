import logging
import time

from odoo import SUPERUSER_ID, api

_logger = logging.getLogger(__name__)


def set_french_default(env):
    """The chamber works in French: new partners (members, contacts, users) get French, not
    the en_US Odoo's database creation sets as their default (``ir.default``), so that their
    documents, emails and screens are French, as when the suite's sources were French. Partners
    left in en_US move to French too (Odoo's default, never chosen: the suite showed them
    French). Arabic and other languages chosen by hand stay."""
    if not env['res.lang'].search([('code', '=', 'fr_FR')]):
        return
    defaults = env['ir.default']
    if defaults.get('res.partner', 'lang') in (None, False, 'en_US'):
        defaults.set('res.partner', 'lang', 'fr_FR')
    env.cr.execute("UPDATE res_partner SET lang = 'fr_FR' WHERE lang = 'en_US' OR lang IS NULL")
    _logger.info("%d partners now in French", env.cr.rowcount)
    env['res.partner'].invalidate_cache(['lang'])
    env['res.users'].context_get.clear_cache(env['res.users'])


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
    set_french_default(env)
    if 'website' in env:
        langs = env['res.lang'].search([('code', 'in', ['fr_FR', 'ar_MA'])])
        env['website'].search([]).write({'language_ids': [(4, lang.id) for lang in langs]})

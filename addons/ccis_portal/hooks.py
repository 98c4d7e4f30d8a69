import logging

from odoo import SUPERUSER_ID, api

_logger = logging.getLogger(__name__)

# the chamber's website speaks French, and Arabic (Morocco) on request
WEBSITE_DEFAULT_LANG = 'fr_FR'
WEBSITE_LANGS = ('fr_FR', 'ar_MA')


def set_website_languages(env):
    """Make the websites French by default with Moroccan Arabic available (and those two
    only: a visitor whose browser asks for another language gets French). Run once, at
    the installation of ccis_portal or by its migration to 11.0.1.2.0: an administrator may
    change it afterwards in *Website > Configuration > Settings*."""
    langs = env['res.lang'].search([('code', 'in', WEBSITE_LANGS)])
    default = langs.filtered(lambda lang: lang.code == WEBSITE_DEFAULT_LANG)
    if not default:
        _logger.warning("language %s is not installed: the websites' languages are left "
                        "as they are", WEBSITE_DEFAULT_LANG)
        return
    websites = env['website'].search([])
    websites.write({'language_ids': [(6, 0, langs.ids)], 'default_lang_id': default.id})
    _logger.info("websites %s: languages %s, default %s", websites.mapped('name'),
                 ', '.join(langs.mapped('code')), default.code)


def mark_online_applications(env):
    """The applications for certificates of origin made online before the field
    ``portal_submitted`` existed: those a member's portal user posted on (the message of
    ``_ccis_portal_apply``, written as the portal user)."""
    env.cr.execute("""
        UPDATE ccis_certificate_origin c SET portal_submitted = TRUE
         WHERE c.portal_submitted IS NOT TRUE AND EXISTS (
               SELECT 1 FROM mail_message m
                 JOIN res_users u ON u.partner_id = m.author_id AND u.share
                WHERE m.model = 'ccis.certificate.origin' AND m.res_id = c.id)""")
    return env.cr.rowcount


def post_init_hook(cr, registry):
    set_website_languages(api.Environment(cr, SUPERUSER_ID, {}))

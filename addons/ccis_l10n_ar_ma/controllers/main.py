from odoo import http
from odoo.addons.web.controllers.main import WebClient
from odoo.modules.module import get_resource_path

# moment.js locale of a language, then what this addon corrects in it
MOMENT_LOCALES = {
    'ar_MA': ('web/static/lib/moment/locale/ar-ma.js',
              'ccis_l10n_ar_ma/static/src/js/moment_ar_ma.js'),
}


class MoroccanWebClient(WebClient):

    @http.route()
    def load_locale(self, lang):
        """moment.js's ar-ma locale, with Morocco's week (Monday first, as the chamber's
        calendars and Babel's ar_MA) and weekday names."""
        if lang not in MOMENT_LOCALES:
            return super(MoroccanWebClient, self).load_locale(lang)
        script = []
        for path in MOMENT_LOCALES[lang]:
            with open(get_resource_path(*path.split('/')), 'rb') as source:
                script.append(source.read())
        return http.request.make_response(b'\n'.join(script), headers=[
            ('Content-Type', 'application/javascript; charset=utf-8'),
            ('Cache-Control', 'max-age=36000'),
        ])

from odoo import api, models

from ..tools.lang import arabic_lang_code, document_lang


class ResLang(models.Model):
    _inherit = 'res.lang'

    @api.model
    def _ccis_arabic_code(self):
        """Code of the installed Arabic language the suite writes in (see tools/lang.py),
        False when none is installed."""
        return arabic_lang_code([lang_code for lang_code, _name in self.get_installed()])

    @api.model
    def _ccis_document_code(self, code):
        """Code of the language a suite document asked in ``code`` is rendered in."""
        return document_lang(code, [lang_code for lang_code, _name in self.get_installed()])

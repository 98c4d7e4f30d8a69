from odoo import api, models, tools


class ResLang(models.Model):
    _inherit = 'res.lang'

    @api.model
    @tools.ormcache('code')
    def _lang_direction(self, code):
        """'rtl' or 'ltr': the direction of the active language of that code ('ltr' when
        there is none)."""
        lang = self.sudo().search([('code', '=', code or '')], limit=1)
        return lang.direction or 'ltr'

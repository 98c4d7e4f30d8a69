from odoo import api, models


class IrUiView(models.Model):
    _inherit = 'ir.ui.view'

    @api.model
    def _prepare_qcontext(self):
        """Templates know the direction of the language they are rendered in
        (``lang_direction``: 'ltr' or 'rtl')."""
        qcontext = super(IrUiView, self)._prepare_qcontext()
        qcontext['lang_direction'] = self.env['res.lang']._lang_direction(self.env.context.get('lang'))
        return qcontext

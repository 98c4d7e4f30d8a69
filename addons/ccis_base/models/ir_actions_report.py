from odoo import api, models


class IrActionsReport(models.Model):
    _inherit = 'ir.actions.report'

    @api.model
    def render_qweb_html(self, docids, data=None):
        """The suite's documents are rendered in their own language (French, or Arabic when
        asked in Arabic), whatever the user's: their dates, numbers and labels follow the
        text (26/03/2026 under French text, not 03/26/2026 for a user in English)."""
        if self.report_name and self.report_name.split('.')[0].startswith('ccis_'):
            lang = self.env.context.get('lang')
            document_lang = self.env['res.lang']._ccis_document_code(lang)
            if document_lang and document_lang != lang:
                return super(IrActionsReport, self.with_context(lang=document_lang)) \
                    .render_qweb_html(docids, data=data)
        return super(IrActionsReport, self).render_qweb_html(docids, data=data)

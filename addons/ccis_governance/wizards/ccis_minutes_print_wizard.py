from odoo import _, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.ccis_base.tools.lang import is_arabic


class CcisMinutesPrintWizard(models.TransientModel):
    """Print a PV in French or, when the Arabic language is installed, in Arabic."""
    _name = 'ccis.minutes.print.wizard'
    _description = 'Minutes Printing'

    @api.model
    def _selection_lang(self):
        langs = [('fr_FR', 'Français')]
        arabic = self.env['res.lang']._ccis_arabic_code()
        if arabic:
            langs.append((arabic, 'العربية'))
        return langs

    minutes_id = fields.Many2one('ccis.minutes', 'Minutes', required=True)
    lang = fields.Selection('_selection_lang', 'Language', required=True, default='fr_FR')

    @api.multi
    def action_print(self):
        self.ensure_one()
        if is_arabic(self.lang) and not self.minutes_id.body_ar:
            raise UserError(_(
                'Minutes "%s": the Arabic text has not been written; regenerate the minutes after installing '
                'the Arabic language, or enter it.') % self.minutes_id.name)
        report = self.env.ref('ccis_governance.action_report_ccis_minutes')
        return report.with_context(lang=self.lang).report_action(self.minutes_id)

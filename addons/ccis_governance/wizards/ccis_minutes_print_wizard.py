from odoo import _, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.ccis_base.tools.lang import is_arabic


class CcisMinutesPrintWizard(models.TransientModel):
    """Print a PV in French or, when the Arabic language is installed, in Arabic."""
    _name = 'ccis.minutes.print.wizard'
    _description = 'Impression du procès-verbal'

    @api.model
    def _selection_lang(self):
        langs = [('fr_FR', 'Français')]
        arabic = self.env['res.lang']._ccis_arabic_code()
        if arabic:
            langs.append((arabic, 'العربية'))
        return langs

    minutes_id = fields.Many2one('ccis.minutes', 'Procès-verbal', required=True)
    lang = fields.Selection('_selection_lang', 'Langue', required=True, default='fr_FR')

    @api.multi
    def action_print(self):
        self.ensure_one()
        if is_arabic(self.lang) and not self.minutes_id.body_ar:
            raise UserError(_(
                "PV « %s » : le texte arabe n'a pas été rédigé ; régénérez le PV après avoir "
                "installé la langue arabe ou saisissez-le.") % self.minutes_id.name)
        report = self.env.ref('ccis_governance.action_report_ccis_minutes')
        return report.with_context(lang=self.lang).report_action(self.minutes_id)

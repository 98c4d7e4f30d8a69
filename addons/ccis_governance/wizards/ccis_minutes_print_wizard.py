from odoo import _, api, fields, models
from odoo.exceptions import UserError


class CcisMinutesPrintWizard(models.TransientModel):
    """Print a PV in French or, when the Arabic language is installed, in Arabic."""
    _name = 'ccis.minutes.print.wizard'
    _description = 'Impression du procès-verbal'

    @api.model
    def _selection_lang(self):
        installed = dict(self.env['res.lang'].get_installed())
        langs = [('fr_FR', 'Français')]
        if 'ar_001' in installed:
            langs.append(('ar_001', 'العربية'))
        return langs

    minutes_id = fields.Many2one('ccis.minutes', 'Procès-verbal', required=True)
    lang = fields.Selection('_selection_lang', 'Langue', required=True, default='fr_FR')

    @api.multi
    def action_print(self):
        self.ensure_one()
        if self.lang == 'ar_001' and not self.minutes_id.body_ar:
            raise UserError(_(
                "PV « %s » : le texte arabe n'a pas été rédigé ; régénérez le PV après avoir "
                "installé la langue arabe ou saisissez-le.") % self.minutes_id.name)
        report = self.env.ref('ccis_governance.action_report_ccis_minutes')
        return report.with_context(lang=self.lang).report_action(self.minutes_id)

from odoo import _, api, fields, models
from odoo.exceptions import UserError


class CcisReopenWizard(models.TransientModel):
    """Asks the reason of a reopening of locked documents (approved minutes, validated
    indicator values) and reopens them: see ccis.lock.mixin."""

    _name = 'ccis.reopen.wizard'
    _description = 'Réouverture motivée d\'un document verrouillé'

    res_model = fields.Char(string='Modèle', required=True, readonly=True)
    res_ids = fields.Char(string='Documents', required=True, readonly=True)
    reason = fields.Text(string='Motif', required=True,
                         help="Pourquoi le document est rouvert : publié dans son historique "
                              "et gardé dans le journal d'audit.")

    def _records(self):
        self.ensure_one()
        if self.res_model not in self.env:
            raise UserError(_("Modèle inconnu : %s.") % self.res_model)
        records = self.env[self.res_model].browse(
            [int(res_id) for res_id in self.res_ids.split(',') if res_id.strip()])
        if not callable(getattr(records, '_reopen', None)):
            raise UserError(_("Les documents de « %s » ne se verrouillent pas.")
                            % records._description)
        return records

    @api.multi
    def action_reopen(self):
        self._records()._reopen(self.reason)
        return {'type': 'ir.actions.act_window_close'}

from odoo import _, api, fields, models
from odoo.exceptions import UserError


class CcisReopenWizard(models.TransientModel):
    """Asks the reason of a reopening of locked documents (approved minutes, validated
    indicator values) and reopens them: see ccis.lock.mixin."""

    _name = 'ccis.reopen.wizard'
    _description = 'Reopening of a Locked Document with Reason'

    res_model = fields.Char(string='Model', required=True, readonly=True)
    res_ids = fields.Char(string='Documents', required=True, readonly=True)
    reason = fields.Text(string='Reason', required=True,
                         help='Why the document is reopened: posted in its history and kept in the audit log.')

    def _records(self):
        self.ensure_one()
        if self.res_model not in self.env:
            raise UserError(_('Unknown model: %s.') % self.res_model)
        records = self.env[self.res_model].browse(
            [int(res_id) for res_id in self.res_ids.split(',') if res_id.strip()])
        if not callable(getattr(records, '_reopen', None)):
            raise UserError(_('Documents of "%s" cannot be locked.')
                            % self.env['ir.model']._get(self.res_model).name)
        return records

    @api.multi
    def action_reopen(self):
        self._records()._reopen(self.reason)
        return {'type': 'ir.actions.act_window_close'}

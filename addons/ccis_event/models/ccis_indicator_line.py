from odoo import api, models


class CcisIndicatorLine(models.Model):
    _inherit = 'ccis.indicator.line'

    @api.multi
    def action_compute_values(self):
        """Compute each line with its action in the context, so that definitions with an
        action field count only the records of that action."""
        for line in self:
            super(CcisIndicatorLine, line.with_context(
                ccis_indicator_action_id=line.action_id.id or False)).action_compute_values()
        return True

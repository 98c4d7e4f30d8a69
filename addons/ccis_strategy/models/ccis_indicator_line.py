from odoo import api, models


class CcisIndicatorLine(models.Model):
    _inherit = 'ccis.indicator.line'

    @api.model
    def _cron_compute_values(self):
        """The nightly measure of the programmes' computed indicators is followed by the
        progress of the plans covering them (see ccis.activity.programme)."""
        result = super(CcisIndicatorLine, self)._cron_compute_values()
        self.env['ccis.activity.programme'].search(
            [('state', 'in', ('approved', 'execution'))])._strategy_plans()._rebuild_progress()
        return result

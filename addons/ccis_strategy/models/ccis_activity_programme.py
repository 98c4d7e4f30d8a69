from odoo import api, models


class CcisActivityProgramme(models.Model):
    _inherit = 'ccis.activity.programme'

    def _strategy_plans(self):
        """The strategic plans (not closed) covering these programmes' years."""
        if not self:
            return self.env['ccis.strategy.plan'].sudo()
        plans = self.env['ccis.strategy.plan'].sudo().search([
            ('company_id', 'in', self.mapped('company_id').ids),
            ('first_year', '<=', max(self.mapped('year'))),
            ('last_year', '>=', min(self.mapped('year'))),
            ('state', '!=', 'closed')])
        return plans.filtered(lambda plan: any(
            plan.first_year <= programme.year <= plan.last_year
            and programme.company_id == plan.company_id for programme in self))

    @api.multi
    def action_compute_indicators(self):
        """Once the programmes' indicators are measured, the progress of the plans covering
        them follows (bookkeeping of a derived table, the same for every reader: as the
        superuser, whoever computed the programme)."""
        result = super(CcisActivityProgramme, self).action_compute_indicators()
        self._strategy_plans()._rebuild_progress()
        return result

    @api.multi
    def action_view_strategy_plans(self):
        """The strategic plans covering this programme's year."""
        self.ensure_one()
        action = self.env.ref('ccis_strategy.ccis_strategy_plan_action').read()[0]
        action['domain'] = [('company_id', '=', self.company_id.id),
                            ('first_year', '<=', self.year), ('last_year', '>=', self.year)]
        return action

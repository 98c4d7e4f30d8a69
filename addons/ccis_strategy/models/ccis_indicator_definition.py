from odoo import models


class CcisIndicatorDefinition(models.Model):
    _inherit = 'ccis.indicator.definition'

    def _ccis_carry_over(self, replacement):
        """A typed definition replaced by a computed one: the strategic objectives it measured
        are measured by its replacement (see ccis_activity's ccis_replace_hooks)."""
        result = super(CcisIndicatorDefinition, self)._ccis_carry_over(replacement)
        self.env['ccis.strategy.objective'].sudo()._ccis_replace_definitions(self, replacement)
        return result

from odoo import api, fields, models


class CcisUnitMixin(models.AbstractModel):
    """Records owned by a unit of the chamber.

    Inherit it and declare the model in its addon's call to ``ir.rule._ccis_unit_rules``
    (readme/CONFIGURE.rst): unit staff see the records of their units and sub-units, an annex
    director those of the annex, direction, audit and bureau all of them.
    """
    _name = 'ccis.unit.mixin'
    _description = "Enregistrement rattaché à une unité"

    @api.model
    def _default_unit_id(self):
        return self.env.user._ccis_default_unit()

    unit_id = fields.Many2one(
        'hr.department', string='Unité', index=True, ondelete='restrict',
        default=lambda self: self._default_unit_id(), track_visibility='onchange')
    site_id = fields.Many2one(
        'ccis.site', string='Site', related='unit_id.site_id', store=True, index=True,
        readonly=True)

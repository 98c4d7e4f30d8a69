from odoo import api, fields, models


class CcisUnitMixin(models.AbstractModel):
    """Records owned by a unit of the chamber.

    Inheriting it declares the model unit-scoped: the call to ``ir.rule._ccis_unit_rules`` in
    the security file of the addon that inherits it gives it its record rules
    (readme/CONFIGURE.rst): unit staff see the records of their units and sub-units, an annex
    director those of the annex, direction, audit and bureau all of them. ``_ccis_unit_scope``
    says through which fields a record is in a unit (see ``_ccis_unit_rules``); a model that
    does not inherit the mixin (a line of a scoped document) may declare it too, a model that
    inherits it but writes its own rules sets it to ``None``.
    """
    _name = 'ccis.unit.mixin'
    _description = 'Record Linked to a Unit'
    _ccis_unit_scope = ['unit_id']

    @api.model
    def _default_unit_id(self):
        return self.env.user._ccis_default_unit()

    unit_id = fields.Many2one(
        'hr.department', string='Unit', index=True, ondelete='restrict',
        default=lambda self: self._default_unit_id(), track_visibility='onchange')
    site_id = fields.Many2one(
        'ccis.site', string='Site', related='unit_id.site_id', store=True, index=True,
        readonly=True)

from odoo import fields, models


class CcisIndicatorStoredFigureMixin(models.AbstractModel):
    """The figure a record of an indicator stores from its values: an indicator line over its
    year, a period over its dates. It is the engine's combination of the values (tools/
    indicator.py) against the record's ``target``, for the indicator the record names in
    :meth:`_figure_definition`; each model computes it in ``_compute_realised``, with the
    dependencies of its own values (``value_ids``)."""

    _name = 'ccis.indicator.stored.figure.mixin'
    _description = 'Stored Indicator Figure'

    realised = fields.Float(string='Actual', compute='_compute_realised', store=True)
    numerator = fields.Float(string='Numerator', compute='_compute_realised', store=True,
                             help='Rate: numerator; average or delay: total of the values.')
    denominator = fields.Float(string='Denominator', compute='_compute_realised', store=True,
                               help='Rate: denominator; average or delay: number of observations.')
    has_values = fields.Boolean(string='Entered Values', compute='_compute_realised',
                                store=True)
    rate = fields.Float(string='Achievement Rate (%)', compute='_compute_realised',
                        store=True)

    def _figure_definition(self):
        """The indicator (ccis.indicator.definition) of the record."""
        raise NotImplementedError

    def _compute_realised(self):
        """Overridden by each model with the ``@api.depends`` of its values."""
        self._figures_from_values()

    def _figures_from_values(self):
        for record in self:
            definition = record._figure_definition()
            record.update(definition._stored_figure(
                definition._figure_of_values(record.value_ids), record.target))

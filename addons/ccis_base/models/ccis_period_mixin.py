from odoo import fields, models


class CcisPeriodMixin(models.AbstractModel):
    """Records that hold for a period (``date_start``, ``date_end``, either left open):
    whether they are current today, computed and searchable. The models declare the dates and
    the ``is_current`` field with their own labels (mandates and seats of the governance,
    representations)."""

    _name = 'ccis.period.mixin'
    _description = 'Validity Period'

    def _compute_is_current(self):
        today = fields.Date.context_today(self)
        for record in self:
            record.is_current = (not record.date_start or record.date_start <= today) and \
                (not record.date_end or record.date_end >= today)

    def _search_is_current(self, operator, value):
        today = fields.Date.context_today(self)
        domain = ['&', '|', ('date_start', '=', False), ('date_start', '<=', today),
                  '|', ('date_end', '=', False), ('date_end', '>=', today)]
        if (operator == '=') == bool(value):
            return domain
        return ['!'] + domain

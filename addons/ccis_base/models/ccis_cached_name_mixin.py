from odoo import api, models, tools


class CcisCachedNameMixin(models.AbstractModel):
    """Reference data named on every line of the suite's lists (provinces, sites, courts,
    sectors, categories): their names come from a cache of the server process, one per
    language, instead of a read of the records and their translations for each list (a
    quarter of the members' list's time was the sectors' paths).

    The cache is Odoo's (``tools.ormcache``): cleared on every server process when a name
    changes (``write`` of a field of ``_ccis_name_fields``), when a record is created (the
    next names read include it), when a translation changes (``ir.translation`` clears the
    caches) and when a transaction that cleared it rolls back. Records the cache does not know
    (being edited in a form) are named by ``_ccis_name_get``, the model's own naming."""

    _name = 'ccis.cached.name.mixin'
    _description = 'Reference Data Named from a Cache'
    # the fields a record's name is made of
    _ccis_name_fields = ('name', 'active')

    @api.multi
    def name_get(self):
        names = self._ccis_cached_names(self.env.lang or 'en_US')
        if all(record_id in names for record_id in self.ids):
            return [(record_id, names[record_id]) for record_id in self.ids]
        return self._ccis_name_get()

    @api.multi
    def _ccis_name_get(self):
        """The names as the model makes them (what the cache holds)."""
        return super(CcisCachedNameMixin, self).name_get()

    @api.model
    @tools.ormcache('lang')
    def _ccis_cached_names(self, lang):
        records = self.sudo().with_context(lang=lang, active_test=False).search([])
        return dict(records._ccis_name_get())

    @api.model
    def create(self, vals):
        self.clear_caches()
        return super(CcisCachedNameMixin, self).create(vals)

    @api.multi
    def write(self, vals):
        if set(vals) & set(self._ccis_name_fields):
            self.clear_caches()
        return super(CcisCachedNameMixin, self).write(vals)

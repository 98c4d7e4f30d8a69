from odoo import api, models, tools
from odoo.osv import expression


class CcisCachedNameMixin(models.AbstractModel):
    """Reference data named on every line of the suite's lists (provinces, sites, courts,
    sectors, categories): their names come from a cache of the server process, one per
    language, instead of a read of the records and their translations for each list (a
    quarter of the members' list's time was the sectors' paths).

    The cache is Odoo's (``tools.ormcache``): cleared on every server process when a name
    changes (``write`` of a field of ``_ccis_name_fields``), when a record is created (the
    next names read include it), when a translation changes (``ir.translation`` clears the
    caches) and when a transaction that cleared it rolls back. Records the cache does not know
    (being edited in a form) are named by ``_ccis_name_get``, the model's own naming.

    Reference data of Morocco carries its Arabic name (``name_ar``: the chamber, regions,
    provinces, communes, sites, courts): an Arabic-speaking user sees it in every list, form, filter,
    pivot and report of the suite, the French name where no Arabic one is given, and finds a
    record by either name."""

    _name = 'ccis.cached.name.mixin'
    _description = 'Reference Data Named from a Cache'
    # the fields a record's name is made of
    _ccis_name_fields = ('name', 'name_ar', 'active')

    @api.multi
    def name_get(self):
        names = self._ccis_cached_names(self.env.lang or 'en_US')
        if all(record_id in names for record_id in self.ids):
            return [(record_id, names[record_id]) for record_id in self.ids]
        return self._ccis_name_get()

    @api.multi
    def _ccis_name_get(self):
        """The names as the model makes them (what the cache holds): in Arabic, the Arabic
        name where the model has one."""
        names = super(CcisCachedNameMixin, self).name_get()
        if 'name_ar' not in self._fields or not (self.env.lang or '').startswith('ar'):
            return names
        arabic = {record.id: record.name_ar for record in self if record.name_ar}
        return [(record_id, arabic.get(record_id) or name) for record_id, name in names]

    @api.model
    def _name_search(self, name, args=None, operator='ilike', limit=100, name_get_uid=None):
        # a many2one's drop-down and the search view find a record by its Arabic name too
        if not name or 'name_ar' not in self._fields or \
                operator not in ('=', 'ilike', '=ilike', 'like', '=like'):
            return super(CcisCachedNameMixin, self)._name_search(
                name, args=args, operator=operator, limit=limit, name_get_uid=name_get_uid)
        domain = expression.AND([args or [], ['|', (self._rec_name, operator, name),
                                              ('name_ar', operator, name)]])
        access_rights_uid = name_get_uid or self._uid
        ids = self._search(domain, limit=limit, access_rights_uid=access_rights_uid)
        return self.browse(ids).sudo(access_rights_uid).name_get()

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

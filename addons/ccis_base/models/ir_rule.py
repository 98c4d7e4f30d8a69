from odoo import api, models, tools

# the roles that see a unit-scoped model (readme/CONFIGURE.rst): the unit staff (and every
# role implying it) their units, an annex director also the units of the annex, the direction
# (and the suite administrator, who implies it) all; audit and bureau read all
USER = 'ccis_base.group_ccis_user'
ANNEX_DIRECTOR = 'ccis_base.group_ccis_annex_director'
DIRECTION = 'ccis_base.group_ccis_direction'
AUDIT = 'ccis_base.group_ccis_audit'
BUREAU = 'ccis_base.group_ccis_bureau'
READ_ONLY = {'perm_read': True, 'perm_write': False, 'perm_create': False, 'perm_unlink': False}
ALL_PERMS = {'perm_read': True, 'perm_write': True, 'perm_create': True, 'perm_unlink': True}


def any_of(terms):
    """The domain (as text) that is true when one of ``terms`` is.

    >>> any_of(["('a', '=', 1)"])
    "[('a', '=', 1)]"
    >>> any_of(["('a', '=', 1)", "('b', '=', 2)", "('c', '=', 3)"])
    "['|', '|', ('a', '=', 1), ('b', '=', 2), ('c', '=', 3)]"
    """
    return '[%s]' % ', '.join(["'|'"] * (len(terms) - 1) + list(terms))


class IrRule(models.Model):
    _inherit = 'ir.rule'

    @api.model
    @tools.ormcache('self._uid', 'model_name', 'mode')
    def _compute_domain(self, model_name, mode="read"):
        """Odoo's rule domain of the user, with the companies under the user's company
        resolved here, once, instead of at each use.

        Odoo's multi-company rules (``('company_id', 'child_of', [user.company_id.id])``, on
        38 models here) are kept in this cache as they are written, and the ``child_of`` is
        resolved each time a rule applies: one query on ``res_company`` per search, read,
        write or access check of the user's (44 of the 300 queries of a registration to an
        event). The companies are resolved when the domain is cached, as ``in`` their ids:
        the same records (``child_of`` on a model without ``_parent_store`` is the company
        and its descendants), and the cache is cleared whenever a company is created or
        changed (``res.company`` clears the caches), as it is when a rule or the user's
        company or groups change."""
        domain = super(IrRule, self)._compute_domain(model_name, mode)
        if not domain:
            return domain
        return [self._ccis_resolve_companies(model_name, term) for term in domain]

    @api.model
    def _ccis_resolve_companies(self, model_name, term):
        """``term`` of a rule of ``model_name``, a ``child_of`` leaf on companies made an ``in``
        leaf on the companies it designates (other terms as they are)."""
        if not (isinstance(term, (list, tuple)) and len(term) == 3 and term[1] == 'child_of'):
            return term
        left, _operator, value = term
        ids = value if isinstance(value, (list, tuple)) else [value]
        if not ids or not all(isinstance(id_, int) and id_ for id_ in ids):
            return term
        fields = self._ccis_path_fields(model_name, left)
        if not fields or fields[-1].type != 'many2one' or \
                fields[-1].comodel_name != 'res.company':
            return term
        companies = self.env['res.company'].sudo().search([('id', 'child_of', list(ids))])
        return (left, 'in', companies.ids)

    @api.model
    def _ccis_path_fields(self, model, path):
        """The fields along ``path`` from ``model`` (``id`` of ``res.company`` counts as a
        many2one to it), or None when the path does not resolve."""
        result = []
        for name in path.split('.'):
            field = self.env[model]._fields.get(name) if model else None
            if field is None:
                return None
            if name == 'id' and model == 'res.company':
                return result + [self.env['res.company']._fields['parent_id']]
            result.append(field)
            model = field.comodel_name
        return result

    @api.model
    def _ccis_unit_rules(self, module, scopes=None):
        """Create or update the record rules of the unit-scoped models of ``module``: their
        scope is declared once, on the model, and the rules follow from it.

        A model is unit-scoped when it inherits ``ccis.unit.mixin`` or declares
        ``_ccis_unit_scope`` (``None`` opts out); it belongs to ``module`` when ``module`` is
        the first addon that made it so (see ``_ccis_unit_scopes``). ``scopes`` adds or
        overrides scopes for models whose declaration is not on the model yet.

        A scope is a list of field paths that put a record in a unit, e.g.
        ``['event_id.unit_id']``, or a dict ``{'paths': [...], <option>: True}`` with the
        options ``audit_writes`` (the audit writes every record: it validates them),
        ``confidential`` (neither the audit nor the bureau reads them: only the unit, its
        annex's director and the direction) or ``everyone_reads`` (every user reads them, the
        scope limits what they change). A path ends on a unit (``hr.department``:
        the user's units, and for an annex director the units of the annex) or on a user
        (``res.users``: the user's own records). Paths go through fields the user sets, not
        through stored related fields (``unit_id.site_id``, not ``site_id``): the rules are
        checked before those are computed, when a record is created.

        Four rules per model, with the XML ids ``<model>_rule_user``, ``_annex_director``,
        ``_direction`` and ``_audit`` in ``module`` (and ``_bureau`` with ``audit_writes``;
        no ``_audit`` when ``confidential`` or ``everyone_reads``).
        They are code, not data: updated at each update of the addon, whatever their
        ``noupdate`` flag was, and deleted with it when a model stops being scoped."""
        scopes = dict(self._ccis_unit_scopes(module), **(scopes or {}))
        for model, scope in sorted(scopes.items()):
            if not isinstance(scope, dict):
                scope = {'paths': scope}
            prefix = model.replace('.', '_')
            for suffix, values in self._ccis_unit_rule_values(model, scope):
                self._ccis_save_rule(module, '%s_rule_%s' % (prefix, suffix), values)
        return True

    @api.model
    def _ccis_unit_scopes(self, module):
        """{model: scope} of the unit-scoped models ``module`` makes scoped: the models one of
        whose classes in ``module`` declares ``_ccis_unit_scope`` or inherits a model that has
        one, when no class of an addon loaded before does."""
        scopes = {}
        for name in self.env.registry:
            Model = self.env[name]
            scope = getattr(Model, '_ccis_unit_scope', None)
            if not scope or Model._abstract or Model._transient:
                continue
            # the classes defining the model, in loading order (the registry's classes of
            # inherited models carry ``pool``)
            for cls in reversed(type(Model).__bases__):
                if 'pool' in vars(cls):
                    continue
                parents = cls._inherit or []
                parents = [parents] if isinstance(parents, str) else parents
                if '_ccis_unit_scope' in vars(cls) or any(
                        getattr(self.env.registry[parent], '_ccis_unit_scope', None)
                        for parent in parents if parent != name):
                    if cls._module == module:
                        scopes[name] = scope
                    break
        return scopes

    @api.model
    def _ccis_unit_rule_values(self, model, scope):
        """[(xml id suffix, rule values)] of ``model``'s rules (see ``_ccis_unit_rules``)."""
        units, sites, users = [], [], []
        for path in scope['paths']:
            comodel = self._ccis_path_comodel(model, path)
            if comodel == 'hr.department':
                units.append("('%s', 'in', user.ccis_unit_ids.ids)" % path)
                sites.append("('%s.site_id', 'in', user.ccis_site_ids.ids)" % path)
            elif comodel == 'res.users':
                users.append("('%s', '=', user.id)" % path)
            else:
                raise ValueError('%s: the scope %s must end on a unit or a user' % (model, path))
        Model = self.env[model]
        model_id = self.env['ir.model']._get(model).id
        label = Model._description or model

        def rule(name, groups, domain, perms):
            values = dict(perms, name='%s: %s' % (label, name), model_id=model_id,
                          domain_force=domain,
                          groups=[(6, 0, [self.env.ref(group).id for group in groups])])
            return values

        scoped = dict(ALL_PERMS, perm_read=not scope.get('everyone_reads'))
        rules = [
            ('user', rule("the user's units", [USER], any_of(units + users), scoped)),
            ('annex_director', rule("the annex director's units", [ANNEX_DIRECTOR],
                                    any_of(sites), scoped)),
            ('direction', rule('all (direction)', [DIRECTION], "[(1, '=', 1)]", ALL_PERMS)),
        ]
        if scope.get('audit_writes'):
            rules += [
                ('audit', rule('read and validate all (audit)', [AUDIT], "[(1, '=', 1)]",
                               dict(READ_ONLY, perm_write=True))),
                ('bureau', rule('read all (bureau)', [BUREAU], "[(1, '=', 1)]", READ_ONLY)),
            ]
        elif not (scope.get('confidential') or scope.get('everyone_reads')):
            rules.append(('audit', rule('read all (audit, bureau)', [AUDIT, BUREAU],
                                        "[(1, '=', 1)]", READ_ONLY)))
        return rules

    @api.model
    def _ccis_path_comodel(self, model, path):
        for name in path.split('.'):
            field = self.env[model]._fields[name]
            model = field.comodel_name
        return model

    @api.model
    def _ccis_save_rule(self, module, name, values):
        Data = self.env['ir.model.data']
        # mode 'init': written even when an older version declared it noupdate
        Data._update('ir.rule', module, values, xml_id=name, noupdate=False, mode='init')
        Data.search([('module', '=', module), ('name', '=', name),
                     ('noupdate', '=', True)]).write({'noupdate': False})

    @api.model
    def _ccis_drop_rules(self, xmlids):
        """Delete the rules ``xmlids`` where they still exist: rules an addon no longer declares
        but that existing databases keep, because they were ``noupdate`` data."""
        for xmlid in xmlids:
            rule = self.env.ref(xmlid, raise_if_not_found=False)
            if rule:
                rule.unlink()
        return True

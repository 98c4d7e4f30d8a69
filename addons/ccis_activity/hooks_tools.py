# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Installation hooks of the addons that replace typed indicators by computed ones.

An addon that brings computed definitions (ccis_member_activity, ccis_governance_activity)
may be installed on a database that typed the same figures with ccis_activity's typed
definitions. Its hooks then:

- before its data is loaded (``pre_init_hook``), retire the typed definitions (archived, code
  suffixed so that the computed definitions can take it, a dated note in their description);
- once its data is loaded (``post_init_hook``), carry their indicator lines and values over to
  the computed definitions: the typed values become the history of the computed indicators,
  none is lost.

The work itself is ``ccis.indicator.definition._ccis_retire_replaced`` and
``_ccis_carry_over_replaced`` (models/ccis_indicator_definition_twin.py); an addon only declares
what it replaces::

    # hooks.py of the addon
    from odoo.addons.ccis_activity.hooks_tools import ccis_replace_hooks

    REPLACED = [(old definition's xml id, new definition's xml id, label of the new one), ...]
    pre_init_hook, post_init_hook = ccis_replace_hooks(REPLACED)

and names the two hooks in its manifest.
"""
from odoo import SUPERUSER_ID, api


def ccis_replace_hooks(replaced):
    """(pre_init_hook, post_init_hook) of an addon whose computed definitions replace the
    typed definitions of ``replaced``: a list of (xml id of the replaced definition, xml id of
    the definition that replaces it, label of the latter or None for its name)."""
    replaced = list(replaced)

    def pre_init_hook(cr):
        env = api.Environment(cr, SUPERUSER_ID, {})
        env['ccis.indicator.definition']._ccis_retire_replaced(replaced)

    def post_init_hook(cr, registry):
        env = api.Environment(cr, SUPERUSER_ID, {})
        env['ccis.indicator.definition']._ccis_carry_over_replaced(replaced)

    return pre_init_hook, post_init_hook


def ccis_replace_migrations(replaced):
    """(pre-migrate, post-migrate) ``migrate`` functions for an addon that starts replacing
    typed definitions in a new version: on a database where the addon was installed before,
    its migration to that version does the work of the installation hooks (retire before the
    data is loaded, carry over after)::

        # migrations/<version>/pre-migrate.py of the addon
        from odoo.addons.ccis_activity.hooks_tools import ccis_replace_migrations
        from odoo.addons.<addon>.hooks import REPLACED

        migrate = ccis_replace_migrations(REPLACED)[0]    # [1] in post-migrate.py
    """
    pre_init_hook, post_init_hook = ccis_replace_hooks(replaced)

    def pre_migrate(cr, version):
        if version:
            pre_init_hook(cr)

    def post_migrate(cr, version):
        if version:
            post_init_hook(cr, None)

    return pre_migrate, post_migrate

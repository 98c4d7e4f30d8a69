"""Installation on a database that typed these figures: ccis_activity's typed definitions
that this addon's computed definitions replace ("Conventions de partenariat signées",
"Conventions actives suivies") are retired before its data takes their codes, and their
lines and values carried over afterwards (see ccis_activity/hooks_tools.py)."""
from odoo.addons.ccis_activity.hooks_tools import ccis_replace_hooks

# (ccis_activity's definition, this addon's definition that replaces it, label of the latter)
REPLACED = [
    ('ccis_activity.ccis_indicator_definition_agreements_signed',
     'ccis_partnership.ccis_indicator_definition_partnership_signed',
     "« Conventions signées »"),
    ('ccis_activity.ccis_indicator_definition_agreements_active',
     'ccis_partnership.ccis_indicator_definition_partnership_in_force',
     "« Conventions en vigueur en fin de période »"),
]

pre_init_hook, post_init_hook = ccis_replace_hooks(REPLACED)

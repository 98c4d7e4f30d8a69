"""Installation on a database that typed these figures: ccis_activity's typed definitions
that this addon's computed definitions replace ("Missions d'audit interne réalisées",
"Recommandations d'audit mises en œuvre", a rate) are retired before its data takes their
codes, and their lines and values carried over afterwards (see ccis_activity/hooks_tools.py)."""
from odoo.addons.ccis_activity.hooks_tools import ccis_replace_hooks

# (ccis_activity's definition, this addon's definition that replaces it, label of the latter)
REPLACED = [
    ('ccis_activity.ccis_indicator_definition_audit_missions',
     'ccis_internal_audit.ccis_indicator_definition_audit_missions',
     "« Missions d'audit interne réalisées »"),
    ('ccis_activity.ccis_indicator_definition_audit_recommendations',
     'ccis_internal_audit.ccis_indicator_definition_audit_rate',
     "« Taux de mise en œuvre des recommandations d'audit »"),
]

pre_init_hook, post_init_hook = ccis_replace_hooks(REPLACED)

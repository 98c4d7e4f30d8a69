"""Installation on a database that typed these figures: the typed definitions of
ccis_activity that this addon's computed definitions replace are retired before its data
takes their codes, and their lines and values carried over afterwards (see
ccis_activity/hooks_tools.py)."""
from odoo.addons.ccis_activity.hooks_tools import ccis_replace_hooks

# (ccis_activity's definition, this addon's definition that replaces it, label of the latter)
REPLACED = [
    ('ccis_activity.ccis_indicator_definition_meetings_held',
     'ccis_governance_activity.ccis_indicator_definition_meetings_held',
     "« Réunions des organes tenues (AG, bureau, commissions) »"),
    ('ccis_activity.ccis_indicator_definition_minutes_approved',
     'ccis_governance_activity.ccis_indicator_definition_minutes_approved',
     "« Procès-verbaux approuvés »"),
    ('ccis_activity.ccis_indicator_definition_minutes_delay',
     'ccis_governance_activity.ccis_indicator_definition_minutes_circulation_delay',
     "« Délai moyen de diffusion des PV »"),
]

pre_init_hook, post_init_hook = ccis_replace_hooks(REPLACED)

"""Installation on a database that typed these figures: the typed definitions of
ccis_activity that this addon's computed definitions replace are retired before its data
takes their codes, and their lines and values carried over afterwards (see
ccis_activity/hooks_tools.py)."""
from odoo.addons.ccis_activity.hooks_tools import ccis_replace_hooks

# (ccis_activity's definition, this addon's definition that replaces it, label of the latter)
REPLACED = [
    ('ccis_activity.ccis_indicator_definition_members_received',
     'ccis_member_activity.ccis_indicator_definition_requests_received',
     "« Demandes des ressortissants reçues et orientées »"),
    ('ccis_activity.ccis_indicator_definition_answer_delay',
     'ccis_member_activity.ccis_indicator_definition_answer_delay',
     "« Délai moyen de réponse aux demandes »"),
    ('ccis_activity.ccis_indicator_definition_new_companies',
     'ccis_member_activity.ccis_indicator_definition_new_members',
     "« Nouveaux ressortissants inscrits »"),
]

pre_init_hook, post_init_hook = ccis_replace_hooks(REPLACED)

"""Installation on a database that typed these figures: ccis_activity's typed definitions
that this addon's computed definitions replace ("Études réalisées", "Publications diffusées")
are retired before its data takes their codes, and their lines and values carried over
afterwards (see ccis_activity/hooks_tools.py). migrations/11.0.1.1.0 does the same on a
database where this addon was installed before it replaced them."""
from odoo.addons.ccis_activity.hooks_tools import ccis_replace_hooks

# (ccis_activity's definition, this addon's definition that replaces it, label of the latter)
REPLACED = [
    ('ccis_activity.ccis_indicator_definition_studies',
     'ccis_economic_watch.ccis_indicator_definition_studies_published',
     "« Études réalisées » (fonds documentaire)"),
    ('ccis_activity.ccis_indicator_definition_publications',
     'ccis_economic_watch.ccis_indicator_definition_documents_published',
     "« Documents diffusés (fonds documentaire) »"),
]

pre_init_hook, post_init_hook = ccis_replace_hooks(REPLACED)

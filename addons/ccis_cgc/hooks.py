"""Installation on a database that typed this figure: ccis_activity's typed "Entreprises
assistées (CGC, assistance technique et fiscale)" is retired before this addon's data loads,
and its lines and values carried over afterwards to the clients of the CGC counted from the
subscriptions (see ccis_activity/hooks_tools.py). migrations/11.0.1.1.0 does the same on a
database where this addon was installed before it replaced it."""
from odoo.addons.ccis_activity.hooks_tools import ccis_replace_hooks

# (ccis_activity's definition, this addon's definition that replaces it, label of the latter)
REPLACED = [
    ('ccis_activity.ccis_indicator_definition_companies_assisted',
     'ccis_cgc.ccis_indicator_definition_cgc_clients',
     "« Clients actifs du centre de gestion (CGC) »"),
]

pre_init_hook, post_init_hook = ccis_replace_hooks(REPLACED)

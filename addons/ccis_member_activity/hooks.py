"""Installation on a database that typed these figures: the typed (or wrongly counted)
definitions of ccis_activity are retired before this addon's data takes their codes, and their
indicator lines are carried over to the computed definitions afterwards: their values become
the history of the computed indicators, none is lost (see ccis_activity's
ccis.indicator.definition._ccis_retire_replaced and _ccis_carry_over_replaced)."""
from odoo import SUPERUSER_ID, api

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


def pre_init_hook(cr):
    env = api.Environment(cr, SUPERUSER_ID, {})
    env['ccis.indicator.definition']._ccis_retire_replaced(REPLACED)


def post_init_hook(cr, registry):
    env = api.Environment(cr, SUPERUSER_ID, {})
    env['ccis.indicator.definition']._ccis_carry_over_replaced(REPLACED)

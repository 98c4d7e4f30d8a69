"""Before the update: retire the definitions of ccis_activity that ccis_event now computes.

The participants' satisfaction rate was typed (ccis_activity's "Taux de satisfaction des
participants") and the event registrations were counted by ccis_activity itself ("Inscrits
aux événements (calculé)", on a model ccis_activity does not depend on): ccis_event's data now
brings their computed definitions, which take their codes. They are retired here, before the
data is loaded (archived, code freed, note), and carried over after it (post-migrate).
"""
from odoo import SUPERUSER_ID, api

# (ccis_activity's definition, ccis_event's definition that replaces it, label of the latter)
REPLACED = [
    ('ccis_activity.ccis_indicator_definition_training_satisfaction',
     'ccis_event.ccis_indicator_definition_satisfaction_rate',
     "« Taux de satisfaction des participants »"),
    ('ccis_activity.ccis_indicator_definition_event_participants',
     'ccis_event.ccis_indicator_definition_event_registrations',
     "« Inscrits aux événements »"),
]


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    env['ccis.indicator.definition']._ccis_retire_replaced(REPLACED)

"""After the update: the typed twins of computed indicators go ("counted, not typed").

Until 11.0.1, ccis_activity's default data typed figures that ccis_event counts from its
records ("Sessions de formation réalisées" beside "Sessions de formation réalisées (calculé)",
participants trained, B2B meetings, business appointments, opportunities, seminars and their
participants, fair exhibitors, companies at B2B meetings). Each such typed definition is retired
(archived, with a dated note; its code passes to the computed one) and its indicator lines are
carried over to the computed definition: their typed values become the history of the computed
indicator of the same action, none is lost (ccis.indicator.definition._ccis_carry_over).

The other typed figures that records now give are carried over by the addons that bring their
computed definitions: ccis_event's migration (participants' satisfaction, event registrations)
and the installation of ccis_member_activity (requests, members) and ccis_governance_activity
(meetings, minutes). Nothing is done where ccis_event is not installed: the typed definitions
stay the only way to follow these figures. (The lines carried over are measured again by
ccis_event's migration: the events' models are not loaded yet when this script runs.)
"""
import logging

from odoo import SUPERUSER_ID, api

_logger = logging.getLogger(__name__)

# typed definition of ccis_activity -> the computed definition of ccis_event that replaces it
TWINS = [
    ('ccis_indicator_definition_training_sessions',
     'ccis_event.ccis_indicator_definition_training_sessions'),
    ('ccis_indicator_definition_trained_participants',
     'ccis_event.ccis_indicator_definition_trained'),
    ('ccis_indicator_definition_b2b_meetings', 'ccis_event.ccis_indicator_definition_b2b_events'),
    ('ccis_indicator_definition_b2b_appointments',
     'ccis_event.ccis_indicator_definition_b2b_meetings'),
    ('ccis_indicator_definition_seminars', 'ccis_event.ccis_indicator_definition_seminars'),
    ('ccis_indicator_definition_opportunities',
     'ccis_event.ccis_indicator_definition_opportunities'),
    # counted as the participants present at the events of the action (B2B, fair, seminar)
    ('ccis_indicator_definition_b2b_companies',
     'ccis_event.ccis_indicator_definition_event_present'),
    ('ccis_indicator_definition_fair_exhibitors',
     'ccis_event.ccis_indicator_definition_event_present'),
    ('ccis_indicator_definition_seminar_participants',
     'ccis_event.ccis_indicator_definition_event_present'),
]


def _counts(cr):
    cr.execute("""SELECT (SELECT count(*) FROM ccis_indicator_line),
                         (SELECT count(*) FROM ccis_indicator_value),
                         (SELECT count(*) FROM ccis_indicator_value WHERE source = 'manual')""")
    return cr.fetchone()


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    replaced = []
    for typed_name, computed_xmlid in TWINS:
        typed = env.ref('ccis_activity.%s' % typed_name, raise_if_not_found=False)
        computed = env.ref(computed_xmlid, raise_if_not_found=False)
        if typed and computed and typed.source == 'manual' and computed.source == 'computed':
            replaced.append(('ccis_activity.%s' % typed_name, computed_xmlid, None))
    if not replaced:
        return
    before = _counts(cr)
    Definition = env['ccis.indicator.definition']
    Definition._ccis_retire_replaced(replaced)
    Definition._ccis_carry_over_replaced(replaced, recompute=False)
    after = _counts(cr)
    _logger.info("Typed twins retired: %d; indicator lines %d -> %d, values %d -> %d "
                 "(typed values %d -> %d)", len(replaced), before[0], after[0], before[1],
                 after[1], before[2], after[2])

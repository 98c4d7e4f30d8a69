"""Before the update: hand over the B2B meetings to ccis_b2b, and the B2B parts of the
portal and of the business opportunities to their bridges (issue 12, point 4: one capability
per addon).

The hand-over of 11.0.2.0.0 (its functions are reused: ``handover`` below) moves the XML ids
of the records the new addons now load (models and fields, views, actions, menus, report,
access rows and rules, data, demo, translations) from the addon that loaded them so far:
ccis_event for ccis_b2b, ccis_business_opportunity for ccis_b2b_opportunity, ccis_portal for
ccis_portal_b2b. ccis_business_opportunity and ccis_portal are loaded after ccis_event in the
same update (they depend on it): their records are handed over here, before they load their
data, so that nothing is deleted at the end of the update.

The new addons are marked to be updated in the same run, each when every addon it depends
on is installed or marked: ccis_b2b always (it depends on ccis_event alone), a bridge when
the addon it completes is installed. Odoo's loader then loads them after the installed
addons (``load_marked_modules``). ccis_business_opportunity and ccis_portal do not depend
on ccis_b2b: an installed addon that gained a dependency on an addon not installed yet would
be refused by the loader ("Unmet dependencies") before this script runs.
"""
import importlib.util
import os

OLD = 'ccis_event'
PREVIOUS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        '11.0.2.0.0', 'pre-migrate.py')


def _load_previous():
    """The 11.0.2.0.0 hand-over script, whose functions this one reuses."""
    spec = importlib.util.spec_from_file_location('ccis_event_pre_migrate_11_0_2_0_0',
                                                  PREVIOUS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


handover = _load_previous()

# as handover.HANDOVER ('old': the addon the records come from), in loading order
HANDOVER = {
    'ccis_b2b': {
        'models': ['ccis.b2b.wish', 'ccis.b2b.meeting'],
        'fields': [('event.event', name) for name in (
            'ccis_b2b_start', 'ccis_b2b_slot_minutes', 'ccis_b2b_break_minutes',
            'ccis_b2b_slot_count', 'ccis_b2b_table_count', 'ccis_b2b_max_meetings',
            'ccis_wish_ids', 'ccis_meeting_ids', 'ccis_meeting_count')] + [
            ('event.registration', name) for name in (
                'ccis_wish_ids', 'ccis_meeting_ids', 'ccis_meeting_count')],
        'names': ['ccis_b2b\\_%', 'event_type_b2b', 'ccis_event_b2b_agenda_report',
                  'report_ccis_event_b2b_agenda', 'ccis_indicator_definition_b2b\\_%',
                  'ccis_activity_type_indicator_b2b\\_%', 'ccis_indicator_line_b2b\\_%',
                  'event_event_b2b\\_%', 'event_registration_b2b\\_%'],
        'files': ['ccis_b2b_wish.py', 'ccis_b2b_meeting.py', 'b2b_scheduler.py'],
    },
    'ccis_b2b_opportunity': {
        'old': 'ccis_business_opportunity',
        'fields': [('ccis.business.opportunity', 'meeting_id'),
                   ('ccis.b2b.meeting', 'opportunity_id')],
        # model_ccis_b2b_meeting: the XML id Odoo gives the model in every addon extending
        # it (the bridge's own, no stale one left to ccis_business_opportunity)
        'names': ['ccis_b2b_meeting_view_form', 'model_ccis_b2b_meeting',
                  'ccis_business_opportunity_b2b_hotellerie_demo',
                  'ccis_business_opportunity_textile_previous_demo'],
        'files': ['ccis_b2b_meeting.py'],
    },
    'ccis_portal_b2b': {
        'old': 'ccis_portal',
        'names': ['ccis_b2b\\_%', 'access_ccis_b2b\\_%', 'portal_my_event_b2b',
                  'event_event_b2b\\_%', 'event_registration_b2b\\_%', 'model_ccis_b2b_wish'],
        'files': ['ccis_b2b_wish.py'],
    },
}
ORDER = ['ccis_b2b', 'ccis_b2b_opportunity', 'ccis_portal_b2b']


def _state(cr, name):
    cr.execute("SELECT state FROM ir_module_module WHERE name = %s", (name,))
    row = cr.fetchone()
    return row and row[0]


def _dependencies(cr, name):
    cr.execute("""SELECT d.name FROM ir_module_module_dependency d
                    JOIN ir_module_module m ON m.id = d.module_id
                   WHERE m.name = %s""", (name,))
    return [row[0] for row in cr.fetchall()]


def migrate(cr, version):
    if not version:
        return
    marked = set()
    for new in ORDER:
        spec = HANDOVER[new]
        old = spec.get('old', OLD)
        if not _state(cr, new):
            # the modules list is updated before any module is loaded (load_modules): a
            # missing row means the addon is not on the addons path
            raise RuntimeError('%s: addon %s not found, it takes over records of %s'
                               % (OLD, new, old))
        if _state(cr, old) not in ('installed', 'to upgrade'):
            continue
        handover._hand_over(cr, new, spec)
        if all(dep in marked or _state(cr, dep) in ('installed', 'to upgrade')
               for dep in _dependencies(cr, new)):
            handover._mark_for_update(cr, new, old)
            marked.add(new)

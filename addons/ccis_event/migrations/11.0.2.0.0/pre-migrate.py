"""Before the update: hand over to the addons split from ccis_event what they now own.

Issue 12 (point 4): one capability per addon. The records of a capability that left
ccis_event (its models and fields, views, actions, menus, access rows, record rules, data,
demo, reports, translations) change owner in ``ir_model_data`` before ccis_event's data is
loaded: the new addon then updates them in place instead of creating duplicates, and the
cleaning at the end of the update (``ir.model.data._process_end``) does not delete them as
records ccis_event stopped loading.

The new addons are marked to be updated in the same run ('to upgrade': their noupdate data
and demo keep the values of the database, as at any update), with demo data when ccis_event
has it. Odoo's loader picks them up right after the modules already being loaded
(``load_marked_modules`` loops while modules in those states are left).
"""
import logging

_logger = logging.getLogger(__name__)

OLD = 'ccis_event'

# new addon: the models it took (with every field, view, action, access row, rule and
# record of theirs), the fields it added to models that stayed, the XML ids (SQL LIKE
# patterns) of its other records (menus, sequences, indicators, demo); 'old': the addon it
# takes them from when not ccis_event (11.0.2.1.0: the bridges of the B2B meetings)
HANDOVER = {
    'ccis_business_opportunity': {
        'models': ['ccis.business.opportunity'],
        'fields': [('event.event', 'ccis_opportunity_ids'),
                   ('event.event', 'ccis_opportunity_count'),
                   ('ccis.b2b.meeting', 'opportunity_id')],
        'names': ['ccis_business_opportunity\\_%', 'seq_ccis_business_opportunity',
                  'ccis_indicator_definition_opportunities',
                  'ccis_activity_type_indicator_study_opportunities',
                  'ccis_indicator_line_opportunities\\_%'],
        'files': ['ccis_business_opportunity.py'],
    },
    'ccis_training': {
        'models': ['ccis.training.theme', 'ccis.training.convention', 'ccis.training.plan',
                   'ccis.training.plan.line', 'ccis.training.need'],
        'fields': [('event.event', 'ccis_plan_line_id'),
                   ('event.event', 'ccis_theme_id'),
                   ('event.event', 'ccis_convention_id'),
                   ('event.registration', 'ccis_plan_line_id'),
                   ('event.registration', 'ccis_theme_id'),
                   ('res.partner', 'ccis_convention_ids'),
                   ('res.users', 'ccis_convention_ids')],
        'names': ['ccis_training\\_%', 'res_partner_training_body_action',
                  'res_partner_training_body_menu'],
        'files': ['ccis_training_theme.py', 'ccis_training_convention.py',
                  'ccis_training_plan.py', 'ccis_training_plan_line.py',
                  'ccis_training_need.py'],
        # abstract models of ccis_event renamed in the new addon: their reflection goes
        'retired': ['report.ccis_event.report_training_execution_xlsx'],
    },
}


def _model_ids(cr, models):
    if not models:
        return (0,)
    cr.execute("SELECT id FROM ir_model WHERE model IN %s", (tuple(models),))
    return tuple(row[0] for row in cr.fetchall()) or (0,)


def _field_ids(cr, models, fields):
    ids = []
    if models:
        cr.execute("SELECT id FROM ir_model_fields WHERE model IN %s", (tuple(models),))
        ids = [row[0] for row in cr.fetchall()]
    for model, name in fields:
        cr.execute("SELECT id FROM ir_model_fields WHERE model = %s AND name = %s",
                   (model, name))
        ids += [row[0] for row in cr.fetchall()]
    return tuple(ids) or (0,)


def _hand_over(cr, new, spec):
    old = spec.get('old', OLD)
    models = tuple(spec.get('models', []))
    model_ids = _model_ids(cr, models)
    field_ids = _field_ids(cr, models, spec.get('fields', []))
    # a bridge takes no model: the conditions on models match nothing
    models = models or ('',)
    # the records of the addon, by what they are about
    owned = [
        ("model = 'ir.model' AND res_id IN %s", (model_ids,)),
        ("model = 'ir.model.fields' AND res_id IN %s", (field_ids,)),
        ("model IN %s", (models,)),
        ("model = 'ir.ui.view' AND res_id IN (SELECT id FROM ir_ui_view WHERE model IN %s)",
         (models,)),
        ("model = 'ir.actions.act_window' AND res_id IN "
         "(SELECT id FROM ir_act_window WHERE res_model IN %s)", (models,)),
        ("model = 'ir.actions.report' AND res_id IN "
         "(SELECT id FROM ir_act_report_xml WHERE model IN %s)", (models,)),
        ("model = 'ir.actions.server' AND res_id IN "
         "(SELECT id FROM ir_act_server WHERE model_id IN %s)", (model_ids,)),
        ("model = 'ir.cron' AND res_id IN "
         "(SELECT c.id FROM ir_cron c JOIN ir_act_server a ON a.id = c.ir_actions_server_id "
         "WHERE a.model_id IN %s)", (model_ids,)),
        ("model = 'ir.model.access' AND res_id IN "
         "(SELECT id FROM ir_model_access WHERE model_id IN %s)", (model_ids,)),
        ("model = 'ir.rule' AND res_id IN (SELECT id FROM ir_rule WHERE model_id IN %s)",
         (model_ids,)),
    ] + [("name LIKE %s", (pattern,)) for pattern in spec.get('names', [])]
    moved = 0
    for condition, params in owned:
        cr.execute("UPDATE ir_model_data SET module = %s WHERE module = %s AND " + condition,
                   (new, old) + params)
        moved += cr.rowcount
    # the translations of those records, of the models' terms and of the moved Python files
    cr.execute("""
        UPDATE ir_translation t SET module = %s
          FROM ir_model_data d
         WHERE d.module = %s AND t.module = %s AND t.res_id = d.res_id
           AND t.name LIKE d.model || ',%%'""", (new, new, old))
    for model in spec.get('models', []):
        cr.execute("UPDATE ir_translation SET module = %s WHERE module = %s AND name LIKE %s",
                   (new, old, model + ',%'))
    for filename in spec.get('files', []):
        cr.execute("UPDATE ir_translation SET module = %s WHERE module = %s AND type = 'code' "
                   "AND name LIKE %s", (new, old, '%/' + filename))
    # the constraints and many2many tables of the models (uninstalled with their addon)
    cr.execute("SELECT id FROM ir_module_module WHERE name = %s", (new,))
    module_id = cr.fetchone()[0]
    cr.execute("SELECT id FROM ir_module_module WHERE name = %s", (old,))
    old_id = cr.fetchone()[0]
    for table in ('ir_model_constraint', 'ir_model_relation'):
        cr.execute("UPDATE %s SET module = %%s WHERE module = %%s AND model IN %%s" % table,
                   (module_id, old_id, model_ids))
    _logger.info('%s: %d records handed over from %s', new, moved, old)


def _retire(cr, models):
    """Remove the reflection (ir.model, its fields, XML ids, translations) of abstract
    models ccis_event no longer defines: Odoo keeps them otherwise."""
    for model in models:
        cr.execute("SELECT id FROM ir_model WHERE model = %s", (model,))
        model_ids = tuple(row[0] for row in cr.fetchall())
        if not model_ids:
            continue
        cr.execute("SELECT id FROM ir_model_fields WHERE model_id IN %s", (model_ids,))
        field_ids = tuple(row[0] for row in cr.fetchall()) or (0,)
        for name, ids in (('ir.model', model_ids), ('ir.model.fields', field_ids)):
            cr.execute("DELETE FROM ir_model_data WHERE model = %s AND res_id IN %s", (name, ids))
            cr.execute("DELETE FROM ir_translation WHERE name LIKE %s AND res_id IN %s",
                       (name + ',%', ids))
        cr.execute("DELETE FROM ir_model_fields WHERE id IN %s", (field_ids,))
        cr.execute("DELETE FROM ir_model WHERE id IN %s", (model_ids,))


def _mark_for_update(cr, new, old=OLD):
    """The new addon is loaded in this same update: 'to upgrade' (an update, not an
    installation: its data is already in the database), with demo data if ``old`` (the
    addon it takes records from) has it."""
    cr.execute("SELECT state, demo FROM ir_module_module WHERE name = %s", (old,))
    _state, demo = cr.fetchone()
    cr.execute("""UPDATE ir_module_module SET state = 'to upgrade', demo = %s
                   WHERE name = %s AND state IN ('uninstalled', 'to install')""", (demo, new))


def migrate(cr, version):
    if not version:
        return
    for new, spec in HANDOVER.items():
        cr.execute("SELECT state FROM ir_module_module WHERE name = %s", (new,))
        row = cr.fetchone()
        if not row:
            # the modules list is updated before any module is loaded (load_modules): a
            # missing row means the addon is not on the addons path
            raise RuntimeError('%s: addon %s not found, it takes over records of %s'
                               % (OLD, new, OLD))
        _hand_over(cr, new, spec)
        _retire(cr, spec.get('retired', []))
        _mark_for_update(cr, new)

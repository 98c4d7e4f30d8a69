"""After the update: carry the lines of the definitions retired by pre-migrate over to the
computed definitions ccis_event's data has just created (their typed values become the history
of the computed indicator of the same action; none is lost), drop the "(calculé)" mark from
the names of ccis_event's computed definitions (no typed twin is left) and measure their lines
of the programmes being run again."""
import importlib.util
import os

from odoo import SUPERUSER_ID, api


def _replaced():
    """REPLACED of pre-migrate (one list for both steps)."""
    path = os.path.join(os.path.dirname(__file__), 'pre-migrate_retire_typed.py')
    spec = importlib.util.spec_from_file_location('ccis_event_pre_migrate_retire', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.REPLACED


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    Definition = env['ccis.indicator.definition']
    Definition._ccis_carry_over_replaced(_replaced(), recompute=False)
    # no typed twin is left: the "(calculé)" mark of the computed names goes; the lines
    # carried over (here and by ccis_activity's migration, which ran before the events' models
    # were loaded) are measured again
    definitions = Definition.browse(env['ir.model.data'].search([
        ('module', '=', 'ccis_event'), ('model', '=', 'ccis.indicator.definition')]).mapped(
            'res_id')).exists()
    for definition in definitions:
        definition._ccis_adopt()
    definitions._ccis_recompute_open_lines()

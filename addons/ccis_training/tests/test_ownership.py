from odoo.addons.ccis_event.tests.common import HandoverCase
from odoo.tests.common import TransactionCase

MODULE = 'ccis_training'
MODELS = ['ccis.training.theme', 'ccis.training.convention', 'ccis.training.plan',
          'ccis.training.plan.line', 'ccis.training.need']


class TestOwnership(HandoverCase, TransactionCase):
    """Everything about training plans belongs to this addon and nothing is left to
    ccis_event (the 11.0.2.0.0 migration of ccis_event hands over the records of existing
    databases)."""

    MODULE = MODULE

    def test_models_fields_views_owned(self):
        env = self.env
        Fields = env['ir.model.fields']
        self.assertOwned(env['ir.model'].search([('model', 'in', MODELS)]))
        self.assertOwned(Fields.search([('model', 'in', MODELS)]), exact=False)
        self.assertOwned(Fields.search([('model', '=', 'event.event'), ('name', 'in', [
            'ccis_plan_line_id', 'ccis_theme_id', 'ccis_convention_id'])]))
        self.assertOwned(Fields.search([('model', '=', 'event.registration'), ('name', 'in', [
            'ccis_plan_line_id', 'ccis_theme_id'])]))
        self.assertOwned(Fields.search([('model', '=', 'res.partner'),
                                        ('name', '=', 'ccis_convention_ids')]))
        self.assertOwned(env['ir.ui.view'].search([('model', 'in', MODELS)]))
        self.assertOwned(env['ir.actions.act_window'].search([('res_model', 'in', MODELS)]))
        self.assertOwned(env['ir.model.access'].search([('model_id.model', 'in', MODELS)]))
        self.assertOwned(env['ir.rule'].search([('model_id.model', 'in', MODELS)]))
        self.assertOwned(env.ref('%s.ir_cron_ccis_training_convention_expire' % MODULE))
        self.assertOwned(env.ref('%s.ccis_training_plan_execution_xlsx_report' % MODULE))
        menu = env.ref('%s.ccis_training_menu' % MODULE)
        self.assertOwned(menu)
        self.assertEqual(menu.parent_id, env.ref('ccis_event.ccis_event_root_menu'))
        self.assertEqual(menu.sequence, 50)
        self.assertFalse(env['ir.model.data'].search(
            [('module', '=', 'ccis_event'), '|', ('name', '=like', 'ccis_training_%'),
             ('name', '=like', 'res_partner_training_body_%'),
             ('name', 'not like', '%_demo')]))

    def test_migration_hands_over(self):
        """ccis_event's 11.0.2.0.0 pre-migration gives back to this addon the XML ids of a
        database where ccis_event still owns them."""
        cr = self.env.cr
        models = tuple('model_' + model.replace('.', '_') for model in MODELS)
        cr.execute("""
            SELECT id FROM ir_model_data d
             WHERE module = %s AND (model != 'ir.model' OR name IN %s)
               AND name NOT LIKE 'field\\_report\\_%%'
               AND NOT (model = 'ir.ui.view' AND res_id IN (
                        SELECT id FROM ir_ui_view
                         WHERE model IS NULL OR model NOT LIKE 'ccis.training.%%'))
               AND NOT EXISTS (SELECT 1 FROM ir_model_data o
                                WHERE o.module = 'ccis_event' AND o.name = d.name)""",
                   (MODULE, models))
        self.assertHandedOver(tuple(row[0] for row in cr.fetchall()))

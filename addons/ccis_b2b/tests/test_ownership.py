from odoo.addons.ccis_event.tests.common import HandoverCase
from odoo.tests.common import TransactionCase

MODULE = 'ccis_b2b'
MODELS = ['ccis.b2b.wish', 'ccis.b2b.meeting']
EVENT_FIELDS = ['ccis_b2b_start', 'ccis_b2b_slot_minutes', 'ccis_b2b_break_minutes',
                'ccis_b2b_slot_count', 'ccis_b2b_table_count', 'ccis_b2b_max_meetings',
                'ccis_wish_ids', 'ccis_meeting_ids', 'ccis_meeting_count']
REGISTRATION_FIELDS = ['ccis_wish_ids', 'ccis_meeting_ids', 'ccis_meeting_count']


class TestOwnership(HandoverCase, TransactionCase):
    """Everything about B2B meetings belongs to this addon and nothing is left to ccis_event
    (the 11.0.2.1.0 migration of ccis_event hands over the records of existing databases)."""

    MODULE = MODULE
    MIGRATION = '11.0.2.1.0'

    def test_models_and_fields_owned(self):
        Fields = self.env['ir.model.fields']
        # the bridges extending the models have their own XML ids for them
        self.assertOwned(self.env['ir.model'].search([('model', 'in', MODELS)]), exact=False)
        for model in MODELS:
            self.assertEqual(self.env.ref('%s.model_%s' % (MODULE, model.replace('.', '_'))).model,
                             model)
        self.assertOwned(Fields.search([('model', 'in', MODELS)]), exact=False)
        self.assertOwned(Fields.search([('model', 'in', MODELS),
                                        ('name', 'in', ['registration_id', 'slot', 'outcome'])]))
        self.assertOwned(Fields.search([('model', '=', 'event.event'),
                                        ('name', 'in', EVENT_FIELDS)]))
        self.assertOwned(Fields.search([('model', '=', 'event.registration'),
                                        ('name', 'in', REGISTRATION_FIELDS)]))

    def test_views_menus_security_data_owned(self):
        env = self.env
        self.assertOwned(env['ir.ui.view'].search([('model', 'in', MODELS),
                                                   ('inherit_id', '=', False)]))
        self.assertOwned(env['ir.actions.act_window'].search([('res_model', 'in', MODELS)]))
        # the portal's rows and rules: ccis_portal_b2b's
        portal = env.ref('base.group_portal')
        self.assertOwned(env['ir.model.access'].search([
            ('model_id.model', 'in', MODELS), ('group_id', '!=', portal.id)]))
        self.assertOwned(env['ir.rule'].search([('model_id.model', 'in', MODELS)]).filtered(
            lambda rule: portal not in rule.groups))
        self.assertOwned(env['ccis.indicator.definition'].search(
            [('code', 'in', ['B2B_RENC', 'B2B_RDV'])]))
        for name in ('event_type_b2b', 'ccis_event_b2b_agenda_report',
                     'report_ccis_event_b2b_agenda', 'event_event_view_form',
                     'event_registration_view_form'):
            self.assertOwned(env.ref('%s.%s' % (MODULE, name)))
        menu = env.ref('%s.ccis_b2b_menu' % MODULE)
        self.assertOwned(menu)
        self.assertEqual(menu.parent_id, env.ref('ccis_event.ccis_event_root_menu'))
        self.assertEqual(menu.sequence, 40)
        self.assertFalse(env['ir.model.data'].search(
            [('module', '=', 'ccis_event'), '|', '|', ('name', '=like', '%b2b%'),
             ('name', '=like', '%wish%'), ('name', '=like', '%meeting%')]))

    def test_agenda_printed_by_this_addon(self):
        report = self.env.ref('%s.ccis_event_b2b_agenda_report' % MODULE)
        self.assertEqual(report.report_name, '%s.report_ccis_event_b2b_agenda' % MODULE)

    def test_migration_hands_over(self):
        """ccis_event's 11.0.2.1.0 pre-migration gives back to this addon the XML ids of a
        database where ccis_event still owns them."""
        cr = self.env.cr
        models = tuple('model_' + model.replace('.', '_') for model in MODELS)
        cr.execute("""
            SELECT id FROM ir_model_data d
             WHERE module = %s AND (model != 'ir.model' OR name IN %s)
               AND NOT (model = 'ir.ui.view' AND name IN ('event_event_view_form',
                                                          'event_registration_view_form'))
               AND NOT EXISTS (SELECT 1 FROM ir_model_data o
                                WHERE o.module = 'ccis_event' AND o.name = d.name)""",
                   (MODULE, models))
        self.assertHandedOver(tuple(row[0] for row in cr.fetchall()))

from odoo.addons.ccis_event.tests.common import HandoverCase
from odoo.tests.common import TransactionCase

MODULE = 'ccis_business_opportunity'


class TestOwnership(HandoverCase, TransactionCase):
    """Everything about opportunities belongs to this addon and nothing is left to
    ccis_event (the 11.0.2.0.0 migration of ccis_event hands over the records of existing
    databases)."""

    MODULE = MODULE

    def test_model_and_fields_owned(self):
        Fields = self.env['ir.model.fields']
        # the bridge ccis_b2b_opportunity extends the model: its own XML id for it
        self.assertOwned(self.env['ir.model'].search([('model', '=', 'ccis.business.opportunity')]),
                         exact=False)
        self.assertEqual(self.env.ref('%s.model_ccis_business_opportunity' % MODULE).model,
                         'ccis.business.opportunity')
        self.assertOwned(Fields.search([('model', '=', 'ccis.business.opportunity')]),
                         exact=False)
        self.assertOwned(Fields.search([('model', '=', 'ccis.business.opportunity'),
                                        ('name', 'in', ['name', 'reference'])]))
        self.assertOwned(Fields.search([('model', '=', 'event.event'), ('name', 'in', [
            'ccis_opportunity_ids', 'ccis_opportunity_count'])]))

    def test_views_menus_security_data_owned(self):
        model = 'ccis.business.opportunity'
        env = self.env
        self.assertOwned(env['ir.ui.view'].search([('model', '=', model),
                                                   ('inherit_id', '=', False)]))
        self.assertOwned(env['ir.actions.act_window'].search([('res_model', '=', model)]))
        self.assertOwned(env['ir.model.access'].search([('model_id.model', '=', model)]))
        self.assertOwned(env['ir.rule'].search([('model_id.model', '=', model)]))
        self.assertOwned(env['ir.sequence'].search([('code', '=', model)]))
        self.assertOwned(env['ccis.indicator.definition'].search([('model_name', '=', model)]))
        menu = env.ref('%s.ccis_business_opportunity_menu' % MODULE)
        self.assertOwned(menu)
        self.assertEqual(menu.parent_id, env.ref('ccis_event.ccis_event_root_menu'))
        self.assertFalse(env['ir.model.data'].search(
            [('module', '=', 'ccis_event'), ('name', 'like', 'opportunit')]))

    def test_migration_hands_over(self):
        """ccis_event's 11.0.2.0.0 pre-migration gives back to this addon the XML ids of a
        database where ccis_event still owns them."""
        cr = self.env.cr
        # the addon's XML ids, as the old ccis_event had them (ir.model ids of the models the
        # addon only extends stay where Odoo puts them)
        cr.execute("""
            SELECT id FROM ir_model_data d
             WHERE module = %s AND (model != 'ir.model' OR name = 'model_ccis_business_opportunity')
               AND NOT EXISTS (SELECT 1 FROM ir_model_data o
                                WHERE o.module = 'ccis_event' AND o.name = d.name)""", (MODULE,))
        self.assertHandedOver(tuple(row[0] for row in cr.fetchall()))

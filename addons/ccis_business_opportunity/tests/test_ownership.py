import importlib.util

from odoo.modules.module import get_module_resource
from odoo.tests.common import TransactionCase

MODULE = 'ccis_business_opportunity'


class TestOwnership(TransactionCase):
    """Everything about opportunities belongs to this addon and nothing is left to
    ccis_event (the 11.0.2.0.0 migration of ccis_event hands over the records of existing
    databases)."""

    def _modules(self, records):
        """{record id: set of the modules of its XML ids}"""
        modules = {record.id: set() for record in records}
        for data in self.env['ir.model.data'].search(
                [('model', '=', records._name), ('res_id', 'in', records.ids)]):
            modules[data.res_id].add(data.module)
        return modules

    def assertOwned(self, records, exact=True):
        """The records have XML ids of this addon only (``exact``), or at least none of
        ccis_event (the fields a model inherits, e.g. from mail.thread, have their XML id in
        the addon of the inherited field)."""
        self.assertTrue(records, records._name)
        for res_id, modules in self._modules(records).items():
            label = '%s(%s)' % (records._name, res_id)
            if exact:
                self.assertEqual(modules, {MODULE}, label)
            else:
                self.assertTrue(modules, label)
                self.assertNotIn('ccis_event', modules, label)

    def test_model_and_fields_owned(self):
        Fields = self.env['ir.model.fields']
        self.assertOwned(self.env['ir.model'].search([('model', '=', 'ccis.business.opportunity')]))
        self.assertOwned(Fields.search([('model', '=', 'ccis.business.opportunity')]),
                         exact=False)
        self.assertOwned(Fields.search([('model', '=', 'ccis.business.opportunity'),
                                        ('name', 'in', ['name', 'reference', 'meeting_id'])]))
        self.assertOwned(Fields.search([('model', '=', 'event.event'), ('name', 'in', [
            'ccis_opportunity_ids', 'ccis_opportunity_count'])]))
        self.assertOwned(Fields.search([('model', '=', 'ccis.b2b.meeting'),
                                        ('name', '=', 'opportunity_id')]))

    def test_views_menus_security_data_owned(self):
        model = 'ccis.business.opportunity'
        env = self.env
        self.assertOwned(env['ir.ui.view'].search([('model', '=', model)]))
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
        path = get_module_resource('ccis_event', 'migrations', '11.0.2.0.0', 'pre-migrate.py')
        spec = importlib.util.spec_from_file_location('ccis_event_pre_migrate_11_0_2', path)
        script = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(script)
        cr = self.env.cr
        # the addon's XML ids, as the old ccis_event had them (ir.model ids of the models the
        # addon only extends stay where Odoo puts them)
        cr.execute("""
            SELECT id FROM ir_model_data d
             WHERE module = %s AND (model != 'ir.model' OR name = 'model_ccis_business_opportunity')
               AND NOT EXISTS (SELECT 1 FROM ir_model_data o
                                WHERE o.module = 'ccis_event' AND o.name = d.name)""", (MODULE,))
        ids = tuple(row[0] for row in cr.fetchall())
        self.assertGreater(len(ids), 50)
        cr.execute("UPDATE ir_model_data SET module = 'ccis_event' WHERE id IN %s", (ids,))
        script._hand_over(cr, MODULE, script.HANDOVER[MODULE])
        cr.execute("SELECT name FROM ir_model_data WHERE id IN %s AND module != %s", (ids, MODULE))
        self.assertFalse(cr.fetchall())

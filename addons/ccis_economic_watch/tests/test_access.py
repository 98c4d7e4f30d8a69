from odoo.exceptions import AccessError

from .common import EconomicWatchCommon


class TestAccess(EconomicWatchCommon):
    """Chamber-wide data: the staff of every unit read, create and edit the series, the
    documents and the segments; unit managers also delete; audit and bureau only read; the
    series definitions are kept by the managers."""

    @classmethod
    def setUpClass(cls):
        super(TestAccess, cls).setUpClass()
        cls.value = cls._value()
        cls.document = cls._document()
        cls.segment = cls.env['ccis.newsletter.segment'].sudo(cls.staff).create(
            {'name': 'Cible test'})

    def test_agent_of_any_unit_creates_and_edits(self):
        for user in (self.staff, self.staff_src):
            self.value.sudo(user).write({'value': 250.0})
            self.document.sudo(user).write({'abstract': 'Résumé revu'})
            self.segment.sudo(user).write({'note': 'Revue'})
        self._value(user=self.staff_src, year=2032)
        self._document(user=self.staff_src, name='Étude des ressortissants')

    def test_agent_cannot_delete_manager_can(self):
        for record in (self.value, self.document, self.segment):
            with self.assertRaises(AccessError):
                record.sudo(self.staff).unlink()
        for record in (self.value, self.document, self.segment):
            record.sudo(self.manager).unlink()
            self.assertFalse(record.exists())

    def test_series_definitions_kept_by_managers(self):
        with self.assertRaises(AccessError):
            self.creations.sudo(self.staff).write({'source': 'HCP'})
        with self.assertRaises(AccessError):
            self.env['ccis.economic.theme'].sudo(self.staff).create(
                {'name': 'Thème agent', 'code': 'TVE_AG'})
        self.creations.sudo(self.manager).write({'source': 'HCP'})
        self.assertEqual(self.creations.source, 'HCP')

    def test_audit_reads_only(self):
        for record in (self.value, self.document, self.segment):
            record.sudo(self.auditor).read(['display_name'])
            with self.assertRaises(AccessError):
                record.sudo(self.auditor).write({'note' if 'note' in record._fields
                                                 else 'abstract': 'Vu'})
        with self.assertRaises(AccessError):
            self._value(user=self.auditor, year=2033)

    def test_bureau_reads_only(self):
        self.assertEqual(self.segment.sudo(self.bureau).read(
            ['name', 'recipient_count', 'mailing_count'])[0]['mailing_count'], 0)
        self.assertEqual(self.Value.sudo(self.bureau).search([('id', '=', self.value.id)]),
                         self.value)
        self.document.sudo(self.bureau).read(['name', 'abstract'])
        with self.assertRaises(AccessError):
            self.document.sudo(self.bureau).write({'abstract': 'Vu'})
        with self.assertRaises(AccessError):
            self._document(user=self.bureau)

    def test_direction_deletes(self):
        self.value.sudo(self.direction).unlink()
        self.assertFalse(self.value.exists())

    def test_employee_outside_the_chamber_sees_nothing(self):
        employee = self._create_user('tve_employee', 'base.group_user')
        for model in ('ccis.economic.value', 'ccis.documentation', 'ccis.newsletter.segment'):
            with self.assertRaises(AccessError):
                self.env[model].sudo(employee).search([])

    def test_agent_opens_every_view(self):
        expected = {
            'ccis.economic.value': ('tree', 'form', 'pivot', 'graph', 'search'),
            'ccis.documentation': ('tree', 'form', 'kanban', 'pivot', 'search'),
            'ccis.newsletter.segment': ('tree', 'form', 'search'),
            'ccis.economic.indicator': ('tree', 'form', 'search'),
        }
        for model, kinds in expected.items():
            views = self.env[model].sudo(self.staff).load_views(
                [(False, kind) for kind in kinds], {'load_filters': True})
            self.assertEqual(set(views['fields_views']), set(kinds))

from odoo.exceptions import AccessError, ValidationError

from .common import CorrespondenceCommon


class TestAccess(CorrespondenceCommon):
    """Agents and managers handle their unit's mail, the annex director the annex's, the
    direction all of it; audit and bureau read everything."""

    @classmethod
    def setUpClass(cls):
        super(TestAccess, cls).setUpClass()
        cls.item_dap = cls._registered(subject='Courrier appui')
        cls.item_src = cls._registered(user=cls.staff_src, unit=cls.unit_src,
                                       subject='Courrier ressortissants')
        cls.item_annex = cls._registered(user=cls.staff_annex, unit=cls.unit_annex_dap,
                                         subject='Courrier annexe')
        cls.all_items = cls.item_dap | cls.item_src | cls.item_annex

    def _visible(self, user):
        return self.Correspondence.sudo(user).search([('id', 'in', self.all_items.ids)])

    def test_agent_sees_and_handles_own_unit(self):
        self.assertEqual(self._visible(self.staff), self.item_dap)
        self.item_dap.sudo(self.staff).write({'user_id': self.staff.id})
        self.item_dap.sudo(self.staff).action_assign()
        self.assertEqual(self.item_dap.state, 'assigned')
        with self.assertRaises(AccessError):
            self.item_src.sudo(self.staff).read(['subject'])
        # refused by the record rules (directly, or while the constraints read it back)
        with self.assertRaises((AccessError, ValidationError)):
            self._item(user=self.staff, unit=self.unit_src)

    def test_agent_cannot_delete_manager_can_delete_draft(self):
        draft = self._item()
        with self.assertRaises(AccessError):
            draft.sudo(self.staff).unlink()
        draft.sudo(self.manager).unlink()
        self.assertFalse(draft.exists())

    def test_manager_sees_own_unit(self):
        self.assertEqual(self._visible(self.manager), self.item_dap)

    def test_annex_director_sees_annex(self):
        self.assertEqual(self._visible(self.annex_director), self.item_annex)

    def test_direction_sees_and_writes_all(self):
        self.assertEqual(self._visible(self.direction), self.all_items)
        self.item_src.sudo(self.direction).write({'user_id': self.staff_src.id})

    def test_audit_reads_all_writes_none_outside_unit(self):
        self.assertEqual(self._visible(self.auditor), self.all_items)
        with self.assertRaises(AccessError):
            self.item_dap.sudo(self.auditor).write({'note': 'Vu'})

    def test_bureau_reads_only(self):
        self.assertEqual(self._visible(self.bureau), self.all_items)
        with self.assertRaises(AccessError):
            self.item_dap.sudo(self.bureau).write({'note': 'Vu'})

    def test_user_without_register_sees_no_count(self):
        employee = self._create_user('tbo_employee', 'base.group_user')
        self.assertEqual(self.wilaya.sudo(employee).ccis_correspondence_count, 0)
        with self.assertRaises(AccessError):
            self.Correspondence.sudo(employee).search([])

    def test_agent_opens_every_view(self):
        views = self.Correspondence.sudo(self.staff).load_views(
            [(False, kind) for kind in ('tree', 'form', 'kanban', 'pivot', 'graph', 'search')],
            {'load_filters': True})
        self.assertEqual(set(views['fields_views']),
                         {'tree', 'form', 'kanban', 'pivot', 'graph', 'search'})
        self.assertIn('ccis_correspondence_view_search',
                      self.env['ir.ui.view'].browse(
                          views['fields_views']['search']['view_id']).xml_id)

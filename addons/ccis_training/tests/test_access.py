from odoo.exceptions import AccessError

from odoo.addons.ccis_event.tests.common import CcisEventCommon


class TestAccess(CcisEventCommon):
    """Rights on the training records per CCIS group, as non-admin users."""

    @classmethod
    def setUpClass(cls):
        super(TestAccess, cls).setUpClass()
        cls.plan_annex = cls.env['ccis.training.plan'].create({
            'name': 'Plan annexe', 'year': cls.year, 'unit_id': cls.unit_annex_dap.id})

    def test_annex_director_sees_annex(self):
        plans = self.env['ccis.training.plan'].sudo(self.annex_director).search(
            [('id', '=', self.plan_annex.id)])
        self.assertEqual(plans, self.plan_annex)
        plans = self.env['ccis.training.plan'].sudo(self.staff).search(
            [('id', '=', self.plan_annex.id)])
        self.assertFalse(plans)

    def test_theme_reference_rights(self):
        Theme = self.env['ccis.training.theme']
        with self.assertRaises(AccessError):
            Theme.sudo(self.staff).create({'name': 'Thème du personnel'})
        theme = Theme.sudo(self.manager).create({'name': 'Thème du chef'})
        self.assertTrue(theme)

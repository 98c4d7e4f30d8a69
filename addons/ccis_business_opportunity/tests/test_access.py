from odoo.addons.ccis_event.tests.common import CcisEventCommon
from odoo.exceptions import AccessError


class TestAccess(CcisEventCommon):
    """Opportunities by unit for the staff, read-only for the bureau."""

    @classmethod
    def setUpClass(cls):
        super(TestAccess, cls).setUpClass()
        cls.Opportunity = cls.env['ccis.business.opportunity']
        cls.opportunity_src = cls.Opportunity.create({
            'name': 'Opportunité unité ressortissants', 'unit_id': cls.unit_src.id})

    def test_opportunities_by_unit(self):
        self.assertFalse(self.Opportunity.sudo(self.staff).search(
            [('id', '=', self.opportunity_src.id)]))
        self.assertEqual(self.Opportunity.sudo(self.staff_src).search(
            [('id', '=', self.opportunity_src.id)]), self.opportunity_src)

    def test_staff_creates_in_own_unit(self):
        opportunity = self.Opportunity.sudo(self.staff).create({'name': 'Opportunité du personnel'})
        self.assertEqual(opportunity.unit_id, self.unit_dap)
        self.assertTrue(opportunity.reference.startswith('OPP/'))

    def test_bureau_reads_only(self):
        self.assertEqual(self.Opportunity.sudo(self.bureau).search(
            [('id', '=', self.opportunity_src.id)]), self.opportunity_src)
        with self.assertRaises(AccessError):
            self.Opportunity.sudo(self.bureau).create({'name': 'Opportunité du bureau'})

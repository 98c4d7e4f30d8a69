from odoo.addons.ccis_event.tests.common import CcisEventCommon
from odoo.exceptions import UserError, ValidationError


class TestOpportunity(CcisEventCommon):
    """Business opportunities: origin, deadline, publication to the sector's members."""

    @classmethod
    def setUpClass(cls):
        super(TestOpportunity, cls).setUpClass()
        cls.Opportunity = cls.env['ccis.business.opportunity']
        cls.opportunity = cls.Opportunity.create({
            'name': 'Importateur test de conserves', 'origin': 'embassy',
            'sector_id': cls.sector_agro.id, 'unit_id': cls.unit_dap.id,
            'country_id': cls.env.ref('base.sn').id})

    def test_reference_from_sequence(self):
        self.assertTrue(self.opportunity.reference.startswith('OPP/'))

    def test_publish_informs_sector_members(self):
        self.opportunity.action_publish()
        self.assertEqual(self.opportunity.state, 'published')
        self.assertTrue(self.opportunity.date_published)
        notified = self.opportunity.notified_partner_ids
        self.assertIn(self.member_agro, notified)
        self.assertIn(self.member_other, notified)
        self.assertNotIn(self.member_trans, notified)

    def test_publish_twice_refused(self):
        self.opportunity.action_publish()
        with self.assertRaisesRegex(UserError, 'seule une opportunité en brouillon'):
            self.opportunity.action_publish()

    def test_event_origin_requires_event(self):
        with self.assertRaisesRegex(ValidationError, "indiquez l'événement"):
            self.Opportunity.create({'name': 'Sans événement', 'origin': 'event'})

    def test_deadline_after_reception(self):
        with self.assertRaisesRegex(ValidationError, 'précède la date de réception'):
            self.Opportunity.create({'name': 'Échéance passée', 'origin': 'member',
                                     'date': '%s-06-10' % self.year,
                                     'deadline': '%s-06-01' % self.year})

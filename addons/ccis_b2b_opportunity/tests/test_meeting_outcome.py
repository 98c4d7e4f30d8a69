from odoo.addons.ccis_b2b.tests.common import CcisB2bCommon
from odoo.exceptions import UserError


class TestMeetingOutcome(CcisB2bCommon):
    """A held B2B meeting with a positive outcome becomes a business opportunity."""

    @classmethod
    def setUpClass(cls):
        super(TestMeetingOutcome, cls).setUpClass()
        cls.b2b = cls._create_event('Rencontres B2B opportunités', cls.type_b2b, days=2)
        cls.reg_agro = cls._register(cls.b2b, cls.person_agro)
        cls.reg_trans = cls._register(cls.b2b, cls.person_trans)
        cls.meeting = cls.env['ccis.b2b.meeting'].create({
            'event_id': cls.b2b.id, 'slot': 0, 'table': 1,
            'registration_a_id': cls.reg_agro.id, 'registration_b_id': cls.reg_trans.id})

    def test_outcome_becomes_opportunity(self):
        self.meeting.action_held()
        self.meeting.write({'outcome': 'follow_up',
                            'outcome_note': 'Devis de transport à envoyer.'})
        action = self.meeting.action_create_opportunity()
        opportunity = self.meeting.opportunity_id
        self.assertEqual(action['res_id'], opportunity.id)
        self.assertEqual(opportunity.origin, 'event')
        self.assertEqual(opportunity.event_id, self.b2b)
        self.assertEqual(opportunity.meeting_id, self.meeting)
        self.assertEqual(opportunity.unit_id, self.b2b.unit_id)
        self.assertEqual(opportunity.interested_partner_ids,
                         self.member_agro | self.member_trans)
        self.assertEqual(self.b2b.ccis_opportunity_count, 1)
        # a second click opens the same opportunity
        self.meeting.action_create_opportunity()
        self.assertEqual(self.b2b.ccis_opportunity_count, 1)

    def test_planned_meeting_cannot_become_opportunity(self):
        with self.assertRaisesRegex(UserError, 'rencontre tenue'):
            self.meeting.action_create_opportunity()

    def test_event_lists_its_opportunities(self):
        action = self.b2b.action_ccis_view_opportunities()
        self.assertEqual(action['res_model'], 'ccis.business.opportunity')
        self.assertEqual(action['domain'], [('event_id', '=', self.b2b.id)])
        self.assertEqual(action['context']['default_origin'], 'event')

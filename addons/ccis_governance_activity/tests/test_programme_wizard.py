from odoo.exceptions import AccessError, UserError

from .common import GovernanceActivityCommon


class TestProgrammeWizard(GovernanceActivityCommon):
    """A recommendation of November with a deadline in March of the next year becomes an action
    of the programme and on the axis the user chooses, dated within that programme's year."""

    @classmethod
    def setUpClass(cls):
        super(TestProgrammeWizard, cls).setUpClass()
        Programme = cls.env['ccis.activity.programme']
        cls.programme = Programme.create({'name': 'Programme test 2014', 'year': 2014})
        cls.programme.write({'state': 'execution'})
        cls.next_programme = Programme.create({'name': 'Programme test 2015', 'year': 2015})
        cls.meeting = cls._held_meeting(organ=cls.committee, date='2014-11-12 09:00:00')
        cls.recommendation = cls._decision(
            cls.meeting, 'Former les commerçants au paiement électronique',
            kind='recommendation', deadline='2015-03-31')
        cls.axis_training = cls.env.ref('ccis_activity.ccis_activity_axis_formation')
        cls.axis_governance = cls.env.ref('ccis_activity.ccis_activity_axis_gouvernance')
        cls.type_institutional = cls.env.ref('ccis_activity.ccis_activity_type_institutional')

    def _wizard(self, **values):
        decision = self.recommendation.sudo(self.ri_user)
        context = decision.action_open_programme_wizard()['context']
        return self.env['ccis.decision.programme.wizard'].sudo(self.ri_user).with_context(
            context).create(values)

    def _create(self, wizard):
        result = wizard.action_create()
        return self.env['ccis.activity.action'].browse(result['res_id'])

    def test_defaults_from_the_deadline(self):
        wizard = self._wizard()
        self.assertEqual(wizard.programme_id, self.next_programme)
        self.assertEqual(wizard.axis_id, self.axis_governance)
        self.assertEqual(wizard.unit_id, self.unit_ri)
        self.assertEqual((wizard.date_start, wizard.date_end), ('2015-01-01', '2015-03-31'))

    def test_action_on_the_chosen_axis_within_this_year(self):
        wizard = self._wizard(programme_id=self.programme.id, axis_id=self.axis_training.id)
        self.assertEqual((wizard.date_start, wizard.date_end), ('2014-11-12', '2014-12-31'))
        action = self._create(wizard)
        self.assertEqual(action.programme_id, self.programme)
        self.assertEqual(action.axis_id, self.axis_training)
        self.assertEqual((action.date_start, action.date_end), ('2014-11-12', '2014-12-31'))
        self.assertEqual(action.unit_id, self.unit_ri)
        self.assertEqual(self.recommendation.programme_action_ref, action)
        with self.assertRaisesRegex(UserError, 'déjà été créée'):
            self.recommendation.sudo(self.ri_user).action_open_programme_wizard()

    def test_next_year_deadline_in_next_years_programme(self):
        action = self._create(self._wizard(programme_id=self.next_programme.id,
                                           axis_id=self.axis_training.id))
        self.assertEqual(action.programme_id, self.next_programme)
        self.assertEqual((action.date_start, action.date_end), ('2015-01-01', '2015-03-31'))

    def test_activity_type_proposes_the_counted_indicators(self):
        wizard = self._wizard(programme_id=self.programme.id, axis_id=self.axis_training.id)
        wizard.type_id = self.type_institutional
        wizard._onchange_type_id()
        self.assertEqual(wizard.axis_id, self.axis_governance)
        action = self._create(wizard)
        self.assertEqual(action.type_id, self.type_institutional)
        self.assertEqual(
            set(action.indicator_line_ids.mapped('definition_id.source')), {'computed'})
        self.assertIn(self.def_meetings_held, action.indicator_line_ids.mapped('definition_id'))

    def test_unit_outside_the_users_units_refused(self):
        wizard = self._wizard(programme_id=self.programme.id, axis_id=self.axis_training.id,
                              unit_id=self.unit_ap.id)
        with self.assertRaises(AccessError):
            wizard.action_create()
        self.assertFalse(self.recommendation.programme_action_ref)

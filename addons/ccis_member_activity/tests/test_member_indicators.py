from odoo.tests.common import SavepointCase

from odoo.addons.ccis_activity.tests.common import CcisActivityTestFactory


class TestMemberIndicators(CcisActivityTestFactory, SavepointCase):
    """The programme's member indicators count the registry over a built year (2011, before
    any demo record of those kinds): members only, stocks at the end of each period, requests
    of a unit and their answer time. The records are created by the demo agent of the Appui et
    Promotion department, the indicators computed by its head."""

    YEAR = 2011

    @classmethod
    def setUpClass(cls):
        super(TestMemberIndicators, cls).setUpClass()
        cls._setup_test_env()
        ref = cls.env.ref
        cls.agent = ref('ccis_base.user_agent_appui_demo')
        cls.chef = ref('ccis_base.user_manager_appui_demo')
        cls.unit_appui = ref('ccis_base.ccis_unit_appui_promotion_demo')
        # a desk of the department: the requests of this test are its only ones
        cls.desk = cls._create_unit('TMA-GUICHET', 'Guichet test indicateurs', 'service',
                                    parent=cls.unit_appui)
        cls.Partner = cls.env['res.partner'].sudo(cls.agent)
        cls.Request = cls.env['ccis.member.request'].sudo(cls.agent)
        name = 'ccis_member_activity.ccis_indicator_definition_%s'
        cls.def_new = ref(name % 'new_members')
        cls.def_active = ref(name % 'members_active')
        cls.def_dormant = ref(name % 'members_dormant')
        cls.def_struck_off = ref(name % 'members_struck_off')
        cls.def_received = ref(name % 'requests_received')
        cls.def_answered = ref(name % 'requests_answered')
        cls.def_delay = ref(name % 'answer_delay')
        cls.def_fiscal = ref(name % 'requests_fiscal')
        cls.member = cls.Partner.create({'name': 'Société Test Indicateur', 'is_company': True,
                                         'ccis_is_member': True, 'ccis_member_kind': 'company'})
        cls.fiscal = ref('ccis_member.ccis_member_request_category_fiscal')
        cls.legal = ref('ccis_member.ccis_member_request_category_legal')

    def _measure(self, definition, start, end, unit=None):
        return definition.compute_measure('%s-%s' % (self.YEAR, start),
                                          '%s-%s' % (self.YEAR, end), unit)

    def _year(self, definition, unit=None):
        return self._measure(definition, '01-01', '12-31', unit)

    def _member(self, name, registered, state='active', **values):
        values.update({'name': name, 'is_company': True, 'ccis_is_member': True,
                       'ccis_member_kind': 'company', 'ccis_state': state,
                       'ccis_registration_date': registered, 'ccis_state_date': registered})
        return self.Partner.create(values)

    def _change_state(self, partner, state, date):
        self.env['ccis.member.state.wizard'].sudo(self.agent).create({
            'partner_ids': [(6, 0, partner.ids)], 'new_state': state, 'date': date,
            'reason': 'Test des indicateurs'}).action_confirm()

    def test_new_members_count_members_only(self):
        before = self._year(self.def_new)
        first_quarter = self._measure(self.def_new, '01-01', '03-31')
        self._member('Nouveau ressortissant test', '2011-03-10')
        self._member('Prospect test', '2011-05-02', state='prospect')
        self._member('Inscrit fin 2010 test', '2010-12-31')
        self._member('Inscrit début 2012 test', '2012-01-01')
        # a supplier and a training body are companies, not members
        self.Partner.create({'name': 'Fournisseur test', 'is_company': True})
        self.Partner.create({'name': 'Organisme de formation test', 'is_company': True,
                             'supplier': True})
        self.assertEqual(self._year(self.def_new) - before, 1.0)
        self.assertEqual(self._measure(self.def_new, '01-01', '03-31') - first_quarter, 1.0)

    def test_members_by_status_at_period_end(self):
        ends = ('03-31', '06-30', '09-30', '12-31')

        def stocks(definition):
            return [self._measure(definition, '01-01', end) for end in ends]

        active_before, dormant_before = stocks(self.def_active), stocks(self.def_dormant)
        struck_before = self._year(self.def_struck_off)
        member = self._member('Ressortissant intermittent test', '2011-02-01')
        self._change_state(member, 'dormant', '2011-06-15')
        self._change_state(member, 'active', '2011-11-20')
        leaving = self._member('Ressortissant radié test', '2011-03-01')
        self._change_state(leaving, 'struck_off', '2011-08-01')
        active = [after - before for after, before in zip(stocks(self.def_active),
                                                          active_before)]
        dormant = [after - before for after, before in zip(stocks(self.def_dormant),
                                                           dormant_before)]
        # end of March: both active; June and September: one dormant, one active then struck
        # off; December: reactivated
        self.assertEqual(active, [2.0, 1.0, 0.0, 1.0])
        self.assertEqual(dormant, [0.0, 1.0, 1.0, 0.0])
        self.assertEqual(self._year(self.def_struck_off) - struck_before, 1.0)
        history = member.ccis_status_history_ids.sorted('date')
        self.assertEqual(history.mapped('date_end'), ['2011-06-15', '2011-11-20', False])

    def test_stock_over_the_year_is_the_value_at_its_end(self):
        """An indicator line of the stock: the year shows the last quarter's stock, not the
        sum of the four quarters."""
        programme = self.env['ccis.activity.programme'].create(
            {'name': 'Programme test ressortissants 2011', 'year': self.YEAR})
        line = self.env['ccis.indicator.line'].create({
            'programme_id': programme.id, 'definition_id': self.def_active.id,
            'axis_id': self.env.ref('ccis_activity.ccis_activity_axis_services_administratifs').id,
            'unit_id': self.unit_appui.id, 'target': 10.0, 'period_type': 'quarter'})
        self._member('Ressortissant stock test', '2011-02-01')
        line.sudo(self.chef).action_compute_values()
        quarters = line.period_ids.sorted('sequence').mapped('realised')
        self.assertEqual(len(set(quarters)), 1, quarters)
        self.assertEqual(line.realised, quarters[-1])

    def _requests(self):
        Request = self.Request
        values = {'partner_id': self.member.id, 'unit_id': self.desk.id,
                  'category_id': self.fiscal.id, 'channel': 'visit'}
        answered = {'state': 'answered', 'answer': 'Réponse test'}
        Request.create(dict(values, subject='R1', date='2011-01-10', answer_date='2011-01-20',
                            **answered))
        Request.create(dict(values, subject='R2', date='2011-02-25', answer_date='2011-03-03',
                            **answered))
        Request.create(dict(values, subject='R3', date='2011-03-28', answer_date='2011-04-11',
                            category_id=self.legal.id, **answered))
        Request.create(dict(values, subject='R4', date='2011-03-30', state='rejected',
                            reject_reason='Hors champ'))
        Request.create(dict(values, subject='R5', date='2011-12-20'))

    def test_requests_received_answered_and_delay(self):
        self._requests()
        desk = self.desk
        self.assertEqual(self._measure(self.def_received, '01-01', '03-31', desk), 4.0)
        self.assertEqual(self._year(self.def_received, desk), 5.0)
        # a request is answered in the period of its answer
        self.assertEqual(self._measure(self.def_answered, '01-01', '03-31', desk), 2.0)
        self.assertEqual(self._measure(self.def_answered, '04-01', '06-30', desk), 1.0)
        # 10 and 6 days in the first quarter, 14 in the second: the year weighs each request
        self.assertEqual(self._measure(self.def_delay, '01-01', '03-31', desk), 8.0)
        self.assertEqual(self._measure(self.def_delay, '04-01', '06-30', desk), 14.0)
        self.assertEqual(self._year(self.def_delay, desk), 10.0)
        self.assertEqual(self._year(self.def_fiscal, desk), 4.0)
        # another unit's line does not see the desk's requests
        other = self.env.ref('ccis_base.ccis_unit_kenitra_services_ressortissants_demo')
        self.assertEqual(self._measure(self.def_received, '01-01', '03-31', other), 0.0)

    def test_reception_action_counts_its_unit_requests(self):
        """An action of the reception type gets the request indicators (one per meaning) and
        its head computes them from the requests of the action's unit."""
        self._requests()
        programme = self.env['ccis.activity.programme'].create(
            {'name': 'Programme test accueil 2011', 'year': self.YEAR})
        action = self.env['ccis.activity.action'].create({
            'name': 'Accueil test', 'programme_id': programme.id,
            'type_id': self.env.ref('ccis_activity.ccis_activity_type_reception').id,
            'axis_id': self.env.ref('ccis_activity.ccis_activity_axis_services_administratifs').id,
            'unit_id': self.desk.id, 'date_start': '2011-01-01', 'date_end': '2011-12-31'})
        lines = action.indicator_line_ids
        self.assertEqual(lines.mapped('definition_id'),
                         self.def_received | self.def_answered | self.def_delay)
        lines.sudo(self.chef).action_compute_values()
        by_definition = {line.definition_id: line for line in lines}
        self.assertEqual(by_definition[self.def_received].realised, 5.0)
        self.assertEqual(by_definition[self.def_answered].realised, 3.0)
        self.assertEqual(by_definition[self.def_delay].realised, 10.0)

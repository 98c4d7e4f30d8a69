from odoo.exceptions import UserError, ValidationError

from .common import MediationCommon


class TestWorkflow(MediationCommon):
    """A case from the request to its outcome, as the agent of the unit in charge."""

    def test_register_numbers_per_type_and_year(self):
        first = self._registered(date='2031-02-10')
        arbitration = self._registered(case_type='arbitration', date='2031-02-11')
        second = self._registered(date='2031-05-03')
        next_year = self._registered(date='2032-01-05')
        self.assertEqual(first.name, 'MED/2031/0001')
        self.assertEqual(second.name, 'MED/2031/0002')
        self.assertEqual(arbitration.name, 'ARB/2031/0001')
        self.assertEqual(next_year.name, 'MED/2032/0001')
        self.assertEqual(first.state, 'registered')
        self.assertEqual(first.display_name, 'MED/2031/0001 – Litige test du 2031-02-10')

    def test_register_needs_both_sides(self):
        case = self._case(respondents=[])
        with self.assertRaisesRegex(UserError, "à renseigner avant l'enregistrement : une "
                                               "partie défenderesse"):
            case.action_register()
        case = self._case(claimants=[])
        with self.assertRaisesRegex(UserError, 'une partie demanderesse'):
            case.action_register()
        self.assertEqual(case.state, 'draft')
        self.assertFalse(case.name)

    def test_start_needs_tribunal_and_constitution(self):
        case = self._registered(case_type='arbitration')
        with self.assertRaisesRegex(UserError, "nommez l'arbitre unique ou le tribunal"):
            case.action_start()
        case.write({'arbitrator_ids': [
            (0, 0, {'partner_id': self.arbitrators[0].id, 'role': 'president'}),
            (0, 0, {'partner_id': self.arbitrators[1].id, 'role': 'co_arbitrator'})]})
        with self.assertRaisesRegex(UserError, "nombre impair d'arbitres"):
            case.action_start()
        case.write({'arbitrator_ids': [
            (0, 0, {'partner_id': self.arbitrators[2].id, 'role': 'co_arbitrator'})]})
        with self.assertRaisesRegex(UserError, 'date de constitution'):
            case.action_start()
        case.date_constitution = '2031-04-15'
        case.action_start()
        self.assertEqual(case.state, 'in_progress')
        # the award is due six months after the constitution (the setting), plus extensions
        self.assertEqual(case.delay_months, 6)
        self.assertEqual(case.date_deadline, '2031-10-15')
        case.extension_months = 3
        self.assertEqual(case.date_deadline, '2032-01-15')

    def test_mediator_role_checked(self):
        case = self._registered()
        with self.assertRaisesRegex(ValidationError, 'Co-arbitre'):
            case.write({'arbitrator_ids': [
                (0, 0, {'partner_id': self.arbitrators[0].id, 'role': 'co_arbitrator'})]})

    def test_legal_delay_is_a_setting(self):
        settings = self.env['res.config.settings'].create({
            'ccis_mediation_delay_months': 2, 'ccis_arbitration_delay_months': 9})
        settings.execute()
        mediation = self._started(constitution='2031-03-31')
        arbitration = self._started(case_type='arbitration', constitution='2031-08-31')
        self.assertEqual(mediation.date_deadline, '2031-05-31')
        self.assertEqual(arbitration.date_deadline, '2032-05-31')

    def test_close_needs_outcome(self):
        case = self._started(date='2031-01-10')
        with self.assertRaisesRegex(UserError, "avant la clôture : Issue, Date de l'issue"):
            case.action_close()
        case.write({'outcome': 'settlement', 'date_outcome': '2031-03-11'})
        case.action_close()
        self.assertEqual(case.state, 'closed')
        self.assertEqual(case.duration_days, 60)

    def test_award_only_in_arbitration(self):
        case = self._started()
        with self.assertRaisesRegex(ValidationError, 'une médiation ne se termine pas par une '
                                                     'sentence'):
            case.outcome = 'award'
        arbitration = self._registered(case_type='arbitration')
        arbitration.write({'outcome': 'award', 'date_outcome': '2031-06-01'})
        with self.assertRaisesRegex(UserError, 'tribunal arbitral constitué'):
            arbitration.action_close()

    def test_withdrawal_before_opening(self):
        case = self._registered(date='2031-02-01')
        case.write({'outcome': 'withdrawal', 'date_outcome': '2031-02-20'})
        case.action_close()
        self.assertEqual((case.state, case.duration_days), ('closed', 19))

    def test_outcome_date_after_request(self):
        case = self._registered(date='2031-02-01')
        with self.assertRaisesRegex(ValidationError, "« Date de l'issue » \\(2031-01-20\\) ne "
                                                     "peut précéder"):
            case.date_outcome = '2031-01-20'

    def test_registered_case_is_kept(self):
        case = self._registered()
        with self.assertRaisesRegex(UserError, 'ne peut être supprimé'):
            case.sudo(self.manager).unlink()
        with self.assertRaisesRegex(UserError, 'ne peut plus être retirée'):
            case.party_ids[0].unlink()
        with self.assertRaisesRegex(UserError, 'ne peut plus être modifiée'):
            case.party_ids[0].partner_id = self.member_b
        with self.assertRaisesRegex(UserError, "on n'ajoute plus de partie"):
            case.write({'party_ids': [(0, 0, {'side': 'respondent',
                                              'partner_id': self.member_b.id})]})
        # the counsel may change
        case.party_ids[0].counsel_id = False
        draft = self._case(user=self.manager)
        draft.unlink()
        self.assertFalse(draft.exists())

    def test_schedule_hearing(self):
        case = self._registered()
        action = case.action_schedule_hearing()
        self.assertEqual(action['res_model'], 'calendar.event')
        context = action['context']
        self.assertEqual(context['default_ccis_mediation_case_id'], case.id)
        attendees = set(context['default_partner_ids'][0][2])
        self.assertTrue({self.member.id, self.non_member.id, self.lawyer.id} <= attendees)
        event = self.env['calendar.event'].sudo(self.staff).with_context(
            context, no_mail_to_attendees=True).create({
                'start': '2031-04-02 09:00:00', 'stop': '2031-04-02 11:00:00',
                'duration': 2.0})
        self.assertEqual(event.ccis_mediation_case_id, case)
        self.assertEqual(case.hearing_count, 1)
        self.assertEqual(case.action_view_hearings()['domain'],
                         [('ccis_mediation_case_id', '=', case.id)])
        draft = self._case()
        with self.assertRaisesRegex(UserError, 'enregistré ou en cours'):
            draft.action_schedule_hearing()

    def test_documents(self):
        case = self._registered()
        self.env['ir.attachment'].sudo(self.staff).create({
            'name': 'Requête de médiation.pdf', 'datas_fname': 'requete.pdf',
            'res_model': case._name, 'res_id': case.id})
        self.assertEqual(case.document_count, 1)
        self.assertEqual(case.action_view_documents()['domain'],
                         [('res_model', '=', case._name), ('res_id', '=', case.id)])

    def test_overdue_reminder(self):
        case = self._started(case_type='arbitration', constitution='2031-03-10')
        self.assertEqual(case.date_deadline, '2031-09-10')
        Case = self.Case.sudo(self.staff)
        self.assertIn(case, Case.search(Case._overdue_domain('2031-09-11')))
        self.assertNotIn(case, Case.search(Case._overdue_domain('2031-09-10')))
        case.sudo()._cron_overdue_activities(today='2031-09-10')
        self.assertFalse(case.activity_ids)
        case.sudo()._cron_overdue_activities(today='2031-09-11')
        self.assertEqual(case.activity_ids.user_id, self.staff)
        self.assertIn('Échéance dépassée', case.activity_ids.summary)
        case.sudo()._cron_overdue_activities(today='2031-09-12')
        self.assertEqual(len(case.activity_ids), 1)
        # an extension gives a new deadline, reminded in its turn
        case.extension_months = 3
        self.assertFalse(case.overdue_activity_done)
        case.sudo()._cron_overdue_activities(today='2031-12-11')
        self.assertEqual(len(case.activity_ids), 2)

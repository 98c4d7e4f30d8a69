import xlrd

from odoo.exceptions import UserError

from odoo.addons.ccis_event.tests.common import CcisEventCommon


class TestTraining(CcisEventCommon):
    """The annual training plan: needs from a survey, sessions, execution, satisfaction."""

    @classmethod
    def setUpClass(cls):
        super(TestTraining, cls).setUpClass()
        Theme = cls.env['ccis.training.theme']
        cls.theme_tax = Theme.create({'name': 'Fiscalité test', 'code': 'T-FISC'})
        cls.theme_export = Theme.create({'name': 'Export test', 'code': 'T-EXP'})
        cls.body = cls.env['res.partner'].create({
            'name': 'Organisme de formation test', 'is_company': True,
            'ccis_is_training_body': True})
        cls.plan = cls.env['ccis.training.plan'].create({
            'name': 'Plan test', 'year': cls.year, 'unit_id': cls.unit_dap.id})
        cls.line_tax = cls.env['ccis.training.plan.line'].create({
            'plan_id': cls.plan.id, 'name': 'Fiscalité pour TPE', 'theme_id': cls.theme_tax.id,
            'planned_sessions': 2, 'hours_per_session': 6.0, 'training_body_id': cls.body.id,
            'cost_planned': 10000.0})
        # the needs survey: themes to tick, a headcount
        survey = cls.env['survey.survey'].create({'title': 'Besoins test'})
        page = cls.env['survey.page'].create({'title': 'Page', 'survey_id': survey.id})
        cls.q_themes = cls.env['survey.question'].create({
            'page_id': page.id, 'question': 'Thèmes ?', 'type': 'multiple_choice'})
        cls.label_tax = cls.env['survey.label'].create(
            {'question_id': cls.q_themes.id, 'value': 'Fiscalité test'})
        cls.label_export = cls.env['survey.label'].create(
            {'question_id': cls.q_themes.id, 'value': 'Export test'})
        cls.q_count = cls.env['survey.question'].create({
            'page_id': page.id, 'question': 'Combien ?', 'type': 'numerical_box'})
        cls.need_survey = survey
        cls.plan.need_survey_id = survey

    def _answer(self, partner, labels, count):
        user_input = self.env['survey.user_input'].create({
            'survey_id': self.need_survey.id, 'partner_id': partner.id, 'state': 'done'})
        Line = self.env['survey.user_input_line']
        for label in labels:
            Line.create({'user_input_id': user_input.id, 'question_id': self.q_themes.id,
                         'answer_type': 'suggestion', 'value_suggested': label.id})
        Line.create({'user_input_id': user_input.id, 'question_id': self.q_count.id,
                     'answer_type': 'number', 'value_number': count})
        return user_input

    def test_import_needs_from_survey(self):
        self._answer(self.person_agro, self.label_tax | self.label_export, 3)
        self._answer(self.member_trans, self.label_export, 5)
        self.plan.action_import_needs()
        needs = self.plan.need_ids
        self.assertEqual(len(needs), 3)
        export = needs.filtered(lambda n: n.theme_id == self.theme_export)
        self.assertEqual(export.mapped('partner_id'), self.member_agro | self.member_trans)
        self.assertEqual(sum(export.mapped('headcount')), 8)
        # answers are read once
        self.plan.action_import_needs()
        self.assertEqual(len(self.plan.need_ids), 3)

    def test_plan_built_from_needs(self):
        self._answer(self.member_trans, self.label_export, 45)
        self.plan.action_import_needs()
        self.plan.action_lines_from_needs()
        line = self.plan.line_ids.filtered(lambda line: line.theme_id == self.theme_export)
        self.assertEqual(len(line), 1)
        self.assertEqual(line.planned_sessions, 3)
        self.assertEqual(line.need_headcount, 45)

    def test_import_needs_requires_survey(self):
        plan = self.env['ccis.training.plan'].create({'name': 'Plan sans questionnaire',
                                                      'year': self.year})
        with self.assertRaisesRegex(UserError, 'questionnaire'):
            plan.action_import_needs()

    def test_send_need_survey_opens_invitation(self):
        action = self.plan.action_send_need_survey()
        self.assertEqual(action['res_model'], 'survey.mail.compose.message')
        self.assertIn(self.member_agro.id, action['context']['default_partner_ids'])

    def test_approve_requires_lines(self):
        plan = self.env['ccis.training.plan'].create({'name': 'Plan vide', 'year': self.year})
        with self.assertRaisesRegex(UserError, 'au moins une action'):
            plan.action_approve()

    def _session(self, scores):
        session = self._create_event('Session fiscalité test', self.type_training, days=-5,
                                     ccis_plan_line_id=self.line_tax.id)
        for person, score in zip((self.person_agro, self.person_trans, self.person_impex),
                                 scores):
            registration = self._register(session, person)
            registration.action_ccis_present()
            registration.ccis_satisfaction = score
        session.button_done()
        return session

    def test_session_takes_plan_values(self):
        session = self._session([4.0])
        self.assertEqual(session.ccis_theme_id, self.theme_tax)
        self.assertEqual(session.ccis_hours, 6.0)
        self.assertEqual(session.ccis_training_body_id, self.body)

    def test_execution_figures(self):
        self._session([4.0, 5.0, 3.0])
        self._session([2.0])
        self.line_tax.invalidate_cache()
        self.assertEqual(self.line_tax.done_sessions, 2)
        self.assertEqual(self.line_tax.delivered_hours, 12.0)
        self.assertEqual(self.line_tax.participant_count, 4)
        self.assertEqual(self.line_tax.participant_hours, 24.0)
        self.assertAlmostEqual(self.line_tax.execution_rate, 100.0)
        # per session 4.0 and 2.0: per action 3.0
        self.assertAlmostEqual(self.line_tax.satisfaction, 3.0)
        self.plan.invalidate_cache()
        self.assertEqual(self.plan.done_sessions, 2)
        self.assertEqual(self.plan.delivered_hours, 12.0)

    def test_satisfaction_per_theme(self):
        self._session([4.0, 5.0, 3.0])
        self._session([2.0])
        self.theme_tax.invalidate_cache()
        self.assertEqual(self.theme_tax.session_count, 2)
        self.assertEqual(self.theme_tax.participant_count, 4)
        # per theme: mean over the participants
        self.assertAlmostEqual(self.theme_tax.satisfaction, 3.5)

    def test_satisfaction_imported_from_survey(self):
        session = self._create_event('Session évaluée test', self.type_training, days=-4)
        registration = self._register(session, self.person_agro)
        registration.action_ccis_present()
        survey = self.env['survey.survey'].create({'title': 'Évaluation test'})
        page = self.env['survey.page'].create({'title': 'Avis', 'survey_id': survey.id})
        marks = {}
        for index in (1, 2):
            question = self.env['survey.question'].create({
                'page_id': page.id, 'question': 'Question %s' % index,
                'type': 'simple_choice'})
            marks[index] = {mark: self.env['survey.label'].create({
                'question_id': question.id, 'value': str(mark), 'quizz_mark': mark})
                for mark in range(1, 6)}
            marks[index]['question'] = question
        user_input = self.env['survey.user_input'].create({
            'survey_id': survey.id, 'partner_id': self.person_agro.id, 'state': 'done'})
        for index, mark in ((1, 5), (2, 4)):
            self.env['survey.user_input_line'].create({
                'user_input_id': user_input.id, 'question_id': marks[index]['question'].id,
                'answer_type': 'suggestion', 'value_suggested': marks[index][mark].id})
        session.ccis_satisfaction_survey_id = survey
        session.action_ccis_import_satisfaction()
        self.assertAlmostEqual(registration.ccis_satisfaction, 4.5)
        self.assertAlmostEqual(session.ccis_satisfaction, 4.5)

    def test_execution_xlsx(self):
        self._session([4.0])
        action = self.plan.action_export_execution_xlsx()
        report = self.env['ir.actions.report']._get_report_from_name(action['report_name'])
        data = report.render(action['context']['active_ids'])[0]
        sheet = xlrd.open_workbook(file_contents=data).sheet_by_index(0)
        header = sheet.row_values(2)
        row = sheet.row_values(3)
        self.assertEqual(row[header.index('Action de formation')], 'Fiscalité pour TPE')
        self.assertEqual(row[header.index('Sessions prévues')], 2)
        self.assertEqual(row[header.index('Sessions réalisées')], 1)
        self.assertEqual(sheet.row_values(4)[0], 'Total')

    def test_convention_dates(self):
        from odoo.exceptions import ValidationError
        with self.assertRaisesRegex(ValidationError, "précède le début d'effet"):
            self.env['ccis.training.convention'].create({
                'name': 'CONV-TEST', 'training_body_id': self.body.id,
                'date_start': '%s-06-01' % self.year, 'date_end': '%s-01-01' % self.year})

import xlrd

from odoo.exceptions import UserError, ValidationError

from .common import CcisEventCommon


class TestAttendance(CcisEventCommon):
    """Check-in (present, absent, excused), figures, check-in list and certificates."""

    @classmethod
    def setUpClass(cls):
        super(TestAttendance, cls).setUpClass()
        cls.training = cls._create_event('Formation test présence', cls.type_training,
                                         days=-1, hours=6.0)
        cls.reg_agro = cls._register(cls.training, cls.person_agro)
        cls.reg_trans = cls._register(cls.training, cls.person_trans)
        cls.reg_impex = cls._register(cls.training, cls.person_impex)
        cls.seminar = cls._create_event('Séminaire test présence', cls.type_seminar, days=-1)
        cls.reg_seminar = cls._register(cls.seminar, cls.person_agro)

    def test_registration_confirmed_automatically(self):
        self.assertEqual(self.reg_agro.state, 'open')

    def test_present_closes_registration(self):
        self.reg_agro.sudo(self.staff).action_ccis_present()
        self.assertEqual(self.reg_agro.ccis_attendance, 'present')
        self.assertEqual(self.reg_agro.state, 'done')
        self.assertTrue(self.reg_agro.ccis_attendance_date)
        self.assertEqual(self.reg_agro.ccis_hours, 6.0)

    def test_absent_after_present_reopens(self):
        self.reg_trans.action_ccis_present()
        self.reg_trans.action_ccis_absent()
        self.assertEqual(self.reg_trans.state, 'open')
        self.assertEqual(self.reg_trans.ccis_hours, 0.0)

    def test_event_figures(self):
        self.reg_agro.action_ccis_present()
        self.reg_trans.action_ccis_absent()
        self.reg_impex.action_ccis_excused()
        self.assertEqual(self.training.ccis_present_count, 1)
        self.assertEqual(self.training.ccis_absent_count, 1)
        self.assertEqual(self.training.ccis_excused_count, 1)
        self.assertAlmostEqual(self.training.ccis_attendance_rate, 100.0 / 3, places=2)
        self.assertEqual(self.training.ccis_hours_delivered, 6.0)
        self.assertEqual(self.training.ccis_member_count, 3)

    def test_presence_touches_member_activity(self):
        self.member_agro.sudo().write({'ccis_last_activity_date': '2000-01-01'})
        self.reg_agro.action_ccis_present()
        self.assertGreater(self.member_agro.ccis_last_activity_date, '2000-01-01')

    def test_cancelled_registration_cannot_be_checked_in(self):
        self.reg_impex.button_reg_cancel()
        with self.assertRaisesRegex(UserError, 'elle est annulée'):
            self.reg_impex.action_ccis_present()

    def test_draft_event_cannot_be_checked_in(self):
        draft = self._create_event('Séminaire brouillon', self.type_seminar, confirm=False,
                                   auto_confirm=False)
        draft.write({'auto_confirm': False, 'state': 'draft'})
        registration = self._register(draft, self.person_other)
        with self.assertRaisesRegex(UserError, 'confirmez-le'):
            registration.action_ccis_present()

    def test_satisfaction_bounds(self):
        with self.assertRaisesRegex(ValidationError, 'entre 0 et 5'):
            self.reg_agro.write({'ccis_satisfaction': 6.0})

    def test_satisfaction_mean_of_present(self):
        self.reg_agro.action_ccis_present()
        self.reg_trans.action_ccis_present()
        self.reg_agro.ccis_satisfaction = 4.0
        self.reg_trans.ccis_satisfaction = 5.0
        self.assertAlmostEqual(self.training.ccis_satisfaction, 4.5)

    def test_certificate_for_present_trainee(self):
        self.reg_agro.action_ccis_present()
        self.assertTrue(self.reg_agro.ccis_certificate_available)
        self.assertTrue(self.reg_agro.ccis_certificate_number.startswith('ATT-'))
        report = self.env.ref('ccis_event.ccis_event_certificate_report')
        html, _format = report.render_qweb_html(self.reg_agro.ids)
        html = html.decode('utf-8') if isinstance(html, bytes) else html
        self.assertIn('Attestation de participation', html)
        self.assertIn('Rachid Test', html)
        self.assertIn('Conserverie Test du Gharb', html)
        self.assertIn(self.reg_agro.ccis_certificate_number, html)

    def test_no_certificate_for_absent(self):
        self.reg_trans.action_ccis_absent()
        self.assertFalse(self.reg_trans.ccis_certificate_available)
        report = self.env.ref('ccis_event.ccis_event_certificate_report')
        with self.assertRaisesRegex(UserError, 'Aucune attestation'):
            report.render_qweb_html(self.reg_trans.ids)

    def test_no_certificate_for_seminar(self):
        self.reg_seminar.action_ccis_present()
        self.assertFalse(self.reg_seminar.ccis_certificate_available)
        with self.assertRaisesRegex(UserError, 'Aucune attestation'):
            self.reg_seminar.action_ccis_print_certificate()

    def test_checkin_list_renders(self):
        report = self.env.ref('ccis_event.ccis_event_checkin_report')
        html, _format = report.render_qweb_html(self.training.ids)
        html = html.decode('utf-8') if isinstance(html, bytes) else html
        self.assertIn("Liste d'émargement", html)
        for name in ('Rachid Test', 'Khadija Test', 'Fatima Test'):
            self.assertIn(name, html)

    def test_checkin_screen_action(self):
        action = self.training.action_ccis_checkin()
        self.assertEqual(action['res_model'], 'event.registration')
        self.assertIn(('event_id', '=', self.training.id), action['domain'])
        self.assertTrue(action['view_mode'].startswith('kanban'))

    def test_participants_xlsx(self):
        self.reg_agro.action_ccis_present()
        action = self.training.action_ccis_export_participants_xlsx()
        report = self.env['ir.actions.report']._get_report_from_name(action['report_name'])
        book = xlrd.open_workbook(
            file_contents=report.render(action['context']['active_ids'])[0])
        sheet = book.sheet_by_index(0)
        header = sheet.row_values(2)
        self.assertIn('Ressortissant', header)
        names = sheet.col_values(header.index('Participant'))[3:]
        self.assertEqual(sorted(names), ['Fatima Test', 'Khadija Test', 'Rachid Test'])
        row = names.index('Rachid Test') + 3
        self.assertEqual(sheet.cell_value(row, header.index('Présence')), 'Présent')

    def test_participants_xlsx_in_arabic(self):
        """The workbook's sheet and headers are in the language of the user printing it."""
        action = self.training.action_ccis_export_participants_xlsx()
        report = self.env['ir.actions.report']._get_report_from_name(action['report_name'])
        content = report.with_context(lang='ar_MA').render(action['context']['active_ids'])[0]
        sheet = xlrd.open_workbook(file_contents=content).sheet_by_index(0)
        header = sheet.row_values(2)
        arabic = [label for label in header if any('\u0600' <= char <= '\u06ff'
                                                   for char in label)]
        self.assertEqual(len(arabic), len(header), header)
        self.assertTrue(any('\u0600' <= char <= '\u06ff' for char in sheet.name), sheet.name)

    def test_participants_rows_in_the_user_language(self):
        """The export's labels (the event's nature, the attendance) are the translated
        selection labels, in Arabic for a user working in Arabic."""
        self.reg_agro.action_ccis_present()
        french = self.training._ccis_participant_rows()[0]
        arabic = self.training.with_context(lang='ar_MA')._ccis_participant_rows()[0]
        self.assertEqual(french['kind'], 'Session de formation')
        self.assertNotEqual(arabic['kind'], french['kind'])
        self.assertTrue(any('\u0600' <= char <= '\u06ff' for char in arabic['kind']),
                        arabic['kind'])

    def test_actual_cost_from_analytic_lines(self):
        self.training.ccis_budget_planned = 5000.0
        self.assertEqual(self.training.ccis_analytic_account_id, self.analytic_dap)
        tag = self.training.ccis_analytic_tag_id
        self.assertTrue(tag)
        Line = self.env['account.analytic.line']
        Line.create({'name': 'Pause-café', 'account_id': self.analytic_dap.id,
                     'amount': -1200.0, 'tag_ids': [(6, 0, tag.ids)]})
        Line.create({'name': 'Honoraires formateur', 'account_id': self.analytic_dap.id,
                     'amount': -3000.0, 'tag_ids': [(6, 0, tag.ids)]})
        Line.create({'name': 'Autre dépense de l\'unité', 'account_id': self.analytic_dap.id,
                     'amount': -999.0})
        self.training.invalidate_cache()
        self.assertEqual(self.training.ccis_cost_actual, 4200.0)
        self.assertEqual(self.training.ccis_budget_gap, 800.0)

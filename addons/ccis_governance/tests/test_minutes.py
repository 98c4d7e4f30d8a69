import unittest

from odoo.exceptions import UserError, ValidationError

from .common import GovernanceCommon


class TestMinutes(GovernanceCommon):

    @classmethod
    def setUpClass(cls):
        super(TestMinutes, cls).setUpClass()
        cls.meeting = cls._held_meeting(date='2026-01-15 09:00:00')
        cls.meeting.item_ids.write({
            'name': 'Programme de formation 2026', 'vote_required': True,
            'votes_for': 5, 'votes_against': 1, 'votes_abstain': 0,
            'discussion': '<p>Débat sur les formations dans les annexes.</p>'})
        cls.decision = cls.env['ccis.decision'].create({
            'meeting_id': cls.meeting.id, 'item_id': cls.meeting.item_ids.id,
            'name': 'Lancer les formations juridiques', 'responsible_unit_id': cls.unit_ap.id,
            'deadline': '2026-06-30'})
        cls.next_meeting = cls._held_meeting(date='2026-02-19 09:00:00')
        cls.minutes = cls.env['ccis.minutes'].browse(
            cls.meeting.action_generate_minutes()['res_id'])

    def _approve(self):
        self.minutes.action_submit()
        self.minutes.approval_meeting_id = self.next_meeting
        self.minutes.action_approve()

    def test_body_generated_from_meeting(self):
        body = self.minutes.body
        self.assertIn('Bureau (test)', body)
        self.assertIn('Ahmed Bennis', body)
        self.assertIn('Programme de formation 2026', body)
        self.assertIn('5 voix pour', body)
        self.assertIn('Débat sur les formations', body)
        self.assertIn('Lancer les formations juridiques', body)
        self.assertIn('quorum requis (4 membres)', body)

    def test_signatories_from_meeting(self):
        self.assertEqual(self.minutes.president_id, self.partners[0])

    def test_body_editable_while_draft(self):
        self.minutes.body = '<p>Texte corrigé</p>'
        self.assertIn('Texte corrigé', self.minutes.body)

    def test_approval_requires_later_meeting(self):
        self.minutes.action_submit()
        with self.assertRaisesRegex(ValidationError, 'séance postérieure'):
            self.minutes.approval_meeting_id = self.meeting

    def test_approval_requires_meeting(self):
        self.minutes.action_submit()
        with self.assertRaisesRegex(UserError, 'indiquez la séance'):
            self.minutes.action_approve()

    def test_locked_after_approval(self):
        self._approve()
        self.assertEqual(self.minutes.state, 'approved')
        self.assertEqual(self.minutes.approval_date, '2026-02-19')
        self.assertIn(self.minutes, self.next_meeting.approved_minutes_ids)
        with self.assertRaisesRegex(UserError, 'est verrouillé'):
            self.minutes.write({'body': '<p>Modification</p>'})
        with self.assertRaisesRegex(UserError, 'est verrouillé'):
            self.minutes.unlink()
        with self.assertRaises(UserError):
            self.minutes.action_generate_body()

    def test_locked_minutes_accept_chatter(self):
        self._approve()
        self.minutes.message_post(body='Copie transmise à la tutelle.')
        self.assertEqual(self.minutes.state, 'approved')

    def test_locked_for_department_user(self):
        self._approve()
        with self.assertRaises(UserError):
            self.minutes.sudo(self.ri_user).write({'body': '<p>Modification</p>'})

    def test_print_wizard_french(self):
        wizard = self.env['ccis.minutes.print.wizard'].create({
            'minutes_id': self.minutes.id, 'lang': 'fr_FR'})
        action = wizard.action_print()
        self.assertEqual(action['report_name'], 'ccis_governance.report_ccis_minutes')
        self.assertEqual(action['context']['lang'], 'fr_FR')

    def test_report_renders(self):
        html = self.env.ref('ccis_governance.action_report_ccis_minutes').render_qweb_html(
            self.minutes.ids)[0]
        html = html.decode() if isinstance(html, bytes) else html
        self.assertIn('Le Secrétaire rapporteur', html)
        self.assertIn('Ahmed Bennis', html)

    def test_report_dates_follow_the_text(self):
        """Printed by a user working in English, the French PV still dates the French way."""
        report = self.env.ref('ccis_governance.action_report_ccis_minutes')
        html = report.with_context(lang='en_US').render_qweb_html(self.minutes.ids)[0]
        html = html.decode() if isinstance(html, bytes) else html
        self.assertRegex(html, r'Séance du <span[^>]*>15/01/2026</span>')
        self.assertNotIn('01/15/2026', html)

    def test_one_minutes_per_meeting(self):
        action = self.meeting.action_generate_minutes()
        self.assertEqual(action['res_id'], self.minutes.id)


class TestMinutesArabic(GovernanceCommon):
    """With an Arabic language installed (the suite installs Moroccan Arabic), the PV is
    drafted and printed in Arabic too."""

    @classmethod
    def setUpClass(cls):
        super(TestMinutesArabic, cls).setUpClass()
        cls.arabic = cls.env['res.lang']._ccis_arabic_code()
        if not cls.arabic:
            # release the class's cursor first: a skip raised here skips tearDownClass
            super(TestMinutesArabic, cls).tearDownClass()
            raise unittest.SkipTest('no Arabic language installed (ccis_l10n_ar_ma installs it)')
        meeting = cls._held_meeting(date='2026-01-15 09:00:00')
        cls.minutes = cls.env['ccis.minutes'].browse(
            meeting.action_generate_minutes()['res_id'])

    def test_arabic_body_generated(self):
        self.assertIn('الحضور والنصاب', self.minutes.body_ar)
        self.assertIn('Présences et quorum', self.minutes.body)

    def test_print_wizard_offers_arabic(self):
        selection = self.env['ccis.minutes.print.wizard']._selection_lang()
        self.assertEqual(selection, [('fr_FR', 'Français'), (self.arabic, 'العربية')])
        wizard = self.env['ccis.minutes.print.wizard'].create({
            'minutes_id': self.minutes.id, 'lang': self.arabic})
        action = wizard.action_print()
        self.assertEqual(action['context']['lang'], self.arabic)

    def test_arabic_report(self):
        report = self.env.ref('ccis_governance.action_report_ccis_minutes')
        html = report.with_context(lang=self.arabic).render_qweb_html(self.minutes.ids)[0]
        html = html.decode() if isinstance(html, bytes) else html
        self.assertIn('dir="rtl"', html)
        self.assertIn('الكاتب المقرر', html)
        self.assertIn('الحضور والنصاب', html)
        self.assertIn('15/01/2026', html)

    def test_odoo_arabic_installed_too(self):
        """A chamber that also installs Odoo's own Arabic (ar_SY) keeps one Arabic: the
        suite's."""
        self.env['res.lang'].load_lang('ar_SY')
        self.assertEqual(self.env['res.lang']._ccis_arabic_code(), self.arabic)
        self.assertEqual(len(self.env['ccis.minutes.print.wizard']._selection_lang()), 2)
        self.minutes.action_generate_body()
        self.assertIn('الحضور والنصاب', self.minutes.body_ar)

from odoo.tests.common import SavepointCase
from odoo.tools.misc import format_date, formatLang


class TestMoroccanArabic(SavepointCase):
    """The database comes with French and Moroccan Arabic, the language the suite writes its
    Arabic in; no language is created here."""

    @classmethod
    def setUpClass(cls):
        super(TestMoroccanArabic, cls).setUpClass()
        cls.lang = cls.env.ref('ccis_l10n_ar_ma.lang_ar_MA')
        cls.env_ar = cls.env(context=dict(cls.env.context, lang='ar_MA'))

    def test_installed_with_french(self):
        installed = dict(self.env['res.lang'].get_installed())
        self.assertIn('fr_FR', installed)
        self.assertIn('ar_MA', installed)
        self.assertEqual(self.lang.code, 'ar_MA')
        self.assertEqual(self.lang.direction, 'rtl')
        self.assertEqual(self.env['res.lang']._ccis_arabic_code(), 'ar_MA')

    def test_dates_and_numbers(self):
        """dd/mm/YYYY, digits 0-9, Moroccan month names."""
        self.assertEqual(format_date(self.env_ar, '2026-12-03'), '03/12/2026')
        months = [format_date(self.env_ar, '2026-%02d-01' % month, date_format='MMMM')
                  for month in range(1, 13)]
        self.assertEqual(' '.join(months), 'يناير فبراير مارس أبريل ماي يونيو يوليوز غشت '
                         'شتنبر أكتوبر نونبر دجنبر')
        self.assertEqual(formatLang(self.env_ar, 1234567.5), '1.234.567,50')

    def test_odoo_arabic_translations(self):
        """Odoo's Arabic (ar.po) is the base; Odoo's terms it leaves untranslated and
        Morocco's own words come from this addon."""
        translate = self.env['ir.translation']._get_source
        # Odoo's ar.po
        self.assertEqual(translate(None, ('code',), 'ar_MA', 'Log note'), 'إدراج ملاحظة')
        # i18n_extra/ar.po: missing from Odoo's
        self.assertEqual(translate(None, ('code',), 'ar_MA', 'Send message'), 'إرسال رسالة')
        # ... or left in English by it (the partner form's tax number)
        self.assertEqual(self.env_ar['res.partner'].fields_get(['vat'])['vat']['string'],
                         'الرقم الضريبي')
        form = self.env_ar['res.partner'].fields_view_get(
            self.env.ref('base.view_partner_form').id, 'form')['arch']
        for english, arabic in (('Create company', 'إنشاء شركة'),
                                ('Internal note...', 'ملاحظة داخلية...'),
                                ('Mailing Opt-Out', 'رفض المراسلات الجماعية')):
            self.assertIn(arabic, form)
            self.assertNotIn(english, form)
        # i18n_extra/ar_MA.po: Moroccan month names over Odoo's "مايو", "ديسمبر"
        months = dict(self.env_ar['res.company']._fields['fiscalyear_last_month']
                      ._description_selection(self.env_ar))
        self.assertEqual(months[5], 'ماي')
        self.assertEqual(months[12], 'دجنبر')

    def test_web_client_translations(self):
        """The web client's terms (chatter) reach Arabic users, ours as Odoo's (the web
        client reads the 'openerp-web' terms of the language)."""
        rows = self.env['ir.translation'].search_read([
            ('lang', '=', 'ar_MA'), ('comments', 'like', 'openerp-web'),
            ('src', 'in', ['Send message', 'Schedule activity', 'Log note'])], ['src', 'value'])
        self.assertEqual({row['src']: row['value'] for row in rows}, {
            'Send message': 'إرسال رسالة',
            'Schedule activity': 'برمجة نشاط',
            'Log note': 'إدراج ملاحظة',
        })

    def test_arabic_demo_user(self):
        """The demo user "arabe" works in Arabic, as a unit agent like "agent"."""
        arabic = self.env.ref('ccis_l10n_ar_ma.user_agent_arabic_demo')
        agent = self.env.ref('ccis_base.user_agent_appui_demo')
        self.assertEqual(arabic.login, 'arabe')
        self.assertEqual(arabic.lang, 'ar_MA')
        self.assertEqual(arabic.groups_id, agent.groups_id)
        self.assertEqual(arabic.employee_ids.department_id, agent.employee_ids.department_id)

    def test_odoo_arabic_installed_too(self):
        """A chamber that also installs Odoo's own Arabic keeps writing Moroccan Arabic, and
        both are right to left."""
        self.env['res.lang'].load_lang('ar_SY')
        self.assertEqual(self.env['res.lang']._ccis_arabic_code(), 'ar_MA')
        self.assertEqual(self.env['res.lang']._lang_direction('ar_SY'), 'rtl')

    def test_websites_offer_the_languages(self):
        if 'website' not in self.env:
            self.skipTest('website is not installed')
        for website in self.env['website'].search([]):
            self.assertIn(self.lang, website.language_ids)

from odoo.tests.common import TransactionCase


class TestArabicLabels(TransactionCase):
    """The event form's labels that Odoo 11's Arabic leaves in English read in Arabic
    (i18n_extra/ar.po of this addon)."""

    def test_event_form_labels(self):
        events = self.env['event.event'].with_context(lang='ar_MA')
        labels = {name: field['string'] for name, field in events.fields_get(
            ['seats_min', 'seats_availability', 'event_mail_ids', 'twitter_hashtag']).items()}
        self.assertEqual(labels, {
            'seats_min': 'الحد الأدنى للمشاركين',
            'seats_availability': 'الحد الأقصى للمشاركين',
            'event_mail_ids': 'جدولة الرسائل',
            'twitter_hashtag': 'وسم تويتر',
        })
        arch = events.fields_view_get(self.env.ref('event.view_event_form').id, 'form')['arch']
        self.assertIn('جدولة الرسائل', arch)
        self.assertNotIn('Email Schedule', arch)

    def test_event_type_and_registration_labels(self):
        types = self.env['event.type'].with_context(lang='ar_MA')
        labels = {name: field['string'] for name, field in types.fields_get(
            ['has_seats_limitation', 'auto_confirm', 'use_mail_schedule']).items()}
        self.assertEqual(labels, {
            'has_seats_limitation': 'مقاعد محدودة',
            'auto_confirm': 'تأكيد التسجيلات تلقائياً',
            'use_mail_schedule': 'إرسال الرسائل تلقائياً',
        })
        search = self.env['event.registration'].with_context(lang='ar_MA').fields_view_get(
            self.env.ref('event.view_registration_search').id, 'search')['arch']
        self.assertIn('رقم التسجيل', search)

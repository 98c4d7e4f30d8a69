import datetime

from odoo import fields
from odoo.exceptions import ValidationError

from .common import MemberCase


class TestDocuments(MemberCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Document = cls.env['ccis.member.document']
        cls.doc_type = cls.env.ref('ccis_member.ccis_member_document_type_fisc')
        today = datetime.date.today()
        cls.soon = fields.Date.to_string(today + datetime.timedelta(days=10))
        cls.later = fields.Date.to_string(today + datetime.timedelta(days=200))
        cls.past = fields.Date.to_string(today - datetime.timedelta(days=3))

    def _doc(self, expiry, partner=None):
        return self.Document.create({
            'partner_id': (partner or self.member_rabat).id, 'type_id': self.doc_type.id,
            'name': 'Attestation fiscale', 'expiry_date': expiry})

    def test_state_from_expiry(self):
        self.assertEqual(self._doc(self.soon).state, 'expiring')
        self.assertEqual(self._doc(self.later).state, 'valid')
        self.assertEqual(self._doc(self.past).state, 'expired')
        self.assertEqual(self._doc(False).state, 'permanent')

    def test_alert_activity_before_expiry(self):
        doc = self._doc(self.soon)
        alerted = self.Document._cron_check_expiry()
        self.assertIn(doc, alerted)
        self.assertTrue(doc.alert_date)
        summaries = self.member_rabat.activity_ids.mapped('summary')
        self.assertIn('Document à renouveler : Attestation fiscale', summaries)

    def test_no_alert_far_from_expiry(self):
        doc = self._doc(self.later)
        self.assertNotIn(doc, self.Document._cron_check_expiry())

    def test_alert_sent_once(self):
        doc = self._doc(self.soon)
        self.Document._cron_check_expiry()
        self.assertNotIn(doc, self.Document._cron_check_expiry())

    def test_new_expiry_date_rearms_alert(self):
        doc = self._doc(self.soon)
        self.Document._cron_check_expiry()
        doc.write({'expiry_date': self.later})
        self.assertFalse(doc.alert_date)

    def test_expiry_before_issue_refused(self):
        with self.assertRaisesRegex(ValidationError, "date d'expiration du document"):
            self.Document.create({
                'partner_id': self.member_rabat.id, 'type_id': self.doc_type.id,
                'name': 'Erreur', 'issue_date': self.later, 'expiry_date': self.soon})

    def test_document_counts_as_activity(self):
        member = self.create_member(name='Documenté', ccis_last_activity_date='2020-01-01')
        self._doc(self.later, member)
        self.assertEqual(member.ccis_last_activity_date, fields.Date.context_today(member))

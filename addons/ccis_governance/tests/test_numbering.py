from odoo.exceptions import UserError

from .common import GovernanceCommon


class TestNumbering(GovernanceCommon):

    def _decision(self, organ, date, name='Décision'):
        return self.env['ccis.decision'].create({
            'organ_id': organ.id, 'date': date, 'name': name,
            'responsible_unit_id': self.unit_ap.id, 'deadline': '2027-12-31'})

    def test_draft_decision_not_numbered(self):
        decision = self._decision(self.bureau, '2026-02-01')
        self.assertFalse(decision.number)

    def test_numbered_per_organ_and_year(self):
        d1 = self._decision(self.bureau, '2025-12-18')
        d2 = self._decision(self.bureau, '2026-01-15')
        d3 = self._decision(self.committee, '2026-01-20')
        d4 = self._decision(self.bureau, '2026-02-19')
        (d1 | d2 | d3 | d4).action_open()
        self.assertEqual(d1.number, 'TBU-2025-001')
        self.assertEqual(d2.number, 'TBU-2026-001')
        self.assertEqual(d3.number, 'TCO-2026-001')
        self.assertEqual(d4.number, 'TBU-2026-002')

    def test_organ_code_normalised(self):
        self.assertEqual(self.bureau.code, 'TBU')

    def test_numbered_decision_cannot_be_deleted(self):
        decision = self._decision(self.bureau, '2026-03-01')
        decision.action_open()
        with self.assertRaisesRegex(UserError, 'numérotée'):
            decision.unlink()

    def test_minutes_numbered_when_submitted(self):
        meeting = self._held_meeting(date='2026-04-02 09:00:00')
        minutes = self.env['ccis.minutes'].browse(
            meeting.action_generate_minutes()['res_id'])
        minutes.action_submit()
        self.assertEqual(minutes.name, 'PV-TBU-2026-001')

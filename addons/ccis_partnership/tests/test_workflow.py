from odoo.exceptions import UserError, ValidationError

from .common import PartnershipCommon


class TestWorkflow(PartnershipCommon):
    """Signing (documents, numbering), dates and states, renewal and termination."""

    def test_cannot_sign_without_document(self):
        agreement = self._agreement(with_document=False, title='Convention sans exemplaire')
        with self.assertRaises(UserError) as error:
            agreement.action_sign()
        self.assertIn('Convention sans exemplaire', error.exception.name)
        self.assertIn('Documents signés', error.exception.name)
        self.assertEqual(agreement.state, 'draft')
        self.assertFalse(agreement.name)

    def test_cannot_sign_without_signature_date(self):
        agreement = self._agreement(date_signed=False)
        with self.assertRaises(UserError) as error:
            agreement.action_sign()
        self.assertIn('Date de signature', error.exception.name)

    def test_sign_numbers_by_year_of_signature(self):
        first = self._signed(date_signed='2032-03-01')
        second = self._signed(date_signed='2032-04-01')
        self.assertRegex(first.name, r'^CONV/2032/\d{3}$')
        self.assertEqual(int(second.name[-3:]), int(first.name[-3:]) + 1)
        self.assertEqual(first.date_effective, '2032-03-01')
        self.assertEqual(first.year, 2032)
        with self.assertRaises(UserError):
            first.sudo(self.manager).unlink()

    def test_signature_date_fixed_once_numbered(self):
        agreement = self._signed(date_signed='2032-03-01')
        with self.assertRaises(UserError) as error:
            agreement.sudo(self.staff).write({'date_signed': '2033-01-10'})
        self.assertIn('Date de signature', error.exception.name)
        self.assertEqual(agreement.date_signed, '2032-03-01')

    def test_end_date(self):
        agreement = self._agreement(date_effective='2031-03-15', duration_months=36)
        self.assertEqual(agreement.date_end, '2034-03-14')
        self.assertEqual(agreement.date_out, '2034-03-15')
        agreement.duration_months = 0
        self.assertFalse(agreement.date_end)
        self.assertFalse(agreement.date_out)

    def test_state_from_dates(self):
        agreement = self._signed(date_effective='2031-02-01')
        agreement._refresh_state('2031-01-20')
        self.assertEqual(agreement.state, 'signed')
        agreement._refresh_state('2031-02-01')
        self.assertEqual(agreement.state, 'in_force')
        agreement._refresh_state('2032-01-31')
        self.assertEqual(agreement.state, 'in_force')
        agreement._refresh_state('2032-02-01')
        self.assertEqual(agreement.state, 'expired')

    def test_cron_updates_states(self):
        agreement = self._signed()
        self.Agreement._cron_partnership('2031-06-01')
        self.assertEqual(agreement.state, 'in_force')
        self.Agreement._cron_partnership('2033-01-01')
        self.assertEqual(agreement.state, 'expired')

    def test_tacit_renewal(self):
        agreement = self._signed(renewal='tacit')
        agreement._refresh_state('2033-03-01')
        self.assertEqual(agreement.term_count, 3)
        self.assertEqual(agreement.date_end, '2034-01-14')
        self.assertEqual(agreement.state, 'in_force')

    def test_explicit_renewal(self):
        agreement = self._signed()
        agreement._refresh_state('2032-02-01')
        self.assertEqual(agreement.state, 'expired')
        agreement.sudo(self.staff).action_renew()
        self.assertEqual(agreement.date_end, '2033-01-14')
        no_renewal = self._signed(renewal='none')
        no_renewal._refresh_state('2031-06-01')
        with self.assertRaises(UserError) as error:
            no_renewal.action_renew()
        self.assertIn('Renouvellement', error.exception.name)

    def test_terminate(self):
        agreement = self._signed()
        with self.assertRaises(UserError) as error:
            agreement.action_terminate()
        self.assertIn('Motif de la résiliation', error.exception.name)
        agreement.write({'termination_reason': 'Dissolution du partenaire',
                         'date_terminated': '2031-07-01'})
        agreement._refresh_state('2031-06-30')
        self.assertEqual(agreement.state, 'in_force')
        agreement._refresh_state('2031-07-01')
        self.assertEqual(agreement.state, 'terminated')
        self.assertEqual(agreement.date_out, '2031-07-01')

    def test_termination_before_effect_refused(self):
        agreement = self._signed()
        with self.assertRaises(ValidationError) as error:
            agreement.date_terminated = '2030-12-31'
        self.assertIn('Date de résiliation', error.exception.name)

    def test_commitment_workflow(self):
        agreement = self._signed()
        commitment = self._commitment(agreement, date_deadline='2031-06-30')
        commitment.write({'date_done': '2031-06-20'})
        commitment.action_done()
        self.assertEqual(commitment.state, 'done')
        self.assertTrue(commitment.done_on_time)
        late = self._commitment(agreement, date_deadline='2031-03-31')
        late.write({'date_done': '2031-04-10'})
        late.action_done()
        self.assertFalse(late.done_on_time)
        with self.assertRaises(UserError):
            late.action_cancel()

    def test_commitment_partner_must_be_party(self):
        agreement = self._signed()
        with self.assertRaises(ValidationError) as error:
            self._commitment(agreement, party='partner', partner_id=self.ascame.id)
        self.assertIn("n'est pas partie", error.exception.name)
        with self.assertRaises(ValidationError):
            self._commitment(agreement, party='partner')

    def test_late_commitments_filter(self):
        agreement = self._signed()
        self._commitment(agreement, date_deadline='2000-01-31', name='Engagement échu')
        late = self.Agreement.sudo(self.staff).search([('commitment_ids.is_late', '=', True),
                                                       ('id', '=', agreement.id)])
        self.assertEqual(late, agreement)

from odoo.exceptions import AccessError

from .common import CcisEventCommon


class TestAccess(CcisEventCommon):
    """Rights per CCIS group, as non-admin users, with the record rules by unit."""

    @classmethod
    def setUpClass(cls):
        super(TestAccess, cls).setUpClass()
        cls.event_dap = cls._create_event('Séminaire unité appui', cls.type_seminar, days=-1)
        cls.event_src = cls._create_event('Séminaire unité ressortissants', cls.type_seminar,
                                          unit=cls.unit_src, days=-1)
        cls.event_annex = cls._create_event('Journée annexe', cls.type_seminar,
                                            unit=cls.unit_annex_dap, days=-1)
        cls.reg_dap = cls._register(cls.event_dap, cls.person_agro)
        cls.reg_annex = cls._register(cls.event_annex, cls.person_trans)
        cls.all_events = cls.event_dap | cls.event_src | cls.event_annex

    def _visible_events(self, user):
        return self.Event.sudo(user).search([('id', 'in', self.all_events.ids)])

    def test_staff_sees_own_unit_events(self):
        self.assertEqual(self._visible_events(self.staff), self.event_dap)
        self.assertEqual(self._visible_events(self.staff_src), self.event_src)

    def test_staff_creates_event_in_own_unit(self):
        event = self.Event.sudo(self.staff).create({
            'name': 'Formation créée par le personnel', 'event_type_id': self.type_training.id,
            'date_begin': self.event_dap.date_begin, 'date_end': self.event_dap.date_end})
        self.assertEqual(event.unit_id, self.unit_dap)
        self.assertEqual(event.ccis_kind, 'training')

    def test_staff_registers_and_checks_in(self):
        registration = self.Registration.sudo(self.staff).create({
            'event_id': self.event_dap.id, 'partner_id': self.person_impex.id})
        registration.action_ccis_present()
        self.assertEqual(registration.ccis_attendance, 'present')
        self.assertEqual(registration.ccis_member_id, self.member_impex)

    def test_staff_cannot_register_to_other_unit_event(self):
        """A registration to an event the user may not see is refused by the record rules
        (AccessError), not by a check that could not read it."""
        with self.assertRaises(AccessError):
            self.Registration.sudo(self.staff).create({
                'event_id': self.event_annex.id, 'partner_id': self.person_impex.id})

    def test_staff_cannot_delete_event(self):
        with self.assertRaises(AccessError):
            self.event_dap.sudo(self.staff).unlink()

    def test_staff_cannot_write_other_unit(self):
        with self.assertRaises(AccessError):
            self.event_src.sudo(self.staff).write({'name': 'Modifié'})

    def test_staff_registrations_limited(self):
        visible = self.Registration.sudo(self.staff).search(
            [('id', 'in', (self.reg_dap | self.reg_annex).ids)])
        self.assertEqual(visible, self.reg_dap)

    def test_manager_deletes_own_unit_event(self):
        event = self._create_event('Séminaire à supprimer', self.type_seminar, confirm=False)
        event.sudo(self.manager).unlink()
        self.assertFalse(event.exists())

    def test_annex_director_sees_annex(self):
        self.assertEqual(self._visible_events(self.annex_director), self.event_annex)

    def test_direction_sees_and_edits_all(self):
        self.assertEqual(self._visible_events(self.direction), self.all_events)
        self.event_annex.sudo(self.direction).write({'ccis_budget_planned': 1000.0})
        self.assertEqual(self.event_annex.ccis_budget_planned, 1000.0)

    def test_audit_reads_all_writes_nothing_else(self):
        self.assertEqual(self._visible_events(self.auditor), self.all_events)
        with self.assertRaises(AccessError):
            self.event_dap.sudo(self.auditor).write({'name': 'Audit'})

    def test_bureau_reads_only(self):
        self.assertEqual(self._visible_events(self.bureau), self.all_events)
        with self.assertRaises(AccessError):
            self.event_dap.sudo(self.bureau).write({'name': 'Bureau'})

    def test_staff_reads_event_form_fields(self):
        event = self.event_dap.sudo(self.staff)
        event.read(['ccis_cost_actual', 'ccis_present_count',
                    'ccis_analytic_account_id', 'ccis_analytic_tag_id'])
        self.assertTrue(event.ccis_analytic_tag_id)

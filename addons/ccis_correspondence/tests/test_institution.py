from odoo.exceptions import AccessError, ValidationError

from .common import CorrespondenceCommon


class TestInstitution(CorrespondenceCommon):
    """Institutional contacts are partners with a role; the interactions with them belong to
    the unit that had them, like the mail, and are counted for the review."""

    @classmethod
    def setUpClass(cls):
        super(TestInstitution, cls).setUpClass()
        cls.Interaction = cls.env['ccis.institution.interaction']
        cls.wilaya.ccis_is_institutional = True
        cls.wali = cls.env['res.partner'].create({
            'name': 'Wali test', 'parent_id': cls.wilaya.id, 'ccis_is_institutional': True,
            'ccis_institution_role_id': cls.env.ref(
                'ccis_correspondence.ccis_institution_role_wali').id,
        })
        cls.meeting_dap = cls._interaction(cls.staff, cls.unit_dap, '2031-02-10')
        cls.meeting_src = cls._interaction(cls.staff_src, cls.unit_src, '2031-05-04')
        cls.meeting_annex = cls._interaction(cls.staff_annex, cls.unit_annex_dap, '2031-11-20')
        cls.all_meetings = cls.meeting_dap | cls.meeting_src | cls.meeting_annex

    @classmethod
    def _interaction(cls, user, unit, date, **values):
        vals = {'partner_id': cls.wali.id, 'unit_id': unit.id, 'date': date,
                'kind': 'meeting', 'subject': 'Réunion du %s' % date}
        vals.update(values)
        return cls.Interaction.sudo(user).create(vals)

    def _visible(self, user):
        return self.Interaction.sudo(user).search([('id', 'in', self.all_meetings.ids)])

    def test_interaction_keeps_role_and_institution(self):
        self.assertEqual(self.meeting_dap.commercial_partner_id, self.wilaya)
        self.assertEqual(self.meeting_dap.institution_role_id.name, 'Wali de région')
        self.assertEqual(self.meeting_dap.user_id, self.staff)

    def test_units_see_their_own_interactions(self):
        self.assertEqual(self._visible(self.staff), self.meeting_dap)
        self.assertEqual(self._visible(self.manager), self.meeting_dap)
        self.assertEqual(self._visible(self.annex_director), self.meeting_annex)
        self.assertEqual(self._visible(self.direction), self.all_meetings)
        with self.assertRaises(AccessError):
            self.meeting_src.sudo(self.staff).read(['subject'])
        with self.assertRaises((AccessError, ValidationError)):
            self._interaction(self.staff, self.unit_src, '2031-03-01')

    def test_audit_and_bureau_read_only(self):
        for user in (self.auditor, self.bureau):
            self.assertEqual(self._visible(user), self.all_meetings)
            with self.assertRaises(AccessError):
                self.meeting_dap.sudo(user).write({'summary': 'Vu'})

    def test_agent_cannot_delete_manager_can(self):
        with self.assertRaises(AccessError):
            self.meeting_dap.sudo(self.staff).unlink()
        self.meeting_dap.sudo(self.manager).unlink()
        self.assertFalse(self.meeting_dap.exists())

    def test_linked_mail_must_be_with_the_same_institution(self):
        mail = self._registered(subject='Invitation de la wilaya')
        self.meeting_dap.sudo(self.staff).correspondence_id = mail
        other_mail = self._registered(partner_id=self.member.id, subject='Courrier membre')
        with self.assertRaisesRegex(ValidationError, "Courrier lié"):
            self.meeting_dap.sudo(self.staff).correspondence_id = other_mail

    def test_institution_counts_its_contacts_interactions(self):
        """The institution's card counts what its officials had with the chamber, within what
        the user may read."""
        self.assertEqual(self.wilaya.sudo(self.direction).ccis_interaction_count, 3)
        self.assertEqual(self.wilaya.sudo(self.staff).ccis_interaction_count, 1)
        self.assertEqual(self.wali.sudo(self.direction).ccis_interaction_count, 3)
        action = self.wilaya.sudo(self.direction).action_view_ccis_interaction()
        self.assertEqual(self.Interaction.sudo(self.direction).search(action['domain']),
                         self.all_meetings)
        employee = self._create_user('tbo_employee_inst', 'base.group_user')
        self.assertEqual(self.wilaya.sudo(employee).ccis_interaction_count, 0)

    def test_roles_are_chamber_data(self):
        Role = self.env['ccis.institution.role']
        with self.assertRaises(AccessError):
            Role.sudo(self.direction).create({'name': 'Consul honoraire'})
        self.assertTrue(Role.sudo(self.staff).search([('category', '=', 'elected')]))

    def test_interactions_counted_for_the_review(self):
        definition = self.env.ref(
            'ccis_correspondence.ccis_indicator_definition_institution_interactions')
        self.assertEqual(definition.compute_measure('2031-01-01', '2031-12-31', self.unit_dap), 1)
        self.assertEqual(definition.compute_measure('2031-01-01', '2031-06-30', self.unit_src), 1)
        self.assertEqual(definition.compute_measure('2031-07-01', '2031-12-31', self.unit_src), 0)

    def test_agent_opens_every_view(self):
        views = self.Interaction.sudo(self.staff).load_views(
            [(False, kind) for kind in ('tree', 'form', 'calendar', 'pivot', 'graph', 'search')],
            {'load_filters': True})
        self.assertEqual(set(views['fields_views']),
                         {'tree', 'form', 'calendar', 'pivot', 'graph', 'search'})

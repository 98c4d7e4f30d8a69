from odoo.exceptions import AccessError, ValidationError

from .common import PartnershipCommon


class TestAccess(PartnershipCommon):
    """Agents and managers handle their unit's agreements and commitments, the annex
    director the annex's, the direction all of them; audit and bureau read everything;
    an elected member sees none."""

    @classmethod
    def setUpClass(cls):
        super(TestAccess, cls).setUpClass()
        cls.agreement_dap = cls._signed(title='Convention appui')
        cls.agreement_src = cls._signed(user=cls.staff_src, unit=cls.unit_src,
                                        title='Convention ressortissants')
        cls.agreement_annex = cls._signed(user=cls.staff_annex, unit=cls.unit_annex_dap,
                                          title='Convention annexe')
        cls.all_agreements = cls.agreement_dap | cls.agreement_src | cls.agreement_annex
        cls.commitment_dap = cls._commitment(cls.agreement_dap)
        cls.commitment_src = cls._commitment(cls.agreement_src, user=cls.staff_src)
        cls.all_commitments = cls.commitment_dap | cls.commitment_src
        elected_group = 'ccis_governance.group_ccis_elected' if cls.env.ref(
            'ccis_governance.group_ccis_elected', raise_if_not_found=False) else 'base.group_user'
        cls.elected = cls._create_user('tpa_elected', elected_group)

    def _visible(self, user, records):
        return records.sudo(user).search([('id', 'in', records.ids)])

    def test_agent_creates_and_handles_own_unit(self):
        self.assertEqual(self._visible(self.staff, self.all_agreements), self.agreement_dap)
        self.assertEqual(self._visible(self.staff, self.all_commitments), self.commitment_dap)
        self.assertEqual(self.agreement_dap.create_uid, self.staff)
        self.agreement_dap.sudo(self.staff).write({'note': 'Comité de suivi tenu'})
        self.commitment_dap.sudo(self.staff).action_start()
        self.assertEqual(self.commitment_dap.state, 'in_progress')

    def test_other_unit_cannot_see(self):
        with self.assertRaises(AccessError):
            self.agreement_src.sudo(self.staff).read(['title'])
        with self.assertRaises(AccessError):
            self.commitment_src.sudo(self.staff).read(['name'])
        # refused by the record rules (directly, or while the constraints read it back)
        with self.assertRaises((AccessError, ValidationError)):
            self._agreement(user=self.staff, unit=self.unit_src)
        with self.assertRaises((AccessError, ValidationError)):
            self._commitment(self.agreement_src, user=self.staff)

    def test_agent_cannot_delete_manager_deletes_draft(self):
        draft = self._agreement()
        with self.assertRaises(AccessError):
            draft.sudo(self.staff).unlink()
        draft.sudo(self.manager).unlink()
        self.assertFalse(draft.exists())

    def test_annex_director_sees_annex(self):
        self.assertEqual(self._visible(self.annex_director, self.all_agreements),
                         self.agreement_annex)

    def test_direction_sees_and_writes_all(self):
        self.assertEqual(self._visible(self.direction, self.all_agreements),
                         self.all_agreements)
        self.assertEqual(self._visible(self.direction, self.all_commitments),
                         self.all_commitments)
        self.agreement_src.sudo(self.direction).write({'note': 'Vu par la direction'})

    def test_audit_reads_only(self):
        self.assertEqual(self._visible(self.auditor, self.all_agreements), self.all_agreements)
        self.assertEqual(self._visible(self.auditor, self.all_commitments),
                         self.all_commitments)
        with self.assertRaises(AccessError):
            self.agreement_dap.sudo(self.auditor).write({'note': 'Vu'})
        with self.assertRaises(AccessError):
            self.commitment_dap.sudo(self.auditor).write({'note': 'Vu'})

    def test_bureau_reads_only(self):
        self.assertEqual(self._visible(self.bureau, self.all_agreements), self.all_agreements)
        with self.assertRaises(AccessError):
            self.agreement_dap.sudo(self.bureau).write({'note': 'Vu'})

    def test_elected_sees_none(self):
        for Model in (self.Agreement, self.Commitment, self.env['ccis.partnership.kind']):
            with self.assertRaises(AccessError):
                Model.sudo(self.elected).search([])

    def test_kinds_edited_by_admin_only(self):
        with self.assertRaises(AccessError):
            self.kind.sudo(self.direction).write({'name': 'Autre'})
        self.assertTrue(self.kind.sudo(self.staff).name)

    def test_agent_opens_every_view(self):
        views = self.Agreement.sudo(self.staff).load_views(
            [(False, kind) for kind in ('tree', 'form', 'kanban', 'pivot', 'graph', 'search')],
            {'load_filters': True})
        self.assertEqual(set(views['fields_views']),
                         {'tree', 'form', 'kanban', 'pivot', 'graph', 'search'})
        views = self.Commitment.sudo(self.staff).load_views(
            [(False, kind) for kind in ('tree', 'form', 'kanban', 'calendar', 'search')],
            {'load_filters': True})
        self.assertIn('calendar', views['fields_views'])

    def test_action_form_shows_commitments(self):
        action = self.env['ccis.activity.action'].create({
            'name': 'Action test partenariats',
            'programme_id': self.env['ccis.activity.programme'].create(
                {'name': 'Programme test 2031', 'year': 2031}).id,
            'axis_id': self.env.ref('ccis_activity.ccis_activity_axis_partenariats').id,
            'unit_id': self.unit_dap.id,
            'date_start': '2031-01-01', 'date_end': '2031-12-31',
        })
        self.commitment_dap.sudo(self.staff).write({'action_ids': [(6, 0, action.ids)]})
        action = action.sudo(self.staff)
        self.assertEqual(action.partnership_commitment_ids, self.commitment_dap)
        self.assertEqual(action.partnership_agreement_ids, self.agreement_dap)
        self.assertEqual(self.agreement_dap.action_ids, action)
        self.assertEqual(action.action_view_partnership_agreements()['domain'],
                         [('id', 'in', self.agreement_dap.ids)])

    def test_arabic_labels(self):
        """The menus, states and errors read in Arabic for a user working in Arabic."""
        lang = self.env['res.lang'].search([('code', '=like', 'ar%'), ('active', '=', True)],
                                           limit=1)
        if not lang:
            self.skipTest('no Arabic language installed in this database')
        menu = self.env.ref('ccis_partnership.ccis_partnership_root_menu')
        self.assertEqual(menu.with_context(lang=lang.code).name, 'الشراكات')
        states = dict(self.Agreement.with_context(lang=lang.code).fields_get(
            ['state'])['state']['selection'])
        self.assertEqual(states['in_force'], 'سارية')

from odoo.exceptions import AccessError, UserError

from .common import CcisActivityCommon


class TestAccess(CcisActivityCommon):
    """Units edit their own actions and values; direction and audit see everything."""

    def _visible_actions(self, user):
        return self.Action.sudo(user).search([('programme_id', '=', self.programme.id)])

    def test_unit_staff_see_only_their_unit(self):
        self.assertEqual(self._visible_actions(self.staff), self.action)
        self.assertEqual(self.Line.sudo(self.staff).search(
            [('programme_id', '=', self.programme.id)]), self.action.indicator_line_ids)
        self.assertFalse(self.Value.sudo(self.staff).search(
            [('line_id', '=', self.line_src.id)]))

    def test_unit_staff_edit_their_action_and_values(self):
        self.action.sudo(self.staff).write({'progress': 40.0})
        self.assertEqual(self.action.progress, 40.0)
        value = self.Value.sudo(self.staff).create(
            {'line_id': self.line_sum.id, 'date': '2020-07-01', 'value': 5.0})
        self.assertEqual(value.unit_id, self.unit_dap)

    def test_unit_staff_cannot_touch_another_unit(self):
        with self.assertRaises(AccessError):
            self.action_src.sudo(self.staff).write({'progress': 10.0})
        with self.assertRaises(AccessError):
            self.Value.sudo(self.staff).create(
                {'line_id': self.line_src.id, 'date': '2020-07-01', 'value': 5.0})
        with self.assertRaises(AccessError):
            self._create_action_as(self.staff, self.unit_src)

    def test_unit_staff_create_actions_in_their_unit(self):
        action = self._create_action_as(self.staff, self.unit_dap)
        self.assertEqual(action.site_id, self.site_ho)

    def test_unit_staff_create_typed_actions_with_their_indicators(self):
        action = self.Action.sudo(self.staff).create({
            'name': 'Formation créée par un agent', 'programme_id': self.programme.id,
            'axis_id': self.axis_training.id, 'type_id': self.type_training.id,
            'unit_id': self.unit_dap.id, 'date_start': '2020-03-01', 'date_end': '2020-04-30'})
        lines = action.indicator_line_ids
        self.assertEqual(len(lines), len(self.type_training.template_ids))
        self.assertEqual(set(lines.mapped('period_ids.unit_id')), {self.unit_dap})
        self.Value.sudo(self.staff).create(
            {'line_id': lines[0].id, 'date': '2020-03-15', 'value': 2.0})
        self.assertEqual(lines[0].realised, 2.0)

    def test_unit_staff_do_not_delete_actions(self):
        action = self._create_action_as(self.staff, self.unit_dap)
        with self.assertRaises(AccessError):
            action.sudo(self.staff).unlink()
        action.sudo(self.manager).unlink()
        self.assertFalse(action.exists())

    def test_annex_director_sees_the_annex(self):
        self.assertEqual(self._visible_actions(self.annex_director), self.action_annex)

    def test_direction_sees_and_edits_everything(self):
        actions = self._visible_actions(self.direction)
        self.assertEqual(actions, self.action | self.action_src | self.action_annex)
        self.action_src.sudo(self.direction).write({'progress': 30.0})

    def test_audit_reads_everything_but_edits_only_its_unit(self):
        self.assertEqual(len(self._visible_actions(self.auditor)), 3)
        self.assertEqual(len(self.Value.sudo(self.auditor).search(
            [('programme_id', '=', self.programme.id)])), 12)
        with self.assertRaises(AccessError):
            self.action.sudo(self.auditor).write({'progress': 10.0})

    def test_bureau_reads_only(self):
        self.assertEqual(len(self._visible_actions(self.bureau)), 3)
        with self.assertRaises(AccessError):
            self.action.sudo(self.bureau).write({'progress': 10.0})
        with self.assertRaises(AccessError):
            self.Value.sudo(self.bureau).create(
                {'line_id': self.line_sum.id, 'date': '2020-07-01', 'value': 5.0})

    def test_programme_is_managed_by_the_direction(self):
        with self.assertRaises(AccessError):
            self.programme.sudo(self.staff).write({'name': 'Autre'})
        draft = self.Programme.sudo(self.direction).create({'name': 'Programme 2031',
                                                            'year': 2031})
        with self.assertRaisesRegex(UserError, 'Seule la direction'):
            draft.sudo(self.staff).action_approve()
        draft.sudo(self.direction).action_approve()
        self.assertEqual(draft.state, 'approved')

    def test_configuration_is_read_only_for_units(self):
        with self.assertRaises(AccessError):
            self.axis_training.sudo(self.staff).write({'name': 'Autre'})
        self.axis_training.sudo(self.direction).write({'name': 'Sessions de formation'})

    def test_board_for_direction_and_audit(self):
        view = self.env.ref('ccis_activity.ccis_activity_board_view_form')
        for user in (self.direction, self.auditor, self.bureau):
            arch = self.env['board.board'].sudo(user).fields_view_get(view.id, 'form')['arch']
            self.assertIn(str(self.env.ref(
                'ccis_activity.ccis_indicator_period_action').id), arch)
            groups = self.env['ccis.indicator.period'].sudo(user).read_group(
                [('programme_id', '=', self.programme.id)], ['definition_id', 'realised'],
                ['definition_id'])
            # per indicator, recomputed: the sum, the average, the stock at the end
            self.assertEqual({group['definition_id'][0]: group['realised'] for group in groups},
                             {self.def_sum.id: 370.0, self.def_avg.id: 85.0,
                              self.def_last.id: 65.0})
        menu = self.env.ref('ccis_activity.ccis_activity_board_menu')
        self.assertNotIn(menu, self.env['ir.ui.menu'].sudo(self.staff).search([]))

    def _create_action_as(self, user, unit):
        return self.Action.sudo(user).with_context(ccis_no_indicator_templates=True).create({
            'name': 'Action créée par %s' % user.name, 'programme_id': self.programme.id,
            'axis_id': self.axis_training.id, 'unit_id': unit.id,
            'date_start': '2020-03-01', 'date_end': '2020-04-30'})

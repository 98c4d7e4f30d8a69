from odoo.exceptions import AccessError
from odoo.tools import mute_logger

from .common import CcisBaseCommon


class TestAccessMatrix(CcisBaseCommon):
    """Who reads, writes, creates and deletes memos (ccis.unit.note, the reference model
    of the unit rules), units and missions."""

    def _visible_notes(self, user):
        return self.Note.sudo(user).search([('unit_id.ccis_chamber_id', '=', self.chamber.id)])

    def _check_read(self, user, note):
        note.sudo(user).read(['name'])

    # -- unit staff -------------------------------------------------------------------

    def test_staff_sees_their_unit_and_its_sub_units(self):
        self.assertEqual(self._visible_notes(self.staff), self.note_dap | self.note_dap_sub)

    @mute_logger('odoo.addons.base.ir.ir_rule', 'odoo.models')
    def test_staff_cannot_read_another_unit(self):
        for note in (self.note_a_dap, self.note_dr, self.note_audit):
            with self.assertRaises(AccessError):
                self._check_read(self.staff, note)

    def test_staff_writes_their_unit(self):
        self.note_dap_sub.sudo(self.staff).write({'name': 'Formation : calendrier'})
        self.assertEqual(self.note_dap_sub.name, 'Formation : calendrier')

    @mute_logger('odoo.addons.base.ir.ir_rule', 'odoo.models')
    def test_staff_cannot_write_another_unit(self):
        with self.assertRaises(AccessError):
            self.note_a_dap.sudo(self.staff).write({'name': 'Non'})

    def test_staff_creates_in_their_unit_by_default(self):
        note = self.Note.sudo(self.staff).create({'name': 'Note du personnel'})
        self.assertEqual(note.unit_id, self.unit_dap)
        self.assertEqual(note.site_id, self.site_ho)

    @mute_logger('odoo.addons.base.ir.ir_rule', 'odoo.models')
    def test_staff_cannot_create_for_another_unit(self):
        with self.assertRaises(AccessError):
            self.Note.sudo(self.staff).create({'name': 'Intrusion',
                                               'unit_id': self.unit_a_dap.id})

    @mute_logger('odoo.models')
    def test_staff_cannot_delete(self):
        with self.assertRaises(AccessError):
            self.note_dap.sudo(self.staff).unlink()

    # -- unit manager ------------------------------------------------------------------

    def test_unit_manager_deletes_in_their_unit(self):
        self.note_dap_sub.sudo(self.manager).unlink()
        self.assertFalse(self.note_dap_sub.exists())

    @mute_logger('odoo.addons.base.ir.ir_rule', 'odoo.models')
    def test_unit_manager_cannot_delete_another_unit(self):
        with self.assertRaises(AccessError):
            self.note_a_dap.sudo(self.manager).unlink()

    def test_unit_manager_sees_their_units_only(self):
        self.assertEqual(self._visible_notes(self.manager), self.note_dap | self.note_dap_sub)

    # -- annex director ----------------------------------------------------------------

    def test_annex_director_sees_the_whole_annex_only(self):
        self.assertEqual(self._visible_notes(self.annex_director),
                         self.note_a_da | self.note_a_dap)

    def test_annex_director_writes_creates_deletes_in_the_annex(self):
        Note = self.Note.sudo(self.annex_director)
        self.note_a_dap.sudo(self.annex_director).write({'name': 'Appui A : revu'})
        note = Note.create({'name': 'Note annexe', 'unit_id': self.unit_a_dap.id})
        note.unlink()
        self.assertEqual(self.note_a_dap.name, 'Appui A : revu')

    @mute_logger('odoo.addons.base.ir.ir_rule', 'odoo.models')
    def test_annex_director_cannot_touch_another_annex(self):
        with self.assertRaises(AccessError):
            self._check_read(self.annex_director, self.note_b_dap)
        with self.assertRaises(AccessError):
            self.note_dap.sudo(self.annex_director).write({'name': 'Non'})

    def test_annex_staff_sees_their_unit_only(self):
        self.assertEqual(self._visible_notes(self.staff_a), self.note_a_dap)

    # -- direction, audit, bureau, administrator ----------------------------------------

    def test_direction_reads_writes_deletes_everything(self):
        notes = self._visible_notes(self.direction)
        self.assertEqual(len(notes), 7)
        self.note_b_dap.sudo(self.direction).write({'name': 'Revu par la direction'})
        self.note_a_dap.sudo(self.direction).unlink()
        self.assertFalse(self.note_a_dap.exists())

    def test_audit_reads_everything(self):
        self.assertEqual(len(self._visible_notes(self.auditor)), 7)

    def test_audit_writes_and_creates_its_own_records(self):
        self.note_audit.sudo(self.auditor).write({'name': 'Audit : plan annuel'})
        note = self.Note.sudo(self.auditor).create({'name': "Rapport d'audit"})
        self.assertEqual(note.unit_id, self.unit_audit)

    @mute_logger('odoo.addons.base.ir.ir_rule', 'odoo.models')
    def test_audit_cannot_write_or_delete_other_units(self):
        with self.assertRaises(AccessError):
            self.note_dap.sudo(self.auditor).write({'name': 'Non'})
        with self.assertRaises(AccessError):
            self.note_audit.sudo(self.auditor).unlink()

    def test_bureau_reads_everything(self):
        self.assertEqual(len(self._visible_notes(self.bureau)), 7)

    @mute_logger('odoo.addons.base.ir.ir_rule', 'odoo.models')
    def test_bureau_cannot_write_create_delete(self):
        with self.assertRaises(AccessError):
            self.note_dr.sudo(self.bureau).write({'name': 'Non'})
        with self.assertRaises(AccessError):
            self.Note.sudo(self.bureau).create({'name': 'Non', 'unit_id': self.unit_dr.id})
        with self.assertRaises(AccessError):
            self.note_dr.sudo(self.bureau).unlink()

    def test_administrator_does_everything(self):
        self.assertEqual(len(self._visible_notes(self.admin)), 7)
        self.note_b_dap.sudo(self.admin).write({'name': 'Revu'})
        self.note_b_dap.sudo(self.admin).unlink()
        self.assertFalse(self.note_b_dap.exists())

    def test_moving_an_employee_moves_their_access(self):
        self.staff.employee_ids.write({'department_id': self.unit_b_dap.id})
        self.assertEqual(self._visible_notes(self.staff), self.note_b_dap)

    # -- units and missions ------------------------------------------------------------

    def test_everyone_reads_the_organisation(self):
        for user in (self.staff, self.staff_a, self.bureau):
            self.assertEqual(
                self.Unit.sudo(user).search_count([('ccis_chamber_id', '=', self.chamber.id)]),
                8)

    @mute_logger('odoo.models')
    def test_staff_and_managers_cannot_change_units(self):
        for user in (self.staff, self.manager, self.annex_director, self.auditor, self.bureau):
            with self.assertRaises(AccessError):
                self.unit_dap.sudo(user).write({'name': 'Non'})

    def test_direction_edits_units(self):
        self.unit_dap.sudo(self.direction).write({'name': 'Appui et Promotion'})
        self.assertEqual(self.unit_dap.analytic_account_id.name, 'Appui et Promotion')

    @mute_logger('odoo.models')
    def test_only_the_administrator_creates_units(self):
        with self.assertRaises(AccessError):
            self.Unit.sudo(self.direction).create({'name': 'Non'})
        unit = self.Unit.sudo(self.admin).create({'name': 'Cellule Qualité', 'code': 'T-CQ',
                                                  'parent_id': self.unit_dr.id})
        unit.sudo(self.admin).unlink()

    def test_unit_manager_keeps_the_missions_of_their_units(self):
        mission = self.Mission.sudo(self.manager).create({
            'unit_id': self.unit_dap_sub.id, 'name': 'Animer le réseau des formateurs'})
        mission.write({'description': 'Deux rencontres par an'})
        mission.unlink()

    @mute_logger('odoo.addons.base.ir.ir_rule', 'odoo.models')
    def test_unit_manager_cannot_change_other_units_missions(self):
        with self.assertRaises(AccessError):
            self.Mission.sudo(self.manager).create({'unit_id': self.unit_a_dap.id,
                                                    'name': 'Non'})

    @mute_logger('odoo.addons.base.ir.ir_rule', 'odoo.models')
    def test_staff_reads_but_cannot_change_missions(self):
        mission = self.Mission.create({'unit_id': self.unit_dap.id, 'name': 'Veille'})
        self.assertEqual(self.Mission.sudo(self.staff).browse(mission.id).name, 'Veille')
        with self.assertRaises(AccessError):
            mission.sudo(self.staff).write({'name': 'Non'})

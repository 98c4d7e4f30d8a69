from odoo.exceptions import UserError, ValidationError

from .common import ProjectCommon


class TestState(ProjectCommon):
    """The life cycle of a project and its checks, in French, by the unit's staff."""

    @classmethod
    def setUpClass(cls):
        super(TestState, cls).setUpClass()
        cls.project = cls._project()

    def _as_staff(self, project=None):
        return (project or self.project).sudo(self.staff)

    def test_full_cycle(self):
        project = self._as_staff()
        self.assertEqual(project.ccis_state, 'study')
        project.action_ccis_financing()
        with self.assertRaisesRegex(UserError, "aucun budget n'est prévu"):
            project.action_ccis_works()
        self._budget([(self.project, -500000.0)])
        project.action_ccis_works()
        with self.assertRaisesRegex(UserError, "indiquez la date d'ouverture"):
            project.action_ccis_open()
        project.ccis_opening_date = '2032-01-10'
        project.action_ccis_open()
        self.assertEqual(project.ccis_state, 'open')
        project.action_ccis_close()
        self.assertEqual(project.ccis_state, 'closed')
        with self.assertRaisesRegex(UserError, "impossible de le suspendre dans l'état « Clôturé »"):
            project.action_ccis_suspend()

    def test_suspend_and_resume_to_the_previous_state(self):
        project = self._as_staff()
        project.action_ccis_financing()
        project.action_ccis_suspend()
        self.assertEqual(project.ccis_state, 'suspended')
        with self.assertRaisesRegex(UserError, "seul un projet ouvert"):
            project.action_ccis_close()
        project.action_ccis_resume()
        self.assertEqual(project.ccis_state, 'financing')
        self.assertFalse(project.ccis_suspended_from)

    def test_wrong_steps(self):
        project = self._as_staff()
        with self.assertRaisesRegex(UserError, "impossible de l'ouvrir dans l'état « Étude »"):
            project.action_ccis_open()
        with self.assertRaisesRegex(UserError, "impossible de le clôturer"):
            project.action_ccis_close()
        plain = self.Project.create({'name': 'Projet interne (test)'})
        with self.assertRaisesRegex(UserError, "ce n'est pas un projet structurant"):
            plain.action_ccis_financing()

    def test_unit_required_and_opening_after_start(self):
        with self.assertRaisesRegex(ValidationError, "doit avoir une unité responsable"):
            self.Project.create({'name': 'Sans unité', 'ccis_kind_id': self.kind_centre.id})
        with self.assertRaisesRegex(ValidationError, "ne peut précéder la date de début"):
            self._as_staff().write({'date_start': '2031-05-01',
                                    'ccis_opening_date': '2031-04-30'})

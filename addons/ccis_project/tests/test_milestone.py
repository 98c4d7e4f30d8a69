from odoo.exceptions import UserError, ValidationError

from .common import ProjectCommon


class TestMilestone(ProjectCommon):
    """Milestones reached or late, and the daily reminder of the late ones (once each)."""

    @classmethod
    def setUpClass(cls):
        super(TestMilestone, cls).setUpClass()
        cls.project = cls._project()
        cls.late = cls._milestone('Réception provisoire', '2031-03-31')
        cls.future = cls._milestone('Ouverture', '2031-12-31')
        cls.reached = cls._milestone('Études approuvées', '2031-01-31')
        cls.reached.sudo(cls.staff).action_reach('2031-02-05')

    @classmethod
    def _milestone(cls, name, date, project=None):
        return cls.Milestone.sudo(cls.staff).create({
            'name': name, 'project_id': (project or cls.project).id, 'date_planned': date})

    def _activities(self, milestones):
        return self.env['mail.activity'].search([
            ('res_model', '=', 'ccis.project.milestone'), ('res_id', 'in', milestones.ids)])

    def test_reach_and_replan(self):
        self.assertEqual(self.reached.state, 'reached')
        self.assertEqual(self.reached.date_reached, '2031-02-05')
        with self.assertRaisesRegex(UserError, "seul un jalon prévu peut être marqué atteint"):
            self.reached.sudo(self.staff).action_reach()
        self.reached.sudo(self.staff).action_replan()
        self.assertEqual(self.reached.state, 'planned')
        self.assertFalse(self.reached.date_reached)

    def test_checks(self):
        with self.assertRaisesRegex(ValidationError, "doit avoir sa date atteinte"), \
                self.env.cr.savepoint():
            self.future.sudo(self.staff).write({'state': 'reached'})
        plain = self.Project.create({'name': 'Projet interne (test)'})
        with self.assertRaisesRegex(ValidationError, "n'est pas un projet structurant"), \
                self.env.cr.savepoint():
            self.Milestone.create({'name': 'Jalon hors portefeuille', 'project_id': plain.id,
                                   'date_planned': '2031-05-01'})

    def test_late_domain(self):
        domain = self.Milestone._late_domain('2031-06-01') + [
            ('project_id', '=', self.project.id)]
        self.assertEqual(self.Milestone.search(domain), self.late)
        self.project.sudo(self.staff).action_ccis_suspend()
        self.assertEqual(self.Milestone.search(domain), self.late, 'late, even suspended')

    def test_cron_once_for_the_project_manager(self):
        Milestone = self.env['ccis.project.milestone']
        Milestone._cron_late_activities(today='2031-06-01')
        activities = self._activities(self.late | self.future | self.reached)
        self.assertEqual(len(activities), 1)
        self.assertEqual(activities.res_id, self.late.id)
        self.assertEqual(activities.user_id, self.manager)
        self.assertIn('Réception provisoire', activities.summary)
        self.assertTrue(self.late.late_activity_done)
        Milestone._cron_late_activities(today='2031-06-02')
        self.assertEqual(len(self._activities(self.late)), 1)

    def test_cron_skips_suspended_projects(self):
        project = self._project(name='Projet suspendu (test)')
        milestone = self._milestone('Démarrage des travaux', '2031-02-01', project)
        project.sudo(self.staff).action_ccis_suspend()
        self.env['ccis.project.milestone']._cron_late_activities(today='2031-06-01')
        self.assertFalse(self._activities(milestone))

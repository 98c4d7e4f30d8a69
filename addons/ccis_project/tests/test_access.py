from odoo.exceptions import AccessError, UserError

from .common import ProjectCommon


class TestAccess(ProjectCommon):
    """Each role on the structuring projects: the units' staff their units, the annex
    director the annex, the direction all, the audit and the bureau read all; Odoo's other
    projects keep Odoo's rules."""

    @classmethod
    def setUpClass(cls):
        super(TestAccess, cls).setUpClass()
        cls.project = cls._project()
        cls.milestone = cls.Milestone.sudo(cls.staff).create({
            'name': 'Études approuvées', 'project_id': cls.project.id,
            'date_planned': '2031-03-31'})
        cls.task = cls.env['project.task'].sudo(cls.staff).create({
            'name': 'Gros œuvre', 'project_id': cls.project.id, 'user_id': False})
        cls.project_annex = cls._project(user=cls.staff_annex, unit=cls.unit_annex_dap,
                                         name='Centre d\'affaires de l\'annexe test')
        cls._analytic(cls.project, -1000.0, '2031-02-01')
        # an ordinary Odoo project, visible to every employee
        cls.plain = cls.Project.create({'name': 'Projet interne (test)',
                                        'privacy_visibility': 'employees'})

    def _visible(self, user, model='project.project'):
        return self.env[model].sudo(user).search([])

    def test_agent_creates_in_own_unit_with_its_analytic_account(self):
        self.assertTrue(self.project.analytic_account_id)
        self.assertEqual(self.project.privacy_visibility, 'followers')
        self.project.sudo(self.staff).write({'name': 'Centre d\'affaires test renommé'})
        self.assertEqual(self.project.analytic_account_id.name,
                         'Centre d\'affaires test renommé')
        with self.assertRaises(AccessError):
            self._project(unit=self.unit_src)

    def test_other_unit_does_not_see(self):
        self.assertNotIn(self.project, self._visible(self.staff_src))
        self.assertNotIn(self.milestone, self._visible(self.staff_src, 'ccis.project.milestone'))
        self.assertNotIn(self.task, self._visible(self.staff_src, 'project.task'))
        self.assertFalse(self.env['ccis.project.analysis'].sudo(self.staff_src).search(
            [('project_id', '=', self.project.id)]))
        with self.assertRaises(AccessError):
            self.project.sudo(self.staff_src).read(['name'])
        # the unit's own staff sees its spending lines
        self.assertEqual(len(self.env['ccis.project.analysis'].sudo(self.staff).search(
            [('project_id', '=', self.project.id)])), 1)

    def test_annex_director_sees_the_annex_only(self):
        visible = self._visible(self.annex_director)
        self.assertIn(self.project_annex, visible)
        self.assertNotIn(self.project, visible)

    def test_direction_all_audit_and_bureau_read(self):
        for user in (self.direction, self.auditor, self.bureau):
            visible = self._visible(user)
            self.assertIn(self.project, visible)
            self.assertIn(self.project_annex, visible)
        self.project.sudo(self.direction).write({'ccis_location': 'Lot 12'})
        for user in (self.auditor, self.bureau):
            with self.assertRaises(AccessError):
                self.project.sudo(user).write({'ccis_location': 'Lot 13'})
            with self.assertRaises(AccessError):
                self.milestone.sudo(user).write({'name': 'Autre'})

    def test_odoo_projects_keep_odoo_rules(self):
        # a plain project stays visible to every employee, the chamber's staff included
        self.assertIn(self.plain, self._visible(self.staff_src))
        # an Odoo project manager of no unit sees the structuring projects too
        manager = self._create_user('tps_project_manager', ['project.group_project_manager'])
        self.assertIn(self.project, self._visible(manager))
        # an employee outside the chamber's roles does not
        employee = self._create_user('tps_employee', ['base.group_user'])
        self.assertNotIn(self.project, self._visible(employee))
        self.assertIn(self.plain, self._visible(employee))

    def test_unlink_only_in_study(self):
        with self.assertRaises(AccessError):
            self.project_annex.sudo(self.staff_annex).unlink()
        project = self._project(name='Projet abandonné (test)')
        project.sudo(self.manager).action_ccis_financing()
        with self.assertRaisesRegex(UserError, "seul un projet à l'étude peut être supprimé"):
            project.sudo(self.manager).unlink()
        draft = self._project(name='Projet à supprimer (test)')
        account = draft.analytic_account_id
        draft.sudo(self.manager).unlink()
        self.assertFalse(draft.exists())
        self.assertFalse(account.exists())

    def test_tasks_follow_the_project_unit(self):
        Task = self.env['project.task']
        task = Task.sudo(self.staff).create({'name': 'Réception provisoire',
                                             'project_id': self.project.id, 'user_id': False})
        self.assertIn(task, self._visible(self.manager, 'project.task'))
        self.assertIn(task, self._visible(self.bureau, 'project.task'))
        with self.assertRaises(AccessError):
            Task.sudo(self.staff_src).create({'name': 'Intrus', 'user_id': False,
                                              'project_id': self.project.id})
        with self.assertRaises(AccessError):
            self.task.sudo(self.bureau).write({'name': 'Autre'})

    def test_annex_director_writes_the_annex_projects(self):
        self.project_annex.sudo(self.annex_director).write({'ccis_location': 'Lot 7'})
        with self.assertRaises(AccessError):
            self.project.sudo(self.annex_director).write({'ccis_location': 'Lot 8'})

    def test_bureau_reads_milestones_and_figures(self):
        self.assertIn(self.milestone, self._visible(self.bureau, 'ccis.project.milestone'))
        rows = self.env['ccis.project.analysis'].sudo(self.bureau).search(
            [('project_id', '=', self.project.id)])
        self.assertEqual(rows.mapped('amount_spent'), [1000.0])
        self.assertEqual(self.project.sudo(self.bureau).ccis_spent, 1000.0)

from odoo.addons.ccis_base.tests.common import CcisTestFactory
from odoo.tests.common import SavepointCase


class ProjectCommon(CcisTestFactory, SavepointCase):
    """A test chamber (head office and annex, their units, one user of each group), task
    stages and a budgetary position; projects are created by the users themselves, their
    analytic data dated in 2031-2032 (years no other data uses)."""

    @classmethod
    def setUpClass(cls):
        super(ProjectCommon, cls).setUpClass()
        cls._setup_test_env()
        cls._create_test_chamber('TPS', 'projets', 'CCIS Test projets structurants',
                                 unit_manager=True)
        cls.staff_annex = cls._create_user('tps_staff_annex', 'group_ccis_user',
                                           cls.unit_annex_dap)
        ref = cls.env.ref
        cls.kind_centre = ref('ccis_project.ccis_structuring_project_kind_business_centre')
        cls.kind_institute = ref('ccis_project.ccis_structuring_project_kind_training_institute')
        Stage = cls.env['project.task.type']
        cls.stage_todo = Stage.create({'name': 'À faire (test)', 'sequence': 1})
        cls.stage_done = Stage.create({'name': 'Terminé (test)', 'sequence': 9, 'fold': True})
        account = cls.env['account.account'].search(
            [('company_id', '=', cls.company.id)], limit=1)
        cls.budget_post = cls.env['account.budget.post'].create({
            'name': 'Investissements (test)', 'company_id': cls.company.id,
            'account_ids': [(6, 0, account.ids)]})
        cls.Project = cls.env['project.project']
        cls.Milestone = cls.env['ccis.project.milestone']

    @classmethod
    def _project(cls, user=None, unit=None, kind=None, name='Centre d\'affaires test',
                 **values):
        """A structuring project created by ``user`` (default: the agent of the support
        unit) for ``unit`` (default: the support unit)."""
        vals = {
            'name': name,
            'ccis_kind_id': (kind or cls.kind_centre).id,
            'unit_id': (unit or cls.unit_dap).id,
            'user_id': cls.manager.id,
        }
        vals.update(values)
        return cls.Project.sudo(user or cls.staff).create(vals)

    @classmethod
    def _budget(cls, lines, state='validate', name='Budget test 2031-2032'):
        """A budget over 2031-2032 with ``lines``: [(project, planned amount)]."""
        budget = cls.env['crossovered.budget'].create({
            'name': name, 'date_from': '2031-01-01', 'date_to': '2032-12-31',
            'company_id': cls.company.id,
            'crossovered_budget_line': [(0, 0, {
                'general_budget_id': cls.budget_post.id,
                'analytic_account_id': project.analytic_account_id.id,
                'date_from': '2031-01-01', 'date_to': '2032-12-31',
                'planned_amount': amount,
            }) for project, amount in lines],
        })
        budget.state = state
        return budget

    @classmethod
    def _analytic(cls, project, amount, date, name='Ligne test'):
        """An analytic line of the project's account (booked by the accounting)."""
        return cls.env['account.analytic.line'].create({
            'name': name, 'account_id': project.analytic_account_id.id,
            'amount': amount, 'date': date})

    @classmethod
    def _task(cls, project, done=False, hours=0.0, name='Tâche test'):
        return cls.env['project.task'].create({
            'name': name, 'project_id': project.id, 'planned_hours': hours,
            'stage_id': (cls.stage_done if done else cls.stage_todo).id, 'user_id': False})

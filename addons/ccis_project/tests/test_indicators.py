from .common import ProjectCommon


class TestIndicators(ProjectCommon):
    """The review's figures of the structuring projects, measured by ccis_activity's engine
    on a built year (2031) of the support unit."""

    @classmethod
    def setUpClass(cls):
        super(TestIndicators, cls).setUpClass()
        ref = cls.env.ref
        cls.def_opened = ref('ccis_project.ccis_indicator_definition_project_opened')
        cls.def_milestones = ref('ccis_project.ccis_indicator_definition_project_milestone_reached')
        cls.def_revenue = ref('ccis_project.ccis_indicator_definition_project_revenue')
        cls.def_spent = ref('ccis_project.ccis_indicator_definition_project_spent')
        cls.opened = cls._project(ccis_opening_date='2031-04-15')
        cls.opened_q3 = cls._project(name='Institut test', kind=cls.kind_institute,
                                     ccis_opening_date='2031-09-01')
        cls.other_unit = cls._project(user=cls.staff_src, unit=cls.unit_src,
                                      name='Zone test', ccis_opening_date='2031-02-01')
        cls.closed = cls._project(name='Projet en étude (test)')
        for project, date in ((cls.opened, '2031-02-10'), (cls.opened, '2031-05-03'),
                              (cls.closed, '2032-01-05')):
            milestone = cls.Milestone.create({'name': 'Jalon', 'project_id': project.id,
                                              'date_planned': date})
            milestone.action_reach(date)
        cls.Milestone.create({'name': 'Jalon prévu', 'project_id': cls.opened.id,
                              'date_planned': '2031-06-30'})
        cls._analytic(cls.opened, 50000.0, '2031-03-01', 'Subvention avant ouverture')
        cls._analytic(cls.opened, 10000.0, '2031-05-31', 'Loyers mai')
        cls._analytic(cls.opened, 12000.0, '2031-10-31', 'Loyers octobre')
        cls._analytic(cls.opened, -70000.0, '2031-03-15', 'Décompte')
        cls._analytic(cls.other_unit, 9000.0, '2031-05-31', 'Loyers zone')

    def _measure(self, definition, start, end, unit=None):
        return definition.compute_measure('2031-%s' % start, '2031-%s' % end,
                                          unit or self.unit_dap)

    def test_projects_opened(self):
        self.assertEqual(self._measure(self.def_opened, '01-01', '06-30'), 1.0)
        self.assertEqual(self._measure(self.def_opened, '01-01', '12-31'), 2.0)
        self.assertEqual(self._measure(self.def_opened, '01-01', '12-31', self.unit_src), 1.0)
        self.assertEqual(self._measure(self.def_opened, '01-01', '12-31', self.unit_dr), 3.0)

    def test_milestones_reached(self):
        self.assertEqual(self._measure(self.def_milestones, '01-01', '03-31'), 1.0)
        self.assertEqual(self._measure(self.def_milestones, '01-01', '12-31'), 2.0)

    def test_revenue_and_spending(self):
        self.assertEqual(self._measure(self.def_revenue, '01-01', '06-30'), 10000.0)
        self.assertEqual(self._measure(self.def_revenue, '01-01', '12-31'), 22000.0)
        self.assertEqual(self._measure(self.def_revenue, '01-01', '12-31', self.unit_dr),
                         31000.0)
        self.assertEqual(self._measure(self.def_spent, '01-01', '12-31'), 70000.0)

from odoo.tests.common import SavepointCase


class CcisBaseCommon(SavepointCase):
    """A small chamber of Casablanca-Settat built once: a head office and two annexes,
    their units, one user of every group with an employee in a unit, one memo per unit."""

    @classmethod
    def setUpClass(cls):
        super(CcisBaseCommon, cls).setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True,
                                       no_reset_password=True, mail_create_nolog=True))
        ref = cls.env.ref
        cls.Unit = cls.env['hr.department']
        cls.Site = cls.env['ccis.site']
        cls.Note = cls.env['ccis.unit.note']
        cls.Mission = cls.env['ccis.unit.mission']
        cls.company = cls.env.user.company_id
        cls.region = ref('ccis_base.ccis_region_casablanca_settat')
        cls.casablanca = ref('ccis_base.ccis_province_casablanca')
        cls.el_jadida = ref('ccis_base.ccis_province_el_jadida')
        cls.settat = ref('ccis_base.ccis_province_settat')
        cls.berrechid = ref('ccis_base.ccis_province_berrechid')
        cls.agadir = ref('ccis_base.ccis_province_agadir_ida_outanane')

        cls.chamber = cls.env['ccis.chamber'].create({
            'name': 'CCIS Test Casablanca-Settat',
            'kind': 'ccis',
            'region_id': cls.region.id,
            'company_id': cls.company.id,
        })
        cls.site_ho = cls._create_site('T-HO', 'Siège test', 'head_office', cls.casablanca)
        cls.site_a = cls._create_site('T-A', 'Annexe test A', 'annex', cls.el_jadida)
        cls.site_b = cls._create_site('T-B', 'Annexe test B', 'annex', cls.settat)

        cls.unit_dr = cls._create_unit('T-DR', 'Direction test', 'direction', cls.site_ho)
        cls.unit_dap = cls._create_unit('T-DAP', 'Appui test', 'department', cls.site_ho,
                                        cls.unit_dr)
        cls.unit_dap_sub = cls._create_unit('T-DAP-FN', 'Formation test', 'sub_service',
                                            cls.site_ho, cls.unit_dap)
        cls.unit_audit = cls._create_unit('T-AUD', 'Audit test', 'service', cls.site_ho,
                                          cls.unit_dr)
        cls.unit_a_da = cls._create_unit('T-A-DA', 'Direction annexe A', 'annex_direction',
                                         cls.site_a, cls.unit_dr)
        cls.unit_a_dap = cls._create_unit('T-A-DAP', 'Appui annexe A', 'department',
                                          cls.site_a, cls.unit_a_da)
        cls.unit_b_da = cls._create_unit('T-B-DA', 'Direction annexe B', 'annex_direction',
                                         cls.site_b, cls.unit_dr)
        cls.unit_b_dap = cls._create_unit('T-B-DAP', 'Appui annexe B', 'department',
                                          cls.site_b, cls.unit_b_da)

        cls.staff = cls._create_user('t_staff', 'group_ccis_user', cls.unit_dap)
        cls.manager = cls._create_user('t_manager', 'group_ccis_unit_manager', cls.unit_dap)
        cls.staff_a = cls._create_user('t_staff_a', 'group_ccis_user', cls.unit_a_dap)
        cls.annex_director = cls._create_user('t_annex', 'group_ccis_annex_director',
                                              cls.unit_a_da)
        cls.direction = cls._create_user('t_direction', 'group_ccis_direction', cls.unit_dr)
        cls.auditor = cls._create_user('t_audit', 'group_ccis_audit', cls.unit_audit)
        cls.bureau = cls._create_user('t_bureau', 'group_ccis_bureau', cls.unit_dr)
        cls.admin = cls._create_user('t_admin', 'group_ccis_admin', cls.unit_dr)
        cls.unit_dap.manager_id = cls.manager.employee_ids[0]

        cls.note_dap = cls._create_note('Note appui', cls.unit_dap)
        cls.note_dap_sub = cls._create_note('Note formation', cls.unit_dap_sub)
        cls.note_audit = cls._create_note('Note audit', cls.unit_audit)
        cls.note_a_da = cls._create_note('Note direction annexe A', cls.unit_a_da)
        cls.note_a_dap = cls._create_note('Note appui annexe A', cls.unit_a_dap)
        cls.note_b_dap = cls._create_note('Note appui annexe B', cls.unit_b_dap)
        cls.note_dr = cls._create_note('Note direction', cls.unit_dr)

    @classmethod
    def _create_site(cls, code, name, kind, province):
        return cls.env['ccis.site'].create({
            'code': code, 'name': name, 'kind': kind, 'chamber_id': cls.chamber.id,
            'province_ids': [(6, 0, province.ids)],
        })

    @classmethod
    def _create_unit(cls, code, name, kind, site, parent=None):
        return cls.env['hr.department'].create({
            'code': code, 'name': name, 'ccis_kind': kind, 'site_id': site.id,
            'parent_id': parent.id if parent else False, 'company_id': cls.company.id,
        })

    @classmethod
    def _create_user(cls, login, group, unit):
        user = cls.env['res.users'].create({
            'name': login.replace('_', ' ').title(),
            'login': login,
            'email': '%s@example.ma' % login,
            'company_id': cls.company.id,
            'company_ids': [(6, 0, cls.company.ids)],
            'groups_id': [(6, 0, [cls.env.ref('ccis_base.%s' % group).id])],
        })
        cls.env['hr.employee'].create({
            'name': user.name, 'user_id': user.id, 'department_id': unit.id,
            'company_id': cls.company.id,
        })
        return user

    @classmethod
    def _create_note(cls, name, unit):
        return cls.env['ccis.unit.note'].create({'name': name, 'unit_id': unit.id})

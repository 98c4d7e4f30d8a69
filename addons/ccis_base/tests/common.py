from odoo.tests.common import SavepointCase

from odoo.addons.queue_job.job import Job


def run_job(env, job_record):
    """Run the queue.job ``job_record`` as queue_job's runner does (its controller), in the
    test's transaction; return the record, its cache refreshed."""
    job = Job.load(env, job_record.uuid)
    job.set_started()
    job.store()
    job.perform()
    job.set_done()
    job.store()
    job_record.invalidate_cache()
    return job_record


class CcisTestFactory:
    """Reusable test factories for the CCIS addons: a chamber, its sites and units, users
    of the CCIS groups with an employee in a unit. Mix it into a ``SavepointCase`` and call
    the classmethods from ``setUpClass`` (after ``_setup_test_env``)."""

    @classmethod
    def _setup_test_env(cls):
        """Quiet environment for fixtures: no tracking, no password reset mail; sets
        ``cls.company`` to the current user's company."""
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True,
                                       no_reset_password=True, mail_create_nolog=True))
        cls.company = cls.env.user.company_id

    @classmethod
    def _test_company(cls):
        return getattr(cls, 'company', None) or cls.env.user.company_id

    @classmethod
    def _create_chamber(cls, name, region, kind='ccis', **values):
        """A chamber of ``region`` (a ccis.region or its xml id) in the test company."""
        if isinstance(region, str):
            region = cls.env.ref(region)
        values.update({'name': name, 'kind': kind, 'region_id': region.id,
                       'company_id': cls._test_company().id})
        return cls.env['ccis.chamber'].create(values)

    @classmethod
    def _create_site(cls, code, name, kind, provinces=None, chamber=None, **values):
        """A site of ``chamber`` (default: ``cls.chamber``) competent for ``provinces``."""
        chamber = chamber if chamber is not None else cls.chamber
        values.update({'code': code, 'name': name, 'kind': kind, 'chamber_id': chamber.id})
        if provinces:
            values['province_ids'] = [(6, 0, provinces.ids)]
        return cls.env['ccis.site'].create(values)

    @classmethod
    def _create_unit(cls, code, name, kind, site=None, parent=None, **values):
        """A unit (hr.department) of ``kind`` on ``site`` under ``parent``."""
        values.update({
            'code': code, 'name': name, 'ccis_kind': kind,
            'parent_id': parent.id if parent else False,
            'company_id': cls._test_company().id,
        })
        if site:
            values['site_id'] = site.id
        return cls.env['hr.department'].create(values)

    @classmethod
    def _create_user(cls, login, group_xmlids, unit=None, partner=None):
        """A user of the groups ``group_xmlids`` (an xml id or a list of them; a bare name
        such as 'group_ccis_user' means ccis_base's group), with an employee in ``unit``.
        With ``partner``, the user is created on that partner (its name and email)."""
        if isinstance(group_xmlids, str):
            group_xmlids = [group_xmlids]
        groups = [cls.env.ref(xmlid if '.' in xmlid else 'ccis_base.%s' % xmlid).id
                  for xmlid in group_xmlids]
        company = cls._test_company()
        values = {
            'login': login,
            'company_id': company.id,
            'company_ids': [(6, 0, company.ids)],
            'groups_id': [(6, 0, groups)],
        }
        if partner:
            values['partner_id'] = partner.id
        else:
            values.update({'name': login.replace('_', ' ').title(),
                           'email': '%s@example.ma' % login})
        user = cls.env['res.users'].create(values)
        if unit:
            cls.env['hr.employee'].create({
                'name': user.name, 'user_id': user.id, 'department_id': unit.id,
                'company_id': company.id,
            })
        return user

    @classmethod
    def _create_test_chamber(cls, prefix, label, chamber_name, unit_manager=False):
        """A chamber of Rabat-Salé-Kénitra with a head office and an annex, their units and
        one user of each CCIS group but the administrator, each with an employee in a unit.
        Codes start with ``prefix`` (e.g. 'TA'), logins with its lower case, names end with
        ``label``. Sets on the class: chamber, site_ho, site_annex, analytic_dap, unit_dr,
        unit_dap (with the analytic account), unit_src, unit_audit, unit_annex,
        unit_annex_dap, staff, manager, staff_src, annex_director, direction, auditor,
        bureau; with ``unit_manager``, the manager user manages unit_dap."""
        login = prefix.lower()
        cls.chamber = cls._create_chamber(chamber_name,
                                          'ccis_base.ccis_region_rabat_sale_kenitra')
        cls.site_ho = cls._create_site('%s-HO' % prefix, 'Siège test %s' % label, 'head_office')
        cls.site_annex = cls._create_site('%s-AN' % prefix, 'Annexe test %s' % label, 'annex')
        cls.analytic_dap = cls.env['account.analytic.account'].create(
            {'name': 'Appui test %s' % label})
        cls.unit_dr = cls._create_unit('%s-DR' % prefix, 'Direction test %s' % label,
                                       'direction', cls.site_ho)
        cls.unit_dap = cls._create_unit('%s-DAP' % prefix, 'Appui test %s' % label,
                                        'department', cls.site_ho, cls.unit_dr,
                                        analytic_account_id=cls.analytic_dap.id)
        cls.unit_src = cls._create_unit('%s-SRC' % prefix, 'Ressortissants test %s' % label,
                                        'department', cls.site_ho, cls.unit_dr)
        cls.unit_audit = cls._create_unit('%s-AUD' % prefix, 'Audit test %s' % label,
                                          'service', cls.site_ho, cls.unit_dr)
        cls.unit_annex = cls._create_unit('%s-AN-DA' % prefix,
                                          'Direction annexe test %s' % label,
                                          'annex_direction', cls.site_annex, cls.unit_dr)
        cls.unit_annex_dap = cls._create_unit('%s-AN-DAP' % prefix,
                                              'Appui annexe test %s' % label,
                                              'department', cls.site_annex, cls.unit_annex)

        cls.staff = cls._create_user('%s_staff' % login, 'group_ccis_user', cls.unit_dap)
        cls.manager = cls._create_user('%s_manager' % login, 'group_ccis_unit_manager',
                                       cls.unit_dap)
        cls.staff_src = cls._create_user('%s_staff_src' % login, 'group_ccis_user',
                                         cls.unit_src)
        cls.annex_director = cls._create_user('%s_annex' % login, 'group_ccis_annex_director',
                                              cls.unit_annex)
        cls.direction = cls._create_user('%s_direction' % login, 'group_ccis_direction',
                                         cls.unit_dr)
        cls.auditor = cls._create_user('%s_audit' % login, 'group_ccis_audit', cls.unit_audit)
        cls.bureau = cls._create_user('%s_bureau' % login, 'group_ccis_bureau', cls.unit_dr)
        if unit_manager:
            cls.unit_dap.manager_id = cls.manager.employee_ids[0]


class CcisBaseCommon(CcisTestFactory, SavepointCase):
    """A small chamber of Casablanca-Settat built once: a head office and two annexes,
    their units, one user of every group with an employee in a unit, one memo per unit."""

    @classmethod
    def setUpClass(cls):
        super(CcisBaseCommon, cls).setUpClass()
        cls._setup_test_env()
        ref = cls.env.ref
        cls.Unit = cls.env['hr.department']
        cls.Site = cls.env['ccis.site']
        cls.Note = cls.env['ccis.unit.note']
        cls.Mission = cls.env['ccis.unit.mission']
        cls.region = ref('ccis_base.ccis_region_casablanca_settat')
        cls.casablanca = ref('ccis_base.ccis_province_casablanca')
        cls.el_jadida = ref('ccis_base.ccis_province_el_jadida')
        cls.settat = ref('ccis_base.ccis_province_settat')
        cls.berrechid = ref('ccis_base.ccis_province_berrechid')
        cls.agadir = ref('ccis_base.ccis_province_agadir_ida_outanane')

        cls.chamber = cls._create_chamber('CCIS Test Casablanca-Settat', cls.region)
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
    def _create_note(cls, name, unit):
        return cls.env['ccis.unit.note'].create({'name': name, 'unit_id': unit.id})

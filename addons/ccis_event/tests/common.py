import datetime

from odoo import fields
from odoo.tests.common import SavepointCase


class CcisEventCommon(SavepointCase):
    """A small chamber built once: a head office and an annex with their units, one user of
    every CCIS group (each with an employee in a unit), members with contact persons, the
    current year's programme with an action, and helpers to create events."""

    @classmethod
    def setUpClass(cls):
        super(CcisEventCommon, cls).setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True,
                                       no_reset_password=True, mail_create_nolog=True))
        ref = cls.env.ref
        cls.company = cls.env.user.company_id
        cls.today = fields.Date.from_string(fields.Date.context_today(cls.env.user))
        cls.year = cls.today.year
        cls.Event = cls.env['event.event']
        cls.Registration = cls.env['event.registration']
        cls.type_training = ref('ccis_event.event_type_training')
        cls.type_b2b = ref('ccis_event.event_type_b2b')
        cls.type_seminar = ref('ccis_event.event_type_seminar')
        cls.type_fair = ref('ccis_event.event_type_fair')

        cls.chamber = cls.env['ccis.chamber'].create({
            'name': 'CCIS Test Événements', 'kind': 'ccis', 'company_id': cls.company.id,
            'region_id': ref('ccis_base.ccis_region_rabat_sale_kenitra').id,
        })
        cls.site_ho = cls.env['ccis.site'].create({
            'code': 'TE-HO', 'name': 'Siège test événements', 'kind': 'head_office',
            'chamber_id': cls.chamber.id})
        cls.site_annex = cls.env['ccis.site'].create({
            'code': 'TE-AN', 'name': 'Annexe test événements', 'kind': 'annex',
            'chamber_id': cls.chamber.id})
        cls.analytic_dap = cls.env['account.analytic.account'].create(
            {'name': 'Appui test événements'})
        cls.unit_dr = cls._create_unit('TE-DR', 'Direction test événements', 'direction',
                                       cls.site_ho)
        cls.unit_dap = cls._create_unit('TE-DAP', 'Appui test événements', 'department',
                                        cls.site_ho, cls.unit_dr,
                                        analytic_account_id=cls.analytic_dap.id)
        cls.unit_src = cls._create_unit('TE-SRC', 'Ressortissants test événements',
                                        'department', cls.site_ho, cls.unit_dr)
        cls.unit_audit = cls._create_unit('TE-AUD', 'Audit test événements', 'service',
                                          cls.site_ho, cls.unit_dr)
        cls.unit_annex = cls._create_unit('TE-AN-DA', 'Direction annexe test événements',
                                          'annex_direction', cls.site_annex, cls.unit_dr)
        cls.unit_annex_dap = cls._create_unit('TE-AN-DAP', 'Appui annexe test événements',
                                              'department', cls.site_annex, cls.unit_annex)

        cls.staff = cls._create_user('te_staff', 'group_ccis_user', cls.unit_dap)
        cls.manager = cls._create_user('te_manager', 'group_ccis_unit_manager', cls.unit_dap)
        cls.staff_src = cls._create_user('te_staff_src', 'group_ccis_user', cls.unit_src)
        cls.annex_director = cls._create_user('te_annex', 'group_ccis_annex_director',
                                              cls.unit_annex)
        cls.direction = cls._create_user('te_direction', 'group_ccis_direction', cls.unit_dr)
        cls.auditor = cls._create_user('te_audit', 'group_ccis_audit', cls.unit_audit)
        cls.bureau = cls._create_user('te_bureau', 'group_ccis_bureau', cls.unit_dr)

        cls.sector_agro = ref('ccis_member.ccis_member_sector_ind_agro')
        cls.sector_trans = ref('ccis_member.ccis_member_sector_srv_trans')
        cls.sector_impex = ref('ccis_member.ccis_member_sector_com_impex')
        cls.member_agro = cls._create_member('Conserverie Test du Gharb', cls.sector_agro)
        cls.member_trans = cls._create_member('Transports Test Bouregreg', cls.sector_trans)
        cls.member_impex = cls._create_member('Agrumes Test Export', cls.sector_impex)
        cls.member_other = cls._create_member('Société Test Sans Secteur', cls.sector_agro)
        cls.person_agro = cls._create_person('Rachid Test', cls.member_agro, 'Directeur')
        cls.person_trans = cls._create_person('Khadija Test', cls.member_trans, 'Gérante')
        cls.person_impex = cls._create_person('Fatima Test', cls.member_impex, 'DG')
        cls.person_other = cls._create_person('Omar Test', cls.member_other, 'DAF')

        cls.programme = cls.env['ccis.activity.programme'].search(
            [('year', '=', cls.year)], limit=1) or cls.env['ccis.activity.programme'].create(
            {'name': 'Programme test événements', 'year': cls.year})
        cls.axis = ref('ccis_activity.ccis_activity_axis_formation')
        cls.action = cls._create_action('Formations test événements')
        cls.other_action = cls._create_action('Autre action test événements')

    @classmethod
    def _create_unit(cls, code, name, kind, site, parent=None, **values):
        values.update({
            'code': code, 'name': name, 'ccis_kind': kind, 'site_id': site.id,
            'parent_id': parent.id if parent else False, 'company_id': cls.company.id,
        })
        return cls.env['hr.department'].create(values)

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
    def _create_member(cls, name, sector):
        return cls.env['res.partner'].create({
            'name': name, 'is_company': True, 'ccis_is_member': True,
            'ccis_member_kind': 'company', 'ccis_sector_id': sector.id,
            'ccis_state': 'active', 'email': '%s@example.ma' % name.split()[0].lower(),
        })

    @classmethod
    def _create_person(cls, name, company, function):
        return cls.env['res.partner'].create({
            'name': name, 'parent_id': company.id, 'function': function, 'type': 'contact',
            'email': '%s@example.ma' % name.split()[0].lower(),
        })

    @classmethod
    def _create_action(cls, name):
        return cls.env['ccis.activity.action'].with_context(
            ccis_no_indicator_templates=True).create({
                'name': name, 'programme_id': cls.programme.id, 'axis_id': cls.axis.id,
                'unit_id': cls.unit_dap.id, 'date_start': '%s-01-01' % cls.year,
                'date_end': '%s-12-31' % cls.year,
            })

    @classmethod
    def _create_event(cls, name, event_type, unit=None, action=None, days=0, hours=None,
                      confirm=True, **values):
        begin = datetime.datetime.combine(cls.today, datetime.time(8, 0)) + \
            datetime.timedelta(days=days)
        values.update({
            'name': name,
            'event_type_id': event_type.id,
            'date_begin': fields.Datetime.to_string(begin),
            'date_end': fields.Datetime.to_string(begin + datetime.timedelta(hours=8)),
            'unit_id': (unit or cls.unit_dap).id,
            'ccis_action_id': action.id if action else False,
            'auto_confirm': True,
        })
        if hours is not None:
            values['ccis_hours'] = hours
        event = cls.env['event.event'].create(values)
        if confirm and event.state == 'draft':
            event.button_confirm()
        return event

    @classmethod
    def _register(cls, event, person, **values):
        values.update({'event_id': event.id, 'partner_id': person.id})
        return cls.env['event.registration'].create(values)

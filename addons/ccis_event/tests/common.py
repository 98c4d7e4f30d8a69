import datetime

from odoo import fields
from odoo.addons.ccis_activity.tests.common import CcisActivityTestFactory
from odoo.tests.common import SavepointCase


class CcisEventCommon(CcisActivityTestFactory, SavepointCase):
    """A small chamber built once: a head office and an annex with their units, one user of
    every CCIS group (each with an employee in a unit), members with contact persons, the
    current year's programme with an action, and helpers to create events."""

    @classmethod
    def setUpClass(cls):
        super(CcisEventCommon, cls).setUpClass()
        cls._setup_test_env()
        ref = cls.env.ref
        cls.today = fields.Date.from_string(fields.Date.context_today(cls.env.user))
        cls.year = cls.today.year
        cls.Event = cls.env['event.event']
        cls.Registration = cls.env['event.registration']
        cls.type_training = ref('ccis_event.event_type_training')
        cls.type_b2b = ref('ccis_event.event_type_b2b')
        cls.type_seminar = ref('ccis_event.event_type_seminar')
        cls.type_fair = ref('ccis_event.event_type_fair')

        cls._create_test_chamber('TE', 'événements', 'CCIS Test Événements')

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
        whole_year = {'axis': cls.axis, 'date_start': '%s-01-01' % cls.year,
                      'date_end': '%s-12-31' % cls.year}
        cls.action = cls._create_action('Formations test événements', cls.programme,
                                        cls.unit_dap, **whole_year)
        cls.other_action = cls._create_action('Autre action test événements', cls.programme,
                                              cls.unit_dap, **whole_year)

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

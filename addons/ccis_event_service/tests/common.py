import itertools

from odoo.addons.ccis_base.tests.common import CcisTestFactory
from odoo.addons.ccis_member.tools.identifiers import make_ice
from odoo.tests.common import SavepointCase

_counter = itertools.count(1)


def new_ice():
    """A valid ICE not used by the demo data nor by ccis_service's tests."""
    return make_ice(940000000 + next(_counter) * 43)


class EventServiceCase(CcisTestFactory, SavepointCase):
    """A test chamber (users of each role in their units, the organising unit with its
    analytic account), an active member with a contact person, a dormant member, a private
    participant, and the fee schedule's participation fees. Events are held in 2031."""

    @classmethod
    def setUpClass(cls):
        super(EventServiceCase, cls).setUpClass()
        cls._setup_test_env()
        ref = cls.env.ref
        cls._create_test_chamber('TF', 'facturation', 'CCIS Test Facturation')
        cls.type_training = ref('ccis_event.event_type_training')
        cls.type_seminar = ref('ccis_event.event_type_seminar')
        cls.product_training = ref('ccis_service.product_service_training')
        cls.product_event = ref('ccis_event_service.product_service_event')
        cls.product_stamp = ref('ccis_service.product_service_stamp_document')  # not refundable
        Partner = cls.env['res.partner']
        cls.member = Partner.create({
            'name': 'Conserverie Test Facturation', 'is_company': True, 'ccis_is_member': True,
            'ccis_member_kind': 'company', 'ccis_state': 'active', 'ccis_ice': new_ice()})
        cls.person = Partner.create({
            'name': 'Hicham Test Facturation', 'parent_id': cls.member.id, 'type': 'contact',
            'function': 'Directeur financier', 'email': 'hicham@example.ma'})
        cls.dormant = Partner.create({
            'name': 'Menuiserie Test En Sommeil', 'is_company': True, 'ccis_is_member': True,
            'ccis_member_kind': 'company', 'ccis_state': 'dormant', 'ccis_ice': new_ice()})
        cls.dormant_person = Partner.create({
            'name': 'Aziz Test Sommeil', 'parent_id': cls.dormant.id, 'type': 'contact'})
        cls.private = Partner.create({'name': 'Salma Test Particulière',
                                      'email': 'salma@example.ma'})

    @classmethod
    def _create_event(cls, name, product=None, event_type=None, unit=None, auto_confirm=False,
                      day='2031-03-20'):
        event = cls.env['event.event'].create({
            'name': name,
            'event_type_id': (event_type or cls.type_training).id,
            'date_begin': '%s 08:30:00' % day,
            'date_end': '%s 16:30:00' % day,
            'unit_id': (unit or cls.unit_dap).id,
            'auto_confirm': auto_confirm,
            'ccis_fee_product_id': product.id if product else False,
        })
        event.button_confirm()
        return event

    def _register(self, event, partner, user=None, confirm_date='2031-03-02', **values):
        values.update({'event_id': event.id, 'partner_id': partner.id if partner else False,
                       'ccis_confirm_date': confirm_date})
        return self.env['event.registration'].sudo(user or self.staff).create(values)

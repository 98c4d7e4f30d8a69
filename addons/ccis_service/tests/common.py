import itertools

from odoo.tests.common import SavepointCase

from odoo.addons.ccis_member.tools.identifiers import make_ice

_counter = itertools.count(1)


def new_ice():
    """A valid ICE not used by the demo data."""
    return make_ice(930000000 + next(_counter) * 41)


class ServiceCase(SavepointCase):
    """Demo users of each role, a member of the head office's territory and one that is not
    a member, and the fee schedule."""

    @classmethod
    def setUpClass(cls):
        super(ServiceCase, cls).setUpClass()
        ref = cls.env.ref
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.user_agent = ref('ccis_base.user_agent_appui_demo')
        cls.user_manager = ref('ccis_base.user_manager_appui_demo')
        cls.user_annex = ref('ccis_base.user_director_kenitra_demo')
        cls.user_direction = ref('ccis_base.user_direction_demo')
        cls.user_audit = ref('ccis_base.user_audit_demo')
        cls.user_bureau = ref('ccis_base.user_bureau_demo')
        cls.unit_agent = ref('ccis_base.ccis_unit_appui_promotion_demo')
        cls.unit_kenitra = ref('ccis_base.ccis_unit_kenitra_services_ressortissants_demo')
        cls.site_head = ref('ccis_base.ccis_site_head_office_demo')
        cls.province_rabat = ref('ccis_base.ccis_province_rabat')
        cls.product_legalisation = ref('ccis_service.product_service_legalisation_signature')
        cls.product_stamp = ref('ccis_service.product_service_stamp_document')
        cls.product_certificate = ref('ccis_service.product_service_certificate_origin')
        cls.product_arbitration = ref('ccis_service.product_service_arbitration_fee')
        cls.member = cls.env['res.partner'].create({
            'name': 'Société Services Test', 'is_company': True, 'ccis_is_member': True,
            'ccis_member_kind': 'company', 'ccis_state': 'active', 'ccis_ice': new_ice(),
            'ccis_province_id': cls.province_rabat.id})
        cls.non_member = cls.env['res.partner'].create({
            'name': 'Client de passage', 'is_company': True})

import base64
import itertools

from odoo.addons.ccis_base.tests.common import CcisTestFactory
from odoo.addons.ccis_member.tools.identifiers import make_ice
from odoo.tests.common import SavepointCase

_counter = itertools.count(1)
RECEIPT = base64.b64encode(b'%PDF-1.1 accuse de depot (test)')


def new_ice():
    """A valid ICE not used by the demo data."""
    return make_ice(947000000 + next(_counter) * 37)


class CgcCommon(CcisTestFactory, SavepointCase):
    """A test chamber (head office and annex, their units, one user of each group), active
    members, the CGC's bands and deliverable types; subscriptions are created by the users
    themselves, with dates in 2031-2032 (years no other data uses)."""

    @classmethod
    def setUpClass(cls):
        super(CgcCommon, cls).setUpClass()
        cls._setup_test_env()
        cls._create_test_chamber('TCG', 'CGC', 'CCIS Test CGC', unit_manager=True)
        ref = cls.env.ref
        cls.band_tpe = ref('ccis_cgc.ccis_cgc_size_band_very_small')
        cls.band_pe = ref('ccis_cgc.ccis_cgc_size_band_small')
        cls.band_me = ref('ccis_cgc.ccis_cgc_size_band_medium')
        cls.type_vat_m = ref('ccis_cgc.ccis_cgc_deliverable_type_vat_monthly')
        cls.type_vat_q = ref('ccis_cgc.ccis_cgc_deliverable_type_vat_quarterly')
        cls.type_salaries = ref('ccis_cgc.ccis_cgc_deliverable_type_salaries')
        cls.type_is = ref('ccis_cgc.ccis_cgc_deliverable_type_corporate_tax')
        cls.type_statements = ref('ccis_cgc.ccis_cgc_deliverable_type_statements')
        cls.province = ref('ccis_base.ccis_province_rabat')
        Partner = cls.env['res.partner']
        cls.member = Partner.create({
            'name': 'Bouregreg Compta Test SARL', 'is_company': True, 'ccis_is_member': True,
            'ccis_member_kind': 'company', 'ccis_state': 'active', 'ccis_ice': new_ice(),
            'ccis_province_id': cls.province.id})
        cls.member_2 = Partner.create({
            'name': 'Chellah Négoce Test SARL', 'is_company': True, 'ccis_is_member': True,
            'ccis_member_kind': 'company', 'ccis_state': 'active', 'ccis_ice': new_ice(),
            'ccis_province_id': cls.province.id})
        cls.dormant = Partner.create({
            'name': 'Société en sommeil Test', 'is_company': True, 'ccis_is_member': True,
            'ccis_member_kind': 'company', 'ccis_state': 'dormant', 'ccis_ice': new_ice(),
            'ccis_province_id': cls.province.id})
        cls.Subscription = cls.env['ccis.cgc.subscription']
        cls.Deliverable = cls.env['ccis.cgc.deliverable']

    @classmethod
    def _subscription(cls, user=None, partner=None, band=None, unit=None, **values):
        """A draft subscription created by ``user`` (default: the agent of the support
        unit), from 1 January 2031, invoiced quarterly."""
        user = user or cls.staff
        vals = {
            'partner_id': (partner or cls.member).id,
            'band_id': (band or cls.band_pe).id,
            'date_start': '2031-01-01',
            'frequency': 'quarterly',
            'unit_id': (unit or cls.unit_dap).id,
            'user_id': user.id,
        }
        vals.update(values)
        return cls.Subscription.sudo(user).create(vals)

    @classmethod
    def _confirmed(cls, user=None, **values):
        subscription = cls._subscription(user=user, **values)
        subscription.action_confirm()
        return subscription

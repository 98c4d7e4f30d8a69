from odoo.addons.ccis_base.tests.common import CcisTestFactory
from odoo.addons.ccis_service.tests.common import new_ice
from odoo.tests.common import SavepointCase


class MediationCommon(CcisTestFactory, SavepointCase):
    """A test chamber (head office and annex, their units, one user of each group), members
    and counsel; cases are created by the users themselves, with dates in 2031-2032 (years no
    other data numbers)."""

    @classmethod
    def setUpClass(cls):
        super(MediationCommon, cls).setUpClass()
        cls._setup_test_env()
        cls._create_test_chamber('TMD', 'médiation', 'CCIS Test médiation', unit_manager=True)
        cls.staff_annex = cls._create_user('tmd_staff_annex', 'group_ccis_user',
                                           cls.unit_annex_dap)
        Partner = cls.env['res.partner']
        province = cls.env.ref('ccis_base.ccis_province_rabat')
        cls.member = Partner.create({
            'name': 'Textiles du Bouregreg SARL (test)', 'is_company': True,
            'ccis_is_member': True, 'ccis_member_kind': 'company', 'ccis_state': 'active',
            'ccis_ice': new_ice(), 'ccis_province_id': province.id})
        cls.member_b = Partner.create({
            'name': 'Négoce de Salé SA (test)', 'is_company': True,
            'ccis_is_member': True, 'ccis_member_kind': 'company', 'ccis_state': 'active',
            'ccis_ice': new_ice(), 'ccis_province_id': province.id})
        cls.non_member = Partner.create({'name': 'Transports du Détroit (test)',
                                         'is_company': True})
        cls.lawyer = Partner.create({'name': 'Maître Test Avocat',
                                     'function': 'Avocat au barreau de Rabat'})
        cls.mediator = Partner.create({'name': 'Médiateur test'})
        cls.arbitrators = [Partner.create({'name': 'Arbitre test %d' % index})
                           for index in range(3)]
        cls.Case = cls.env['ccis.mediation.case']
        cls.product_med_registration = cls.env.ref(
            'ccis_mediation.product_service_mediation_registration')
        cls.product_med_admin = cls.env.ref('ccis_mediation.product_service_mediation_admin_fee')
        cls.product_arb_registration = cls.env.ref(
            'ccis_mediation.product_service_arbitration_registration')
        cls.product_arb_admin = cls.env.ref(
            'ccis_mediation.product_service_arbitration_admin_fee')

    @classmethod
    def _case(cls, user=None, case_type='mediation', date='2031-03-02', unit=None,
              claimants=None, respondents=None, **values):
        """A draft case created by ``user`` (default: the agent of the support unit), with
        one party on each side unless told otherwise."""
        claimants = [cls.member] if claimants is None else claimants
        respondents = [cls.non_member] if respondents is None else respondents
        parties = [(0, 0, {'side': 'claimant', 'partner_id': partner.id,
                           'counsel_id': cls.lawyer.id}) for partner in claimants]
        parties += [(0, 0, {'side': 'respondent', 'partner_id': partner.id})
                    for partner in respondents]
        vals = {
            'case_type': case_type, 'subject': 'Litige test du %s' % date,
            'date_filed': date, 'date_registered': date, 'amount_dispute': 150000.0,
            'unit_id': (unit or cls.unit_dap).id, 'party_ids': parties,
        }
        vals.update(values)
        return cls.Case.sudo(user or cls.staff).create(vals)

    @classmethod
    def _registered(cls, user=None, **values):
        case = cls._case(user=user, **values)
        case.action_register()
        return case

    @classmethod
    def _started(cls, user=None, constitution=None, **values):
        case = cls._registered(user=user, **values)
        if case.case_type == 'mediation':
            neutrals = [(0, 0, {'partner_id': cls.mediator.id, 'role': 'mediator'})]
        else:
            neutrals = [(0, 0, {'partner_id': cls.arbitrators[0].id, 'role': 'sole'})]
        case.write({'arbitrator_ids': neutrals,
                    'date_constitution': constitution or case.date_filed})
        case.action_start()
        return case

    @classmethod
    def _closed(cls, outcome, date_outcome, user=None, **values):
        case = cls._started(user=user, **values)
        case.write({'outcome': outcome, 'date_outcome': date_outcome})
        case.action_close()
        return case

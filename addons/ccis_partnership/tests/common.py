import base64

from odoo.addons.ccis_base.tests.common import CcisTestFactory
from odoo.tests.common import SavepointCase

SIGNED_COPY = base64.b64encode(b'%PDF-1.1 convention signee (test)')


class PartnershipCommon(CcisTestFactory, SavepointCase):
    """A test chamber (head office and annex, their units, one user of each group) and two
    partner bodies; agreements are created by the users themselves, dated 2031-2033 (years no
    other data uses)."""

    @classmethod
    def setUpClass(cls):
        super(PartnershipCommon, cls).setUpClass()
        cls._setup_test_env()
        cls._create_test_chamber('TPA', 'partenariats', 'CCIS Test partenariats',
                                 unit_manager=True)
        cls.staff_annex = cls._create_user('tpa_staff_annex', 'group_ccis_user',
                                           cls.unit_annex_dap)
        Partner = cls.env['res.partner']
        cls.ofppt = Partner.create({'name': 'OFPPT test', 'is_company': True})
        cls.ascame = Partner.create({'name': 'ASCAME test', 'is_company': True})
        cls.president = Partner.create({'name': 'Président test'})
        cls.kind = cls.env.ref('ccis_partnership.ccis_partnership_kind_partnership')
        cls.Agreement = cls.env['ccis.partnership.agreement']
        cls.Commitment = cls.env['ccis.partnership.commitment']

    @classmethod
    def _agreement(cls, user=None, unit=None, with_document=True, **values):
        """A draft agreement created by ``user`` (default: the agent of the support unit),
        signed on 15 January 2031, for 12 months."""
        user = user or cls.staff
        vals = {
            'title': 'Convention test', 'kind_id': cls.kind.id, 'scope': 'national',
            'partner_ids': [(6, 0, cls.ofppt.ids)], 'signatory_id': cls.president.id,
            'unit_id': (unit or cls.unit_dap).id, 'user_id': user.id,
            'date_signed': '2031-01-15', 'duration_months': 12, 'renewal': 'explicit',
            'renewal_notice_days': 60,
        }
        vals.update(values)
        agreement = cls.Agreement.sudo(user).create(vals)
        if with_document:
            attachment = cls.env['ir.attachment'].sudo(user).create({
                'name': 'convention_signee.pdf', 'datas': SIGNED_COPY,
                'datas_fname': 'convention_signee.pdf',
                'res_model': agreement._name, 'res_id': agreement.id,
            })
            agreement.write({'document_ids': [(4, attachment.id)]})
        return agreement

    @classmethod
    def _signed(cls, user=None, **values):
        agreement = cls._agreement(user=user, **values)
        agreement.action_sign()
        return agreement

    @classmethod
    def _commitment(cls, agreement, user=None, **values):
        vals = {'agreement_id': agreement.id, 'name': 'Engagement test', 'party': 'chamber',
                'user_id': (user or cls.staff).id, 'date_deadline': '2031-06-30'}
        vals.update(values)
        return cls.Commitment.sudo(user or cls.staff).create(vals)

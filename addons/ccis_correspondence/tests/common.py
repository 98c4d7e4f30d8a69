import base64

from odoo.addons.ccis_base.tests.common import CcisTestFactory
from odoo.tests.common import SavepointCase

SCAN = base64.b64encode(b'%PDF-1.1 courrier numerise (test)')


class CorrespondenceCommon(CcisTestFactory, SavepointCase):
    """A test chamber (head office and annex, their units, one user of each group) and a
    correspondent; items are created by the users themselves, with dates in 2031-2032 (years
    no other data numbers)."""

    @classmethod
    def setUpClass(cls):
        super(CorrespondenceCommon, cls).setUpClass()
        cls._setup_test_env()
        cls._create_test_chamber('TBO', 'bureau d\'ordre', 'CCIS Test bureau d\'ordre',
                                 unit_manager=True)
        cls.staff_annex = cls._create_user('tbo_staff_annex', 'group_ccis_user',
                                           cls.unit_annex_dap)
        Partner = cls.env['res.partner']
        cls.wilaya = Partner.create({'name': 'Wilaya test', 'is_company': True})
        cls.member = Partner.create({'name': 'Ressortissant test SARL', 'is_company': True})
        cls.Correspondence = cls.env['ccis.correspondence']

    @classmethod
    def _item(cls, user=None, direction='incoming', date='2031-03-02', unit=None, **values):
        """A draft item created by ``user`` (default: the agent of the support unit)."""
        user = user or cls.staff
        vals = {
            'direction': direction, 'date': date, 'partner_id': cls.wilaya.id,
            'subject': 'Courrier test du %s' % date, 'kind': 'letter',
            'unit_id': (unit or cls.unit_dap).id,
        }
        if direction == 'incoming':
            vals.update(document=SCAN, document_name='scan.pdf')
        vals.update(values)
        return cls.Correspondence.sudo(user).create(vals)

    @classmethod
    def _registered(cls, user=None, **values):
        item = cls._item(user=user, **values)
        item.action_register()
        return item

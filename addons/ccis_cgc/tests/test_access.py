from odoo.exceptions import AccessError

from .common import CgcCommon


class TestAccess(CgcCommon):
    """Subscriptions and deliverables belong to the unit in charge of the client."""

    @classmethod
    def setUpClass(cls):
        super(TestAccess, cls).setUpClass()
        cls.subscription = cls._confirmed()
        cls.deliverables = cls.subscription._generate_deliverables(2031)

    def _visible(self, user, model='ccis.cgc.subscription'):
        records = self.subscription if model == 'ccis.cgc.subscription' else self.deliverables
        return self.env[model].sudo(user).search([('id', 'in', records.ids)])

    def test_unit_staff_only(self):
        self.assertEqual(self._visible(self.staff), self.subscription)
        self.assertEqual(self._visible(self.staff, 'ccis.cgc.deliverable'), self.deliverables)
        self.assertFalse(self._visible(self.staff_src), 'another unit of the head office')
        self.assertFalse(self._visible(self.staff_src, 'ccis.cgc.deliverable'))
        self.assertFalse(self._visible(self.annex_director), 'the annex')
        with self.assertRaises(AccessError):
            self.subscription.sudo(self.staff_src).read(['name'])

    def test_direction_audit_bureau_read_all(self):
        for user in (self.direction, self.auditor, self.bureau):
            self.assertEqual(self._visible(user), self.subscription, user.login)
            self.assertEqual(self._visible(user, 'ccis.cgc.deliverable'), self.deliverables)
        with self.assertRaises(AccessError):
            self.subscription.sudo(self.bureau).write({'note': 'Lecture seule'})

    def test_agent_cannot_create_for_another_unit(self):
        with self.assertRaises(AccessError):
            self._subscription(user=self.staff, unit=self.unit_src)

    def test_other_unit_cannot_confirm_or_file(self):
        draft = self._subscription(partner=self.member_2)
        with self.assertRaises(AccessError):
            draft.sudo(self.staff_src).action_confirm()
        with self.assertRaises(AccessError):
            self.deliverables[0].sudo(self.staff_src).action_start()

    def test_agent_cannot_delete(self):
        draft = self._subscription(partner=self.member_2)
        with self.assertRaises(AccessError):
            draft.sudo(self.staff).unlink()

    def test_configuration_read_only_for_staff(self):
        with self.assertRaises(AccessError):
            self.band_pe.sudo(self.staff).write({'turnover_max': 12000000})
        with self.assertRaises(AccessError):
            self.type_is.sudo(self.manager).write({'due_months': 4})
        self.assertEqual(self.band_pe.sudo(self.staff).product_id, self.band_pe.product_id)

    def test_deliverables_follow_unit(self):
        self.subscription.sudo(self.direction).write({'unit_id': self.unit_src.id})
        self.assertEqual(self.deliverables.sudo().mapped('unit_id'), self.unit_src)
        self.assertFalse(self._visible(self.staff, 'ccis.cgc.deliverable'))
        self.assertEqual(self._visible(self.staff_src, 'ccis.cgc.deliverable'),
                         self.deliverables)

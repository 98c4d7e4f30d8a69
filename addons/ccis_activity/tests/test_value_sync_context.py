from odoo.api import call_kw
from odoo.exceptions import AccessError

from .common import CcisActivityCommon


class TestValueSyncContext(CcisActivityCommon):
    """The suite's own bookkeeping writes on realised values skip the check of validation
    rights; a caller cannot: the context key ``ccis_value_sync`` sent over RPC (a plain
    value) changes nothing."""

    @classmethod
    def setUpClass(cls):
        super(TestValueSyncContext, cls).setUpClass()
        cls.value = cls.line_sum.value_ids.filtered(lambda v: v.date == '2020-05-15')

    def _rpc_write(self, user, vals):
        """``write`` as the web client and XML-RPC call it: through ``call_kw``, with the
        context of the request."""
        Value = self.env['ccis.indicator.value'].sudo(user)
        return call_kw(Value, 'write', [self.value.ids, vals],
                       {'context': dict(self.env.context, ccis_value_sync=True)})

    def test_unit_staff_cannot_validate_with_the_sync_key(self):
        with self.assertRaisesRegex(AccessError, 'Seul le service audit'):
            self._rpc_write(self.staff, {'state': 'validated'})
        with self.assertRaisesRegex(AccessError, 'Seul le service audit'):
            self.value.sudo(self.staff).with_context(ccis_value_sync=True).write(
                {'validated_by_id': self.staff.id})
        self.assertEqual(self.value.state, 'draft')
        self.assertFalse(self.value.validated_by_id)

    def test_audit_cannot_edit_another_units_value_with_the_sync_key(self):
        with self.assertRaisesRegex(AccessError, 'ne les modifie pas'):
            self._rpc_write(self.auditor, {'value': 1.0})
        self.assertEqual(self.value.value, 120.0)

    def test_sync_key_does_not_skip_the_figure(self):
        # a write with the key is an ordinary write: checked, and the figures follow it
        self._rpc_write(self.staff, {'value': 125.0})
        self.assertEqual(self.value.value, 125.0)
        self.assertEqual(self.line_sum.realised, 285.0)

    def test_moving_a_line_still_moves_its_values(self):
        # the internal path (the line's unit written on its values) still works
        self.line_sum.write({'unit_id': self.unit_src.id})
        self.assertEqual(self.value.unit_id, self.unit_src)

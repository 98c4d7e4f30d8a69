from odoo.exceptions import AccessError
from odoo.tools import mute_logger

from .common import CcisBaseCommon


class TestSudoPaths(CcisBaseCommon):
    """The unit's analytic account is created as superuser only for units the user may
    modify."""

    @mute_logger('odoo.addons.base.ir.ir_model', 'odoo.models')
    def test_staff_cannot_create_a_units_account(self):
        unit = self.Unit.with_context(ccis_no_analytic=True).create(
            {'name': 'Sans compte', 'parent_id': self.unit_dap.id})
        with self.assertRaises(AccessError):
            unit.sudo(self.staff).action_create_analytic_account()
        self.assertFalse(unit.analytic_account_id)
        unit.sudo(self.admin).action_create_analytic_account()
        self.assertTrue(unit.analytic_account_id)

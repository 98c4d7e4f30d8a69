"""Real parallel transactions for the concurrency tests.

These tests need what a test normally avoids: transactions of their own, committed, as two
users' requests are. Each test creates the records it works on in committed transactions and
removes them, with their audit logs, in a ``finally`` block: nothing stays in the database.
"""
from odoo import SUPERUSER_ID

from odoo.addons.ccis_base.tests.parallel import ParallelTransactions as BaseParallel
from odoo.addons.ccis_base.tests.parallel import RetryCounter


class ParallelTransactions(BaseParallel):
    """Mixed into a test case (``self.env`` gives the database); removes the audit logs of
    the records it committed too."""

    def remove_committed(self, model, ids):
        """Remove records committed by a test, and the audit logs about them."""
        def remove(env):
            records = env[model].browse(ids).exists()
            records.unlink()
            env.cr.execute("DELETE FROM auditlog_log WHERE model_id = %s AND res_id IN %s",
                           (env['ir.model']._get_id(model), tuple(ids) or (0,)))
        self.in_transaction(SUPERUSER_ID, remove)


__all__ = ['ParallelTransactions', 'RetryCounter']

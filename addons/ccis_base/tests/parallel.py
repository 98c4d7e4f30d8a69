"""Real parallel transactions for the suite's concurrency tests (numbering, edit conflicts).

These tests need what a test normally avoids: transactions of their own, committed, as two
users' requests are. A test mixes ``ParallelTransactions`` into a ``TransactionCase``, creates
the records it works on in committed transactions and removes them in a ``finally`` block:
nothing stays in the database. Used by the tests of ccis_audit and of the addons that number
legal registers (ccis_certificate_origin, ...).
"""
import logging
import threading

import odoo
from odoo import api
from odoo.service.model import check


class RetryCounter(logging.Handler):
    """Counts the retries of Odoo's request layer after a concurrency error."""

    def __init__(self):
        super(RetryCounter, self).__init__(logging.INFO)
        self.count = 0

    def emit(self, record):
        if 'retry' in record.getMessage():
            self.count += 1

    def __enter__(self):
        self._logger = logging.getLogger('odoo.service.model')
        self._level = self._logger.level
        self._logger.setLevel(logging.INFO)
        self._logger.addHandler(self)
        return self

    def __exit__(self, *exc):
        self._logger.removeHandler(self)
        self._logger.setLevel(self._level)


class ParallelTransactions(object):
    """Mixed into a test case (``self.env`` gives the database)."""

    PARALLEL_TIMEOUT = 120

    def in_transaction(self, uid, function, context=None, args=()):
        """``function(env, *args)`` in a transaction of its own as user ``uid``, committed
        unless it raises, retried on concurrency errors by Odoo's request layer
        (``odoo.service.model.check``) as every request of the web client and XML-RPC is;
        ``args`` go through that layer as a request's parameters do."""
        registry = odoo.registry(self.env.cr.dbname)

        @check
        def call(dbname, *args):
            with api.Environment.manage(), registry.cursor() as cr:
                return function(api.Environment(cr, uid, dict(context or {})), *args)
        return call(self.env.cr.dbname, *args)

    def in_parallel(self, *functions):
        """Run the functions in threads at once; [(result, exception)] in their order."""
        outcomes = [(None, None)] * len(functions)

        def run(index, function):
            try:
                outcomes[index] = (function(), None)
            except Exception as error:  # reported to the test, which asserts on it
                outcomes[index] = (None, error)
        threads = [threading.Thread(target=run, args=(index, function))
                   for index, function in enumerate(functions)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(self.PARALLEL_TIMEOUT)
            self.assertFalse(thread.is_alive(), 'a transaction did not finish')
        return outcomes

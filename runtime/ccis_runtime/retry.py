"""Odoo's retry of a request that met a concurrent transaction (``odoo.service.model.check``).

When PostgreSQL refuses a transaction because another one changed the same row (a
serialization failure, a row lock taken with ``NOWAIT``, a deadlock), Odoo 11 rolls the request
back, waits, and runs it again from its start. Two things go wrong under load:

1. **Every try gets the same argument objects**, and a try that failed may have changed them:
   ``mail.thread.create`` adds the creator's follower to the values it is given, so the second
   try of a ``create`` held two follower commands for the same partner and failed for good
   ("un partenaire ne peut pas suivre deux fois le même objet", seen in the load test when two
   agents recorded a request for the same member). Here each try runs on its own copy of the
   request's containers (dicts, lists, tuples, sets); other objects (uploaded files) are passed
   as they are.
2. **The waits are long**: Odoo waits a random time up to 1 s, 2 s, 4 s, 8 s, 16 s before the
   retries, while the transaction it met (a gapless number drawn by another agent, a member
   touched by two requests) has usually ended within a tenth of a second. Here the waits are
   a tenth as long, over twice as many tries: up to 0.1 s, 0.2 s, 0.4 s, ... 51.2 s (at most
   102 s in all, Odoo's five tries at most 31 s).

Applied when ``odoo.service.model`` is imported; the web client's requests go through its
``check`` (``odoo.http``), which is replaced. ``tests/runtime/test_retry.py``.
"""
import functools
import random

SCALE = 0.1
TRIES = 10


def fresh(value):
    """A copy of ``value``'s containers, all the way down, sharing every other object.

    >>> args = {'vals': {'message_follower_ids': [(0, 0, {'partner_id': 3})]}}
    >>> copy = fresh(args)
    >>> copy['vals']['message_follower_ids'].append('second')
    >>> args
    {'vals': {'message_follower_ids': [(0, 0, {'partner_id': 3})]}}
    """
    if type(value) is dict:
        return {key: fresh(item) for key, item in value.items()}
    if type(value) in (list, tuple, set):
        return type(value)(fresh(item) for item in value)
    return value


class Backoff(object):
    """Stands for the ``random`` module in ``odoo.service.model``, whose only use there is the
    wait before a retry (``random.uniform(0.0, 2 ** tries)``): the same draw, scaled.

    >>> 0.0 <= Backoff().uniform(0.0, 1) <= SCALE
    True
    """

    def uniform(self, low, high):
        return random.uniform(low * SCALE, high * SCALE)


def patch_module(module):
    """Each try on fresh arguments, shorter waits, more tries."""
    original = module.check

    def check(function):
        @functools.wraps(function)
        def on_fresh_arguments(dbname, *args, **kwargs):
            return function(dbname, *fresh(args), **fresh(kwargs))
        return original(on_fresh_arguments)

    module.check = check
    module.random = Backoff()
    module.MAX_TRIES_ON_CONCURRENCY_FAILURE = TRIES

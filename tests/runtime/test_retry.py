"""A request retried after a concurrent transaction runs again on the arguments it was given,
and soon (ccis_runtime.retry)."""
import psycopg2
import pytest

import odoo
from odoo.service import model as service_model

from ccis_runtime import retry


def _serialization_failure():
    """The error PostgreSQL gives a transaction that changed a row another one changed."""
    connection = psycopg2.connect(dbname='postgres')
    try:
        with connection.cursor() as cr:
            cr.execute("DO $$ BEGIN RAISE EXCEPTION 'concurrent update' "
                       "USING ERRCODE = 'serialization_failure'; END $$")
    except psycopg2.OperationalError as error:
        return error
    finally:
        connection.close()
    raise AssertionError('PostgreSQL raised nothing')


@pytest.fixture
def loaded_registry(monkeypatch):
    """``check`` asks whether the database is loaded before each try."""
    class Registry(object):
        _init = False
    monkeypatch.setattr(odoo, 'registry', lambda dbname: Registry())


@pytest.fixture
def waits(monkeypatch):
    slept = []
    monkeypatch.setattr(service_model.time, 'sleep', slept.append)
    return slept


def test_a_retried_call_gets_the_arguments_it_was_given(loaded_registry, waits):
    error = _serialization_failure()
    assert error.pgcode == '40001'
    seen = []

    @service_model.check
    def create(dbname, model, vals, kwargs=None):
        # as mail.thread.create does: the creator's follower added to the values given
        vals.setdefault('message_follower_ids', []).append((0, 0, {'partner_id': 3}))
        seen.append(list(vals['message_follower_ids']))
        if len(seen) == 1:
            raise error
        return len(vals['message_follower_ids'])

    vals = {'subject': 'Demande', 'message_follower_ids': []}
    assert create('db', 'ccis.member.request', vals, kwargs={'context': {'lang': 'fr_FR'}}) == 1
    assert seen == [[(0, 0, {'partner_id': 3})], [(0, 0, {'partner_id': 3})]]
    assert vals == {'subject': 'Demande', 'message_follower_ids': []}
    # one wait, a tenth of Odoo's (up to 1 s before the first retry)
    assert len(waits) == 1 and 0.0 <= waits[0] <= 0.1


def test_it_gives_up_after_ten_tries_with_growing_waits(loaded_registry, waits):
    error = _serialization_failure()
    calls = []

    @service_model.check
    def always_refused(dbname):
        calls.append(1)
        raise error

    with pytest.raises(psycopg2.OperationalError):
        always_refused('db')
    assert len(calls) == retry.TRIES + 1
    assert all(0.0 <= wait <= retry.SCALE * 2 ** index for index, wait in enumerate(waits))
    assert len(waits) == retry.TRIES


def test_other_objects_are_shared_not_copied():
    upload = object()
    copy = retry.fresh(({'file': upload, 'ids': [1, 2]},))
    assert copy[0]['file'] is upload
    assert copy[0]['ids'] == [1, 2]


def test_doctests():
    import doctest
    failed, attempted = doctest.testmod(retry)
    assert attempted and not failed

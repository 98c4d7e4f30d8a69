"""The standard-library names Odoo 11 uses, restored on Python 3.11 by ccis_runtime.stdlib."""
import base64
import collections
import collections.abc
import inspect
import threading
import xml.etree.ElementTree as ElementTree

import pytest
import yaml

from ccis_runtime import stdlib


def test_collections_abc_aliases():
    assert collections.Mapping is collections.abc.Mapping
    assert collections.MutableMapping is collections.abc.MutableMapping
    assert collections.Iterable is collections.abc.Iterable
    assert collections.MutableSet is collections.abc.MutableSet
    assert isinstance({}, collections.Mapping)
    # the names collections always had are untouched
    assert collections.OrderedDict is not collections.abc.Mapping


def _sample(a, b, c=3, *args, **kwargs):
    return a


def test_getargspec_matches_python36():
    spec = inspect.getargspec(_sample)
    assert spec == (['a', 'b', 'c'], 'args', 'kwargs', (3,))
    assert spec.keywords == 'kwargs'


def test_getargspec_refuses_keyword_only_like_python36():
    def kwonly(a, *, b):
        return a
    with pytest.raises(ValueError):
        inspect.getargspec(kwonly)


def test_formatargspec_like_python36():
    assert inspect.formatargspec(*inspect.getargspec(_sample)) == '(a, b, c=3, *args, **kwargs)'
    assert inspect.formatargspec(['self', 'x']) == '(self, x)'
    assert stdlib.formatargspec(['a'], kwonlyargs=['k'], kwonlydefaults={'k': 1}) == '(a, *, k=1)'


def test_base64_encodestring_decodestring():
    assert base64.encodestring(b'chambre') == b'Y2hhbWJyZQ==\n'
    assert base64.decodestring(b'Y2hhbWJyZQ==\n') == b'chambre'


def test_thread_isalive():
    thread = threading.Thread(target=lambda: None)
    assert thread.isAlive() is False
    thread.start()
    thread.join()
    assert thread.isAlive() is False


def test_elementtree_getchildren():
    root = ElementTree.fromstring('<templates><t t-name="a"/><t t-name="b"/></templates>')
    children = root.getchildren()
    assert [c.get('t-name') for c in children] == ['a', 'b']
    assert ElementTree.Element('x').getchildren() == []


def test_yaml_load_defaults_to_the_full_loader():
    assert yaml.load('a: [1, 2]') == {'a': [1, 2]}
    # an explicit loader is still honoured
    assert yaml.load('a: 1', Loader=yaml.SafeLoader) == {'a': 1}


def test_apply_is_idempotent():
    loader_before = yaml.load
    stdlib.apply()
    assert yaml.load is loader_before
    assert collections.Mapping is collections.abc.Mapping


def test_setrlimit_accepts_a_float_cpu_time():
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    used = resource.getrusage(resource.RUSAGE_SELF)
    cpu_time = used.ru_utime + used.ru_stime
    # what Odoo's prefork worker does (odoo/service/server.py, process_limit)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_time + 3600, hard))
    assert resource.getrlimit(resource.RLIMIT_CPU) == (int(cpu_time + 3600), hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))

"""Standard-library names that Odoo 11 uses and Python 3.11 removed.

Each is restored with the meaning it had on Python 3.6, built on its 3.11 replacement.
"""
import base64
import collections
import collections.abc
import importlib
import inspect
import sys
import threading

# collections.Mapping & co. moved to collections.abc in 3.3 and were removed in 3.10.
ABC_NAMES = [
    'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable',
    'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable',
    'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView',
    'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence', 'ByteString',
]

ArgSpec = collections.namedtuple('ArgSpec', 'args varargs keywords defaults')


def getargspec(func):
    """inspect.getargspec (removed in 3.11), on top of getfullargspec, with its old refusal
    of functions that have keyword-only arguments or annotations."""
    spec = inspect.getfullargspec(func)
    if spec.kwonlyargs or spec.annotations:
        raise ValueError("Function has keyword-only parameters or annotations, use "
                         "inspect.signature() API which can support them")
    return ArgSpec(spec.args, spec.varargs, spec.varkw, spec.defaults)


def formatargspec(args, varargs=None, varkw=None, defaults=None, kwonlyargs=(),
                  kwonlydefaults=None, annotations=None):
    """inspect.formatargspec (removed in 3.11): '(a, b=1, *args, **kw)'."""
    kwonlydefaults = kwonlydefaults or {}
    specs = []
    first_default = len(args) - len(defaults) if defaults else len(args)
    for index, arg in enumerate(args):
        spec = str(arg)
        if index >= first_default:
            spec += '=' + repr(defaults[index - first_default])
        specs.append(spec)
    if varargs is not None:
        specs.append('*' + varargs)
    elif kwonlyargs:
        specs.append('*')
    for arg in kwonlyargs or ():
        spec = arg
        if arg in kwonlydefaults:
            spec += '=' + repr(kwonlydefaults[arg])
        specs.append(spec)
    if varkw is not None:
        specs.append('**' + varkw)
    return '(' + ', '.join(specs) + ')'


def _element_getchildren(self):
    """Element.getchildren (removed in 3.9): the list of sub-elements."""
    return list(self)


def _pure_python_elementtree():
    """xml.etree's C accelerator type cannot take new methods: use the pure-Python Element
    (same parser, expat), and give it back getchildren(), which Odoo's web client loader
    calls on the templates it reads."""
    sys.modules['_elementtree'] = None
    import xml.etree.ElementTree as ElementTree
    if ElementTree.Element is not getattr(ElementTree, '_Element_Py', ElementTree.Element):
        # imported before us with the accelerator: load it again, pure Python this time
        importlib.reload(ElementTree)
    ElementTree.Element.getchildren = _element_getchildren


def _yaml_default_loader():
    """PyYAML 6 made Loader a required argument; Odoo 11's YAML data import calls
    yaml.load(stream) and relies on the default of PyYAML 3/5, the full yaml.Loader with the
    constructors Odoo registers on it."""
    try:
        import yaml
    except ImportError:
        return
    if getattr(yaml.load, '_ccis_default_loader', False):
        return
    original = yaml.load

    def load(stream, Loader=None):
        return original(stream, Loader=Loader or yaml.Loader)
    load._ccis_default_loader = True
    yaml.load = load


def _setrlimit_accepting_floats():
    """resource.setrlimit refuses floats since 3.10; Odoo 11's prefork workers set their CPU
    limit to the CPU time used (a float) plus limit_time_cpu. Truncate, as 3.6 did."""
    import resource
    if getattr(resource.setrlimit, '_ccis_int_limits', False):
        return
    original = resource.setrlimit

    def setrlimit(limit, limits):
        return original(limit, tuple(int(value) for value in limits))
    setrlimit._ccis_int_limits = True
    resource.setrlimit = setrlimit


def apply():
    for name in ABC_NAMES:
        if not hasattr(collections, name) and hasattr(collections.abc, name):
            setattr(collections, name, getattr(collections.abc, name))
    if not hasattr(inspect, 'getargspec'):
        inspect.getargspec = getargspec
    if not hasattr(inspect, 'formatargspec'):
        inspect.formatargspec = formatargspec
    if not hasattr(base64, 'encodestring'):
        base64.encodestring = base64.encodebytes
        base64.decodestring = base64.decodebytes
    if not hasattr(threading.Thread, 'isAlive'):
        threading.Thread.isAlive = threading.Thread.is_alive
    _pure_python_elementtree()
    _yaml_default_loader()
    _setrlimit_accepting_floats()

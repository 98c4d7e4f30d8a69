"""odoo.tools.safe_eval on Python 3.11: what Odoo 11 accepted still runs, what it refused is
still refused (imports, dunder access, exec/eval/open/__import__, attribute stores, closures,
with, class bodies, yield from, '@', '{**a}')."""
import datetime
import glob
import os

import pytest
from lxml import etree

import importlib

from odoo.tools.safe_eval import const_eval, expr_eval, safe_eval
from odoo.tools.safe_eval import test_expr as check_expr

safe_eval_module = importlib.import_module('odoo.tools.safe_eval')

SAFE = safe_eval_module._SAFE_OPCODES


# ---------------------------------------------------------------- accepted
@pytest.mark.parametrize('expr, expected', [
    ("[1, 2, (3, 4), {'a': 'b'}]", [1, 2, (3, 4), {'a': 'b'}]),
    ("[1, 2, 3, 4, 5, 6]", [1, 2, 3, 4, 5, 6]),
    ("{1, 2, 3}", {1, 2, 3}),
    ("-1", -1),
])
def test_const_eval_literals(expr, expected):
    assert const_eval(expr) == expected


def test_const_eval_refuses_operations():
    with pytest.raises(ValueError, match='forbidden opcode'):
        const_eval('[1] + [2]')


@pytest.mark.parametrize('expr, expected', [
    ('1 + 2 * 3 - 4 / 2', 5.0),
    ('7 // 2, 7 % 2, 2 ** 10, 6 & 3, 6 | 3, 6 ^ 3, 1 << 4, 16 >> 2', (3, 1, 1024, 2, 7, 5, 16, 4)),
    ("'%s-%s' % (2026, 11)", '2026-11'),
    ('not 1 in (1, 2)', False),
    ('None is None', True),
])
def test_expr_eval(expr, expected):
    assert expr_eval(expr) == expected


def test_expr_eval_refuses_calls():
    with pytest.raises(ValueError, match='forbidden opcode'):
        expr_eval('abs(-1)')


@pytest.mark.parametrize('expr, context, expected', [
    ("[('state', '=', 'done'), ('id', 'in', ids)]", {'ids': [1, 2]}, [('state', '=', 'done'), ('id', 'in', [1, 2])]),
    ("dict(ctx, default_x=1, **extra)", {'ctx': {'a': 1}, 'extra': {'b': 2}}, {'a': 1, 'default_x': 1, 'b': 2}),
    ("[x * 2 for x in values if x > 1]", {'values': [1, 2, 3]}, [4, 6]),
    ("{k: v for k, v in pairs}", {'pairs': [('a', 1)]}, {'a': 1}),
    ("sum(x for x in values)", {'values': [1, 2, 3]}, 6),
    ("max(values, key=lambda v: -v)", {'values': [1, 3, 2]}, 1),
    ("1 < x < 3", {'x': 2}, True),
    ("d.get('a') or 'none'", {'d': {}}, 'none'),
    ("'a,b'.split(',')[-1]", {}, 'b'),
    ("x if x is not None else 0", {'x': None}, 0),
    ("(date(2026, 1, 31) + relativedelta(months=1)).strftime('%Y-%m-%d')", None, '2026-02-28'),
])
def test_safe_eval_accepts_what_odoo_11_accepted(expr, context, expected):
    if context is None:
        from dateutil.relativedelta import relativedelta
        context = {'date': datetime.date, 'relativedelta': relativedelta}
    assert safe_eval(expr, context) == expected


def test_safe_eval_exec_mode_statements():
    code = (
        "total = 0\n"
        "for value in values:\n"
        "    if value % 2:\n"
        "        continue\n"
        "    total += value\n"
        "try:\n"
        "    1 / 0\n"
        "except Exception:\n"
        "    total += 100\n"
        "def double(x):\n"
        "    return x * 2\n"
        "assert total > 0, 'positive'\n"
        "result = double(total)\n"
    )
    context = {'values': [1, 2, 3, 4]}
    safe_eval(code, context, mode='exec', nocopy=True)
    assert context['result'] == 212


# ---------------------------------------------------------------- refused
@pytest.mark.parametrize('code', [
    "__import__('os').system('true')",
    "().__class__.__bases__[0].__subclasses__()",
    "(lambda: 0).__code__",
    "values.__len__()",
    "getattr",  # not a builtin of the sandbox: NameError at run time
])
def test_dunder_names_refused(code):
    with pytest.raises((NameError, ValueError)):
        safe_eval(code, {'values': []})


def test_dunder_refused_before_running():
    with pytest.raises(NameError, match='forbidden name'):
        check_expr("x.__class__", SAFE)
    with pytest.raises(NameError, match='forbidden name'):
        check_expr("f.gi_frame", SAFE)


@pytest.mark.parametrize('code, mode', [
    ("import os", 'exec'),
    ("from os import path", 'exec'),
    ("x.attr = 1", 'exec'),
    ("del x.attr", 'exec'),
    ("del x[0]", 'exec'),
    ("with x:\n    pass", 'exec'),
    ("class A:\n    pass", 'exec'),
    ("global y\ny = 1", 'exec'),
    ("def f():\n    yield from [1]", 'exec'),
    ("def outer():\n    v = 1\n    def inner():\n        return v\n    return inner", 'exec'),
    ("a @ b", 'eval'),
    ("{**a}", 'eval'),
    ("a, *b = c", 'exec'),
])
def test_constructs_odoo_11_refused_are_refused(code, mode):
    with pytest.raises(ValueError, match='forbidden opcode'):
        check_expr(code, SAFE, mode=mode)


@pytest.mark.parametrize('code', ["open('/etc/passwd').read()", "exec('x = 1')",
                                  "eval('1')", "compile('1', '', 'eval')", "globals()",
                                  "vars()", "input()", "breakpoint()"])
def test_dangerous_builtins_are_not_available(code):
    with pytest.raises(ValueError, match="is not defined"):
        safe_eval(code, {})


def test_matmul_is_reported_by_name():
    with pytest.raises(ValueError, match=r'BINARY_OP\(@\)'):
        check_expr('a @ b', SAFE)


def test_code_objects_are_refused():
    with pytest.raises(TypeError):
        safe_eval(compile('1', '', 'eval'))


# ---------------------------------------------------------------- Odoo's own data
def _odoo_xml_expressions():
    """Every eval="..." of the data files of the modules the product builds on."""
    import odoo
    addons = os.path.join(os.path.dirname(odoo.__file__), 'addons')
    modules = ['base', 'mail', 'account', 'l10n_ma', 'account_asset', 'account_budget', 'hr',
               'hr_holidays', 'hr_payroll', 'purchase', 'event', 'membership', 'survey',
               'calendar', 'board', 'stock', 'product', 'analytic', 'web']
    expressions = set()
    for module in modules:
        for path in glob.glob(os.path.join(addons, module, '**', '*.xml'), recursive=True):
            try:
                tree = etree.parse(path)
            except etree.XMLSyntaxError:
                continue
            for node in tree.iter():
                if not isinstance(node.tag, str):
                    continue
                value = node.get('eval')
                if value:
                    expressions.add((module, value))
                is_expression = node.tag == 'field' and node.get('name') in ('domain', 'context', 'domain_force')
                if is_expression and node.text and node.text.strip():
                    expressions.add((module, node.text))
    return sorted(expressions)


ODOO_EXPRESSIONS = _odoo_xml_expressions()


def test_odoo_xml_expressions_were_found():
    assert len(ODOO_EXPRESSIONS) > 500


def test_every_odoo_xml_expression_passes_the_sandbox():
    refused = []
    for module, expr in ODOO_EXPRESSIONS:
        try:
            check_expr(expr, SAFE)
        except SyntaxError:
            # a few are Python 2 leftovers that never compiled on Python 3 either
            continue
        except (ValueError, NameError) as error:
            refused.append('%s: %s' % (module, error))
    assert not refused, '\n'.join(refused[:20])

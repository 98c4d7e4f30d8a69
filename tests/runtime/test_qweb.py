"""QWeb's hand-built ASTs compile on Python 3.11, and templates render."""
import ast

import pytest

from ccis_runtime import qweb as qweb_support


def _python35_function_ast():
    """The shape QWeb 11 builds: arguments without posonlyargs, Name('None'), a Module
    without type_ignores, and a function whose lineno is past its body's."""
    body = [ast.Return(value=ast.Name(id='None', ctx=ast.Load()), lineno=1, col_offset=0)]
    args = ast.arguments(args=[ast.arg(arg='self', annotation=None)], vararg=None,
                         kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
    fn = ast.FunctionDef(name='fn', args=args, body=body, decorator_list=[], returns=None,
                         lineno=42, col_offset=0)
    module = ast.Module(body=[fn])
    return module


def test_the_python35_ast_is_rejected_by_the_311_compiler():
    module = ast.fix_missing_locations(_python35_function_ast())
    with pytest.raises((TypeError, ValueError)):
        compile(module, '<template>', 'exec')


def test_repaired_ast_compiles_and_runs():
    code = qweb_support.compile(_python35_function_ast(), '<template>', 'exec')
    namespace = {}
    exec(code, namespace)
    assert namespace['fn'](object()) is None


def test_constant_names_become_constants():
    names = [ast.Name(id=n, ctx=ast.Load()) for n in ('True', 'False', 'None', 'x')]
    tree = ast.Expression(body=ast.List(elts=names, ctx=ast.Load()))
    code = qweb_support.compile(tree, '<expr>', 'eval')
    assert eval(code, {'x': 5}) == [True, False, None, 5]


def test_source_text_passes_through():
    assert eval(qweb_support.compile('1 + 1', '<s>', 'eval')) == 2


def test_qweb_renders_a_template():
    from lxml import etree
    from odoo.addons.base.ir.ir_qweb.qweb import QWeb

    class Engine(QWeb):
        def get_template(self, template, options):
            return etree.fromstring(template), None

    template = ('<t t-name="probe"><ul><li t-foreach="items" t-as="item" '
                't-att-class="\'last\' if item_last else None"><t t-esc="item"/></li></ul>'
                '<p t-if="not items">vide</p></t>')
    html = Engine().render(template, {'items': ['Rabat', 'Kénitra']}).decode()
    assert html.replace('\n', '') == '<ul><li>Rabat</li><li class="last">Kénitra</li></ul>'
    assert 'vide' in Engine().render(template, {'items': []}).decode()

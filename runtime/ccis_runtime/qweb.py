"""QWeb on Python 3.11: make the ASTs QWeb builds acceptable to the 3.11 compiler.

Odoo 11's QWeb compiles templates into Python ASTs built by hand for Python 3.5/3.6. The 3.11
compiler rejects them: ``arguments`` without ``posonlyargs``, ``Module`` without
``type_ignores``, ``Name('None')``/``Name('True')``/``Name('False')`` instead of constants, and
line ranges where ``end_lineno < lineno`` (QWeb sets a function's ``lineno`` to the template
line). The QWeb modules get a ``compile`` of their own that repairs the tree, then calls the
built-in one; parsed source and code objects pass through untouched.
"""
import ast
import builtins

_CONSTANT_NAMES = {'None': None, 'True': True, 'False': False}
_ARGUMENT_LISTS = ('posonlyargs', 'args', 'kwonlyargs', 'kw_defaults', 'defaults')


class AstRepair(ast.NodeTransformer):
    """Brings a hand-built Python 3.5 AST up to what the 3.11 compiler validates."""

    def visit_Name(self, node):
        if node.id in _CONSTANT_NAMES and isinstance(node.ctx, ast.Load):
            return ast.copy_location(ast.Constant(value=_CONSTANT_NAMES[node.id]), node)
        return node

    def visit_arguments(self, node):
        for field in _ARGUMENT_LISTS:
            if getattr(node, field, None) is None:
                setattr(node, field, [])
        for field in ('vararg', 'kwarg'):
            if not hasattr(node, field):
                setattr(node, field, None)
        self.generic_visit(node)
        return node

    def visit_Module(self, node):
        if getattr(node, 'type_ignores', None) is None:
            node.type_ignores = []
        self.generic_visit(node)
        return node


def repair_locations(tree):
    """Give every node a valid position range: end at or after its start."""
    ast.fix_missing_locations(tree)
    for node in ast.walk(tree):
        if 'lineno' not in node._attributes or not hasattr(node, 'lineno'):
            continue
        end_lineno = getattr(node, 'end_lineno', None)
        if end_lineno is None or end_lineno < node.lineno:
            node.end_lineno = node.lineno
        end_col = getattr(node, 'end_col_offset', None)
        if end_col is None or (node.end_lineno == node.lineno and end_col < node.col_offset):
            node.end_col_offset = node.col_offset
    return tree


def repair(tree):
    return repair_locations(AstRepair().visit(tree))


def compile(source, filename, mode, *args, **kwargs):  # pylint: disable=redefined-builtin
    """The built-in compile, repairing hand-built ASTs first."""
    if isinstance(source, ast.AST):
        source = repair(source)
    return builtins.compile(source, filename, mode, *args, **kwargs)


def patch_module(module):
    """Shadow the built-in compile in a QWeb module's globals."""
    module.compile = compile

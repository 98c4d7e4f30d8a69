"""odoo.tools.safe_eval on Python 3.11: the same sandbox, expressed in 3.11 bytecode.

Odoo 11 whitelists the opcodes of CPython 3.5/3.6. CPython 3.7 to 3.11 compile the same
constructs to new opcodes (RESUME, PRECALL/CALL, BINARY_OP, COPY/SWAP, the POP_JUMP_* family,
LIST_EXTEND for list literals, ...). Each new opcode is allowed exactly at the level (constant,
expression, statement) where Odoo 11 allowed the opcodes it replaces; opcodes of constructs that
Odoo 11 refused (imports, attribute stores, closures, ``with``, class bodies, ``yield
from``, ``{**a}``, the ``@`` operator) stay refused.
"""
import dis
import opcode

# Replacements of stack manipulation, literal building and function/module prologue:
# DUP_TOP/ROT_* -> COPY/SWAP, list and set literals built with LIST_EXTEND/SET_UPDATE
CONST_OPCODES = ['RESUME', 'NOP', 'COPY', 'SWAP', 'LIST_EXTEND', 'SET_UPDATE']
# Replacements of BINARY_*/INPLACE_* (BINARY_OP, '@' excepted below) and of COMPARE_OP for
# 'is', 'is not', 'in', 'not in'. Python 3.11 compiles "'%s-%s' % (a, b)" (BINARY_MODULO,
# allowed) into FORMAT_VALUE/BUILD_STRING, the f-string opcodes: they must be allowed with it,
# which lets f-strings in too (they compute nothing '%' formatting could not).
EXPR_OPCODES = ['BINARY_OP', 'IS_OP', 'CONTAINS_OP', 'FORMAT_VALUE', 'BUILD_STRING']
# Replacements of calls (CALL_FUNCTION*), jumps, try/except blocks and generators.
SAFE_OPCODES = [
    'PUSH_NULL', 'PRECALL', 'CALL', 'KW_NAMES', 'DICT_MERGE',
    'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT',
    'POP_JUMP_FORWARD_IF_FALSE', 'POP_JUMP_FORWARD_IF_TRUE',
    'POP_JUMP_BACKWARD_IF_FALSE', 'POP_JUMP_BACKWARD_IF_TRUE',
    'POP_JUMP_FORWARD_IF_NONE', 'POP_JUMP_FORWARD_IF_NOT_NONE',
    'POP_JUMP_BACKWARD_IF_NONE', 'POP_JUMP_BACKWARD_IF_NOT_NONE',
    'PUSH_EXC_INFO', 'CHECK_EXC_MATCH', 'RERAISE', 'POP_EXCEPT',
    'RETURN_GENERATOR', 'LOAD_ASSERTION_ERROR',
]

# BINARY_OP's argument for '@' and '@=', which Odoo 11 never allowed
MATMUL_ARGS = {
    index for index, (name, _symbol) in enumerate(getattr(dis, '_nb_ops', ()))
    if name in ('NB_MATRIX_MULTIPLY', 'NB_INPLACE_MATRIX_MULTIPLY')
}
# reported instead of BINARY_OP for '@': an opcode number that no instruction uses
MATMUL_PSEUDO_OPCODE = next(code for code in range(255, 0, -1) if opcode.opname[code] == '<%d>' % code)


def _codes(names):
    return {opcode.opmap[name] for name in names if name in opcode.opmap}


def get_opcodes(codeobj):
    """The opcodes of a code object, inline caches left out, '@' told apart from the other
    binary operators."""
    binary_op = opcode.opmap.get('BINARY_OP')
    for instruction in dis.get_instructions(codeobj):
        if instruction.opcode == binary_op and instruction.arg in MATMUL_ARGS:
            yield MATMUL_PSEUDO_OPCODE
        else:
            yield instruction.opcode


def patch_module(module):
    """Widen the three whitelists of odoo.tools.safe_eval in place (other modules imported
    them by name) and read opcodes with the 3.11-aware reader."""
    if getattr(module, '_ccis_py311', False):
        return
    const, expr, safe = _codes(CONST_OPCODES), _codes(EXPR_OPCODES), _codes(SAFE_OPCODES)
    module._CONST_OPCODES.update(const)
    module._EXPR_OPCODES.update(const | expr)
    module._SAFE_OPCODES.update(const | expr | safe)
    module._get_opcodes = get_opcodes
    if module.opname is opcode.opname:
        # name the pseudo opcode in error messages
        module.opname = list(opcode.opname)
    module.opname[MATMUL_PSEUDO_OPCODE] = 'BINARY_OP(@)'
    module._ccis_py311 = True

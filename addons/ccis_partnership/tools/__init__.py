from . import term

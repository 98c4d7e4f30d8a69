from . import strategy

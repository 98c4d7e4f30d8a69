from . import conflict

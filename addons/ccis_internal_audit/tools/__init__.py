from . import recommendation

from . import mediation

from . import ccis_decision

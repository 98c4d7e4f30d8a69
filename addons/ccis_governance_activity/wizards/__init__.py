from . import ccis_decision_programme_wizard

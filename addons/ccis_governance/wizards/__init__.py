from . import ccis_minutes_print_wizard

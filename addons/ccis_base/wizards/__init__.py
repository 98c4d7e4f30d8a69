from . import ccis_structure_apply_wizard

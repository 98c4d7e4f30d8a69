from . import ccis_structure_apply_wizard
from . import ccis_reopen_wizard

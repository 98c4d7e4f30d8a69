from . import event_registration
from . import ccis_b2b_wish

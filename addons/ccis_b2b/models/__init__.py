from . import ccis_b2b_wish
from . import ccis_b2b_meeting
from . import event_event
from . import event_registration

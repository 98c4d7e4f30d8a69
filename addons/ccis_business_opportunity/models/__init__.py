from . import ccis_business_opportunity
from . import ccis_b2b_meeting
from . import event_event

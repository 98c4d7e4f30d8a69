from . import ccis_business_opportunity
from . import event_event

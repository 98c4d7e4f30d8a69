from . import ccis_business_opportunity
from . import ccis_b2b_meeting

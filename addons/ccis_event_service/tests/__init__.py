from . import test_event_fee
from . import test_registration_invoice
from . import test_access
from . import test_indicators

from . import ccis_event_xlsx  # noqa: F401
from . import ccis_event_certificate  # noqa: F401

from . import test_governance_indicators
from . import test_minutes_circulation
from . import test_programme_wizard

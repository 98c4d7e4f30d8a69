from . import test_tools
from . import test_subscription
from . import test_deliverable
from . import test_overdue
from . import test_access
from . import test_indicators

from . import test_tools
from . import test_access
from . import test_workflow
from . import test_cron
from . import test_indicators

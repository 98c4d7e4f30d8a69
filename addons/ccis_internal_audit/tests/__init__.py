from . import test_plan
from . import test_mission
from . import test_recommendation
from . import test_late
from . import test_access
from . import test_indicators
from . import test_report
from . import test_tools

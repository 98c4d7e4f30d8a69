from . import test_tools
from . import test_access
from . import test_figures
from . import test_state
from . import test_milestone
from . import test_indicators

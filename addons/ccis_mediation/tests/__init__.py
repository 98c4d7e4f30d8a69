from . import test_tools
from . import test_workflow
from . import test_fees
from . import test_confidentiality
from . import test_indicators

from . import test_kpi
from . import test_indicator
from . import test_computed
from . import test_validation
from . import test_access
from . import test_workflow
from . import test_review

from . import test_access
from . import test_constraints
from . import test_links
from . import test_progress

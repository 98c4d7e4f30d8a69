from . import test_opportunity
from . import test_access
from . import test_ownership

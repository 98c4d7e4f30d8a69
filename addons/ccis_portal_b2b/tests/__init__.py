from . import test_b2b
from . import test_ownership

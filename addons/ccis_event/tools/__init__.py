from . import b2b_scheduler  # noqa: F401
from . import satisfaction  # noqa: F401

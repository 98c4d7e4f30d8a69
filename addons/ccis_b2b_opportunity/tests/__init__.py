from . import test_meeting_outcome
from . import test_ownership

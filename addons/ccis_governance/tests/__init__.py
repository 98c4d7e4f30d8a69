from . import test_rules
from . import test_quorum
from . import test_vote
from . import test_numbering
from . import test_minutes
from . import test_convocation
from . import test_decision
from . import test_access

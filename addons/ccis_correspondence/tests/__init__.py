from . import test_numbering
from . import test_register
from . import test_reply
from . import test_overdue
from . import test_access
from . import test_tools
from . import test_indicators
from . import test_institution

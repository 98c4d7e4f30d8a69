from . import test_training
from . import test_access
from . import test_xlsx_report
from . import test_ownership

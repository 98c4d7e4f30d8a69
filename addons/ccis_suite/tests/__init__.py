from . import test_purchase
from . import test_payroll
from . import test_asset

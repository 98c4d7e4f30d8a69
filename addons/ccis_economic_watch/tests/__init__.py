from . import test_access
from . import test_import
from . import test_values
from . import test_documentation
from . import test_newsletter
from . import test_indicators

from . import test_structure_template
from . import test_hierarchy
from . import test_analytic
from . import test_site
from . import test_access
from . import test_structure_rules

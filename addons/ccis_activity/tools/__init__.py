from . import budget
from . import indicator
from . import kpi
from . import chart
from . import period

from . import period
from . import series
from . import segment

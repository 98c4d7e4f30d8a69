from . import identifiers
from . import normalize
from . import lifecycle
from . import spreadsheet

from . import identifiers
from . import normalize
from . import lifecycle
from . import spreadsheet
from . import xlsx_stream
from . import sqlcopy

from . import directory
from . import portal

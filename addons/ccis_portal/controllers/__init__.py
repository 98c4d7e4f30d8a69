from . import directory
from . import payment
from . import portal

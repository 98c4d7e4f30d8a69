from . import ccis_correspondence
from . import res_partner

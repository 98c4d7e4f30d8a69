from . import ccis_correspondence
from . import ccis_institution_role
from . import ccis_institution_interaction
from . import res_partner

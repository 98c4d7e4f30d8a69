from . import product_template
from . import ccis_mediation_case
from . import ccis_mediation_party
from . import ccis_mediation_arbitrator
from . import calendar_event
from . import res_config_settings

from . import ccis_partnership_kind
from . import ccis_partnership_agreement
from . import ccis_partnership_commitment
from . import ccis_activity_action

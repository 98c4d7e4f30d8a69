from . import ccis_training_theme
from . import ccis_training_convention
from . import ccis_training_plan
from . import ccis_training_plan_line
from . import ccis_training_need
from . import event_event
from . import event_registration
from . import res_partner

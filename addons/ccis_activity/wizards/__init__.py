from . import ccis_activity_review_wizard
from . import ccis_activity_settings_wizard
from . import ccis_activity_review_wizard_job

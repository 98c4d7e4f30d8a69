from . import ccis_member_state_wizard
from . import ccis_member_merge_wizard
from . import ccis_member_import_wizard
from . import ccis_member_export_wizard
from . import ccis_member_import_job
from . import ccis_member_export_job

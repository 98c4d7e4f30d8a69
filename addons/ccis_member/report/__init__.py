from . import ccis_member_directory
from . import ccis_member_export_xlsx

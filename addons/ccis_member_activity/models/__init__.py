from . import ccis_member_status_history

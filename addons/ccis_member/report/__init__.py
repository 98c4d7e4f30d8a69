from . import ccis_member_directory

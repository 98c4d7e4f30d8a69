from . import ccis_audit_mission_kind
from . import ccis_audit_plan
from . import ccis_audit_mission
from . import ccis_audit_finding
from . import ccis_audit_recommendation

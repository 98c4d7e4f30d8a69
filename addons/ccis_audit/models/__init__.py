from . import base
from . import auditlog_rule
from . import auditlog_log_line
from . import res_partner

from . import ccis_structuring_project_kind
from . import project_project
from . import ccis_project_milestone
from . import ccis_project_analysis
from . import ir_rule
from . import account_analytic_account

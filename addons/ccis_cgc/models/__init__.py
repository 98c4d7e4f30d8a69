from . import product_template
from . import ccis_cgc_deliverable_type
from . import ccis_cgc_size_band
from . import ccis_cgc_subscription
from . import ccis_cgc_deliverable
from . import account_analytic_account

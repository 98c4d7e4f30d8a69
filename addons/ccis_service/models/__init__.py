from . import ccis_service_fee_scale
from . import product_template
from . import product_product
from . import ccis_service_billing_mixin
from . import ccis_legalisation
from . import res_partner

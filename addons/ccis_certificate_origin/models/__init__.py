from . import ccis_certificate_document_type
from . import ccis_certificate_origin
from . import ccis_certificate_origin_line
from . import ccis_certificate_origin_document
from . import ccis_site
from . import res_config_settings

from . import ccis_portal_upload_mixin
from . import ccis_member_request
from . import ccis_portal_update_request
from . import res_partner
from . import event_registration
from . import ccis_certificate_origin

from . import test_audit_trail
from . import test_lock
from . import test_edit_conflict
from . import test_numbering
from . import test_login_policy
from . import test_bulk_import_trail
from . import test_concurrent_work

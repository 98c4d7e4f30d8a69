from . import test_identifiers
from . import test_duplicates
from . import test_lifecycle
from . import test_documents
from . import test_import
from . import test_exports
from . import test_access

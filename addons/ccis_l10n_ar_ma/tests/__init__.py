from . import test_language
from . import test_translations
from . import test_report_pdf

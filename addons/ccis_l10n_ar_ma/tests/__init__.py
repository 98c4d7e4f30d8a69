from . import test_language
from . import test_translations

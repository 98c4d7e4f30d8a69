from . import ccis_economic_value_import
from . import ccis_newsletter_wizard

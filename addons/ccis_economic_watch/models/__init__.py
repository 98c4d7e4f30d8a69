from . import ccis_economic_theme
from . import ccis_economic_indicator
from . import ccis_economic_value
from . import ccis_documentation_kind
from . import ccis_documentation_tag
from . import ccis_documentation
from . import ccis_newsletter_segment
from . import mail_mass_mailing

from . import ccis_activity_review_report
from . import ccis_activity_review_xlsx

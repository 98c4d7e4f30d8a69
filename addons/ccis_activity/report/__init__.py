from . import ccis_activity_review_report

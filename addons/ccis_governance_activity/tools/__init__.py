from . import programme_dates

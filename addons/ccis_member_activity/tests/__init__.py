from . import test_member_indicators

from . import test_rtl_assets
